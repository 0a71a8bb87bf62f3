/**
 * Where the reader's library lives. Packs can be large: local storage. The
 * small choices (packs switched off, category colours) sync between the
 * reader's browsers, each well inside sync storage's 8 KB per item.
 */
import { storage } from '#imports';
import type { LibraryPack } from './resolve-library';
import type { Category, Pack } from './schema';

/** Packs the reader imported, and their own topics ("My topics"), in import order. */
export const userPacksItem = storage.defineItem<Pack[]>('local:userPacks', { fallback: [], version: 1 });
export const disabledPacksItem = storage.defineItem<string[]>('sync:disabledPacks', { fallback: [], version: 1 });
export const categoryColorsItem = storage.defineItem<Partial<Record<Category, string>>>('sync:categoryColors', {
  fallback: {},
  version: 1,
});

/** The library in order: the built-in pack first, then the reader's packs. */
export function libraryOf(builtIn: Pack, userPacks: readonly Pack[], disabledPacks: readonly string[]): LibraryPack[] {
  const off = new Set(disabledPacks);
  return [
    { pack: builtIn, builtIn: true, enabled: !off.has(builtIn.id) },
    ...userPacks.map((pack) => ({ pack, builtIn: false, enabled: !off.has(pack.id) })),
  ];
}
