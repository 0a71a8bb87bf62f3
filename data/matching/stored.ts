/**
 * The compiled model as bytes, to store (IndexedDB, storage) or ship, and
 * back. Kept apart from compile.ts so that a script that only loads a model
 * never imports the stemmers.
 */
import { loadAutomaton, serialiseAutomaton } from './automaton';
import type { CompiledMatching } from './compiled';

const TRUNCATED = 'The stored matcher is truncated: rebuild it from the library.';

/** A 4-byte length, the plain data as UTF-8 JSON, padding to 4 bytes, then the automaton's arrays. */
export function serialiseMatching(compiled: CompiledMatching): Uint8Array {
  const { automaton, ...data } = compiled;
  const json = new TextEncoder().encode(JSON.stringify(data));
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
  const data = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Omit<CompiledMatching, 'automaton'>;
  return { ...data, automaton: loadAutomaton(bytes.subarray(4 + padded)) };
}
