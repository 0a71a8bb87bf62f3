/**
 * Where the reader's packs live: local storage, for they can be large. Only
 * the options page, the popup and the background import this module (WXT
 * reads an item when its module is imported); tabs read the compiled library
 * (compiled-library.ts) instead.
 */
import { storage } from '#imports';
import { migratePack, type AnyPack } from './migrate-pack';
import type { Pack } from './schema';

/**
 * Packs the reader imported, and their own topics ("My topics"), in import
 * order. Version 2 holds packs of the current format: packs stored in the
 * first format are migrated on the first read (nothing in them is lost).
 */
export const userPacksItem = storage.defineItem<Pack[]>('local:userPacks', {
  fallback: [],
  version: 2,
  migrations: { 2: (stored: AnyPack[]) => (Array.isArray(stored) ? stored.map(migratePack) : stored) },
});
