/**
 * Loading a compiled model: what the content script imports. It never
 * imports the compiler (compile.ts and its stemmers), so the script that
 * runs on every page stays small.
 */
import type { MatchingModel } from './api';
import type { CompiledMatching } from './compiled';
import { modelOf, type ModelOptions } from './model';
import { base64Steps, bytesFromBase64, isCurrentFormat, loadMatching } from './stored';
import { inSlices, type Slicing } from '../slicing';

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

/** The model of base64 text from `matchingModelModule`. */
export function loadMatchingModelBase64(base64: string, options: ModelOptions = {}): MatchingModel {
  const compiled = lastDecoded?.base64 === base64 ? lastDecoded.compiled : remember(base64, bytesFromBase64(base64));
  return matchingModelOf(compiled, options);
}

/**
 * Decodes base64 text ahead of its first use, in slices: decoded at once, megabytes held the page for
 * one long task. `loadMatchingModelBase64` of the same text then reads it.
 */
export async function decodeMatchingModelAhead(base64: string, slicing: Slicing): Promise<void> {
  if (lastDecoded?.base64 !== base64) remember(base64, await inSlices(base64Steps(base64), slicing));
}

/** Stored bytes made ready for models (the automaton's tables built); null for an older build's layout. */
export function compiledMatchingOf(bytes: Uint8Array): CompiledMatching | null {
  return isCurrentFormat(bytes) ? loadMatching(bytes) : null;
}

/** A model of compiled matching, with its options; one that finds nothing for an older build's layout. */
export function matchingModelOf(compiled: CompiledMatching | null, options: ModelOptions = {}): MatchingModel {
  return compiled ? modelOf(compiled, options) : NOTHING;
}

function remember(base64: string, bytes: Uint8Array): CompiledMatching | null {
  lastDecoded = { base64, compiled: compiledMatchingOf(bytes) };
  return lastDecoded.compiled;
}
