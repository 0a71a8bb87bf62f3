/**
 * Where the reader's library lives. Packs can be large: local storage. The
 * small choices (packs switched off, category colours) sync between the
 * reader's browsers, each well inside sync storage's 8 KB per item.
 */
import { storage } from '#imports';
import { migratePack, type AnyPack } from './migrate-pack';
import type { LibraryPack } from './resolve-library';
import type { Category, Pack } from './schema';

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
export const disabledPacksItem = storage.defineItem<string[]>('sync:disabledPacks', { fallback: [], version: 1 });
export const categoryColorsItem = storage.defineItem<Partial<Record<Category, string>>>('sync:categoryColors', {
  fallback: {},
  version: 1,
});

/**
 * The library in order: the built-in pack first, then the reader's packs.
 * Packs of the first format are migrated here too (a value another build
 * wrote past the storage migration).
 */
export function libraryOf(builtIn: AnyPack, userPacks: readonly AnyPack[], disabledPacks: readonly string[]): LibraryPack[] {
  const off = new Set(disabledPacks);
  return [
    { pack: migratePack(builtIn), builtIn: true, enabled: !off.has(builtIn.id) },
    ...userPacks.map((pack) => ({ pack: migratePack(pack), builtIn: false, enabled: !off.has(pack.id) })),
  ];
}
