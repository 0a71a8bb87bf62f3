/**
 * The compiled library in storage: the model in parts, each written and read
 * on its own, under its generation's keys, with the packs' directory beside it.
 */
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MODEL_PART_BYTES,
  compiledLibraryItem,
  directoryPackOf,
  isCurrentModel,
  modelParts,
  readModelBytes,
  writeCompiledLibrary,
} from '../../data/compiled-library';
import { defaultPack } from '../../data/packs';
import { compileMatchingBytes } from '../../data/matching';

const NO_WAIT = { yieldNow: async () => undefined, now: () => 0 };

/** Bytes that tell their parts apart: each byte its offset's hash. */
function bytesOf(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (Math.imul(index + seed, 2654435761) >>> 24) & 0xff);
}

/** The keys each storage event changed (the fake browser also reports removing what was never there; browsers do not). */
function recordChanges(): string[][] {
  const changes: string[][] = [];
  fakeBrowser.storage.local.onChanged.addListener((change) => {
    const keys = Object.entries(change).filter(([, { oldValue, newValue }]) => oldValue != null || newValue != null);
    if (keys.length) changes.push(keys.map(([key]) => key));
  });
  return changes;
}

const storedKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).sort();

/** Megabytes of base64 through the storage fake: 4.6 s in a passing CI run, near vitest's default of 5 s. */
const MEGABYTES_TIMEOUT = 20_000;

describe('the compiled library in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('splits a model into parts of 1 MiB of base64 and reads back the same bytes', async () => {
    const bytes = bytesOf(2 * MODEL_PART_BYTES + 12_345, 1);
    expect([...modelParts(bytes)].map((part) => part.length)).toEqual([1 << 20, 1 << 20, (12_345 / 3) * 4]);
    await writeCompiledLibrary('sig-1', [], bytes);
    const index = await compiledLibraryItem.getValue();
    expect(index?.model).toEqual({ generation: 1, parts: 3, byteLength: bytes.length });
    expect(await readModelBytes(index!.model!, NO_WAIT)).toEqual(bytes);
  }, MEGABYTES_TIMEOUT);

  it('writes each part in a storage change of its own, and the index last', async () => {
    const changes = recordChanges();
    await writeCompiledLibrary('sig-1', [], bytesOf(3 * MODEL_PART_BYTES, 2));
    expect(changes).toEqual([
      ['compiledLibraryPart.1.0'],
      ['compiledLibraryPart.1.1'],
      ['compiledLibraryPart.1.2'],
      ['compiledLibraryIndex'],
    ]);
  });

  it('replaces a model with the next generation, removing the old parts one by one after the index', async () => {
    await writeCompiledLibrary('sig-1', [], bytesOf(2 * MODEL_PART_BYTES, 3));
    const first = (await compiledLibraryItem.getValue())!.model!;
    const changes = recordChanges();
    const next = bytesOf(MODEL_PART_BYTES + 1, 4);
    await writeCompiledLibrary('sig-2', [], next);
    expect(changes).toEqual([['compiledLibraryPart.2.0'], ['compiledLibraryPart.2.1'], ['compiledLibraryIndex'], ['compiledLibraryPart.1.0'], ['compiledLibraryPart.1.1']]);
    expect(await storedKeys()).toEqual(['compiledLibraryIndex', 'compiledLibraryPart.2.0', 'compiledLibraryPart.2.1']);
    // A tab still reading the first model learns it is gone, and waits for the new index.
    expect(await readModelBytes(first, NO_WAIT)).toBeNull();
    expect(await readModelBytes((await compiledLibraryItem.getValue())!.model!, NO_WAIT)).toEqual(next);
  }, MEGABYTES_TIMEOUT);

  it('clears what a write cut short left under the generation it writes', async () => {
    await fakeBrowser.storage.local.set({ 'compiledLibraryPart.1.0': 'stale', 'compiledLibraryPart.1.7': 'stale' });
    await writeCompiledLibrary('sig-1', [], bytesOf(10, 5));
    expect(await storedKeys()).toEqual(['compiledLibraryIndex', 'compiledLibraryPart.1.0']);
  });

  it('stores no model for the bundled pack alone, and removes the last one', async () => {
    await writeCompiledLibrary('sig-1', [], bytesOf(MODEL_PART_BYTES * 2, 6));
    const directory = [directoryPackOf(defaultPack)];
    await writeCompiledLibrary('sig-2', directory, null);
    expect(await compiledLibraryItem.getValue()).toEqual({ signature: 'sig-2', directory, model: null });
    expect(await storedKeys()).toEqual(['compiledLibraryIndex']);
  });

  it('tells a model of this build\'s layout from anything else', async () => {
    await writeCompiledLibrary('sig-1', [], compileMatchingBytes(defaultPack));
    expect(await isCurrentModel((await compiledLibraryItem.getValue())!.model!)).toBe(true);
    await writeCompiledLibrary('sig-2', [], bytesOf(100, 7));
    expect(await isCurrentModel((await compiledLibraryItem.getValue())!.model!)).toBe(false);
  });

  it('keeps what cards show of a pack, and none of its names or rules', () => {
    const directory = directoryPackOf(defaultPack);
    expect(directory.topics.map(({ id, title, summary, facts, related, category }) => ({ id, title, summary, facts, related, category }))).toEqual(
      defaultPack.topics.map(({ id, title, summary, facts, related, category }) => ({ id, title, summary, facts, related, category })),
    );
    expect(directory.topics.every((topic) => Object.keys(topic.names).length === 0 && topic.near.length === 0)).toBe(true);
    expect(JSON.stringify(directory).length).toBeLessThan(JSON.stringify(defaultPack).length / 2);
  });
});
