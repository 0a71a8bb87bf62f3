/**
 * The compiled model as bytes, to store (IndexedDB, storage) or ship, and
 * back. Kept apart from compile.ts so that a script that only loads a model
 * never imports the stemmers.
 */
import { loadAutomaton, serialiseAutomaton } from './automaton';
import type { CompiledMatching, Entry } from './compiled';

/** An entry as a tuple: the keys of thousands of entries would be most of the bytes. */
type StoredEntry = [Entry['kind'], number, number, number, 0 | 1, string | 0, number, number];
const toStored = (entry: Entry): StoredEntry => [
  entry.kind,
  entry.topic,
  entry.form,
  entry.skip,
  entry.ambiguous ? 1 : 0,
  entry.caseText ?? 0,
  entry.near ?? -1,
  entry.word ?? -1,
];
const fromStored = ([kind, topic, form, skip, ambiguous, caseText, near, word]: StoredEntry): Entry => ({
  kind,
  topic,
  form,
  skip,
  ambiguous: ambiguous === 1,
  ...(caseText !== 0 ? { caseText } : {}),
  ...(near >= 0 ? { near, word } : {}),
});

const TRUNCATED = 'The stored matcher is truncated: rebuild it from the library.';

/** A 4-byte length, the plain data as UTF-8 JSON, padding to 4 bytes, then the automaton's arrays. */
export function serialiseMatching(compiled: CompiledMatching): Uint8Array {
  const { automaton, entries, ...data } = compiled;
  const json = new TextEncoder().encode(JSON.stringify({ ...data, entries: entries.map((list) => list.map(toStored)) }));
  const padded = json.length + ((4 - (json.length % 4)) % 4);
  const arrays = serialiseAutomaton(automaton);
  const bytes = new Uint8Array(4 + padded + arrays.length);
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  bytes.set(arrays, 4 + padded);
  return bytes;
}

export function loadMatching(bytes: Uint8Array): CompiledMatching {
  if (bytes.length < 4) throw new Error(TRUNCATED);
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  const padded = length + ((4 - (length % 4)) % 4);
  if (4 + padded > bytes.length) throw new Error(TRUNCATED);
  const { entries, ...data } = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Omit<CompiledMatching, 'automaton' | 'entries'> & {
    entries: StoredEntry[][];
  };
  return { ...data, entries: entries.map((list) => list.map(fromStored)), automaton: loadAutomaton(bytes.subarray(4 + padded)) };
}

/** Base64 of stored bytes: how the build writes the bundled pack's model into a module. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function bytesFromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
