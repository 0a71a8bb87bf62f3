/**
 * The reader's library as the background compiles it for every tab: the
 * matching model's bytes, and the packs without their names (what cards and
 * switches need; the model holds the names).
 *
 * The model is megabytes (22 MB of base64 at 50,000 names). Stored as one
 * value, each read or storage event of it arrived in a tab as one task of the
 * browser's own deserialising (25-35 ms at 50,000 names), and every page read
 * the reader's packs beside it. So the model is kept in parts of 1 MiB of
 * base64, each read and written on its own, under keys of its generation; a
 * small index names the generation and holds the directory. Tabs read the
 * index, then the parts, and never the packs.
 */
import { storage } from '#imports';
import type { Pack } from './schema';
import { BASE64_CHUNK, bytesFromBase64, bytesToBase64, decodeBase64Into, isCurrentFormat } from './matching/stored';
import { slicer, type Slicing } from './slicing';

/** What the background last compiled. */
export interface CompiledLibrary {
  /** `librarySignature` of the packs and switches it was compiled from. */
  signature: string;
  /** The reader's packs, in library order, each topic without its names and rules (`directoryPackOf`). */
  directory: Pack[];
  /** The model's parts; null for the bundled pack alone, whose model ships prebuilt. */
  model: StoredModel | null;
}

export interface StoredModel {
  /** Counts up with each model written: its parts' keys name it, so no read mixes two models. */
  generation: number;
  parts: number;
  byteLength: number;
}

/** Bytes per part: 1 MiB of base64, one decoding step. */
export const MODEL_PART_BYTES = (BASE64_CHUNK / 4) * 3;

/**
 * More parts than any library makes (60,000 names, the library's limit, make about 26): the parts a write
 * cut short may have left are cleared up to here.
 */
const MAX_PARTS = 96;

/** The index; every context that imports this module reads it once (WXT does), so it stays small. */
export const compiledLibraryItem = storage.defineItem<CompiledLibrary | null>('local:compiledLibraryIndex', { fallback: null });

/** Removes the whole model in one value, where an earlier build kept it. */
export const removeSingleValueModel = () => storage.removeItem('local:compiledLibrary');

const partKey = (generation: number, index: number) => `local:compiledLibraryPart.${generation}.${index}` as const;

/** A pack as cards and switches see it: its topics without names, proximity rules, context or veto terms. */
export function directoryPackOf(pack: Pack): Pack {
  return { ...pack, topics: pack.topics.map((topic) => ({ ...topic, names: {}, near: [], context: {}, veto: {} })) };
}

/** The model's bytes as the parts they are stored in, each encoded when it is asked for. */
export function* modelParts(bytes: Uint8Array): Generator<string> {
  for (let at = 0; at < bytes.length; at += MODEL_PART_BYTES) yield bytesToBase64(bytes.subarray(at, at + MODEL_PART_BYTES));
}

/**
 * Writes a library's index and parts: the new parts first (each alone, so each tab's storage event
 * carries one), then the index, then the old parts go, one by one too. `bytes` null: the bundled pack alone.
 */
export async function writeCompiledLibrary(signature: string, directory: Pack[], bytes: Uint8Array | null): Promise<void> {
  const previous = await compiledLibraryItem.getValue();
  let model: StoredModel | null = null;
  if (bytes) {
    const generation = (previous?.model?.generation ?? 0) + 1;
    // A write cut short (the worker stopped) may have left parts under this generation.
    await storage.removeItems(Array.from({ length: MAX_PARTS }, (_, index) => partKey(generation, index)));
    let parts = 0;
    // Each part encoded just before it is written: the page sharing the thread (Firefox) waits for one at a time.
    for (const part of modelParts(bytes)) await storage.setItem(partKey(generation, parts++), part);
    model = { generation, parts, byteLength: bytes.length };
  }
  await compiledLibraryItem.setValue({ signature, directory, model });
  const old = previous?.model;
  if (old && old.generation !== model?.generation) {
    for (let index = 0; index < old.parts; index++) await storage.removeItem(partKey(old.generation, index));
  }
}

/** Whether a stored model is of this build's layout (its first bytes say): an older build's is compiled again. */
export async function isCurrentModel(model: StoredModel): Promise<boolean> {
  const first = await storage.getItem<string>(partKey(model.generation, 0));
  return typeof first === 'string' && isCurrentFormat(bytesFromBase64(first.slice(0, 12)));
}

/**
 * A stored model's bytes, its parts read together and decoded in slices as they arrive; null when a
 * newer model replaced them meanwhile (its index is on its way to every tab).
 */
export async function readModelBytes(model: StoredModel, slicing: Slicing): Promise<Uint8Array | null> {
  const reads = Array.from({ length: model.parts }, (_, index) => storage.getItem<string>(partKey(model.generation, index)));
  // A part that is not read is not waited for: no rejection goes unhandled.
  reads.forEach((read) => read.catch(() => undefined));
  const bytes = new Uint8Array(model.byteLength);
  const pause = slicer(slicing);
  for (const [index, read] of reads.entries()) {
    const part = await read;
    if (typeof part !== 'string') return null;
    decodeBase64Into(bytes, index * MODEL_PART_BYTES, part);
    await pause();
  }
  return bytes;
}
