/**
 * Loading a compiled model: what the content script imports. It never
 * imports the compiler (compile.ts and its stemmers), so the script that
 * runs on every page stays small.
 */
import type { MatchingModel } from './api';
import type { CompiledMatching } from './compiled';
import { modelOf, type ModelOptions } from './model';
import { bytesFromBase64, isCurrentFormat, loadMatching } from './stored';

/** A model from stored bytes: no stemmer, no compile, views onto the bytes. */
export function loadMatchingModel(bytes: Uint8Array, options: ModelOptions = {}): MatchingModel {
  return modelOf(loadMatching(bytes), options);
}

/**
 * The last base64 text decoded, and its model: every switch of a topic asks
 * for a model of the same text, and decoding it (and building the
 * automaton's tables) is most of a model's cost.
 */
let lastDecoded: { base64: string; compiled: CompiledMatching | null } | null = null;

/** Finds nothing: a stored model of an older build's layout, until the background compiles the library again. */
const NOTHING: MatchingModel = { mayMention: () => false, mentionsIn: () => [] };

/** The model of base64 text from `matchingModelModule` or the background's compiled library. */
export function loadMatchingModelBase64(base64: string, options: ModelOptions = {}): MatchingModel {
  if (lastDecoded?.base64 !== base64) {
    const bytes = bytesFromBase64(base64);
    lastDecoded = { base64, compiled: isCurrentFormat(bytes) ? loadMatching(bytes) : null };
  }
  return lastDecoded.compiled ? modelOf(lastDecoded.compiled, options) : NOTHING;
}
