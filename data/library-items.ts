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
 * The reader's library compiled into a matching model (base64 bytes), by the
 * background whenever the packs change, so no tab compiles it: a tab loads it
 * for the library `signature` names (librarySignature), and waits for the
 * background while it names another.
 */
export const compiledLibraryItem = storage.defineItem<{ signature: string; model: string } | null>('local:compiledLibrary', {
  fallback: null,
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
