/**
 * Pausing Briefmark on a site, or everywhere. A site is a host name
 * ("www.example.org"); the list is small and per-reader, so it lives in sync
 * storage.
 */
import { storage } from '#imports';

export const pausedSitesItem = storage.defineItem<string[]>('sync:pausedSites', { fallback: [], version: 1 });
export const pausedEverywhereItem = storage.defineItem<boolean>('sync:pausedEverywhere', {
  fallback: false,
  version: 1,
});

export interface PauseState {
  everywhere: boolean;
  sites: readonly string[];
}

export function isPaused(host: string, state: PauseState): boolean {
  return state.everywhere || state.sites.includes(host);
}

/** The paused-site list with `host` added or removed, sorted and without repeats. */
export function withSite(sites: readonly string[], host: string, paused: boolean): string[] {
  const next = new Set(sites);
  if (paused) next.add(host);
  else next.delete(host);
  return [...next].sort();
}
