/**
 * The reader's library: its small choices (packs switched off, category
 * colours), which sync between the reader's browsers, each well inside sync
 * storage's 8 KB per item, and the logic over packs. The packs themselves are
 * in user-packs.ts, the compiled library in compiled-library.ts: WXT reads an
 * item when the module defining it is imported, and the content script, on
 * every page, imports only the compiled library's small index.
 */
import { storage } from '#imports';
import { migratePack, type AnyPack } from './migrate-pack';
import type { LibraryPack } from './resolve-library';
import type { Category } from './schema';

export const disabledPacksItem = storage.defineItem<string[]>('sync:disabledPacks', { fallback: [], version: 1 });
export const categoryColorsItem = storage.defineItem<Partial<Record<Category, string>>>('sync:categoryColors', {
  fallback: {},
  version: 1,
});

/** Whether the library is the bundled pack alone (every pack of the reader's switched off): its model ships prebuilt, nothing is compiled. */
export function onlyBundledPack(builtInId: string, userPacks: readonly { id: string }[], disabledPacks: readonly string[]): boolean {
  return !disabledPacks.includes(builtInId) && userPacks.every((pack) => disabledPacks.includes(pack.id));
}

/** A short name for a library's packs and switches (FNV-1a over their JSON): what a compiled model was built from. */
export function librarySignature(userPacks: readonly AnyPack[], disabledPacks: readonly string[]): string {
  const text = JSON.stringify([userPacks, [...disabledPacks].sort()]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(36)}-${text.length}`;
}

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
