/**
 * Loading a compiled model: what the content script imports. It never
 * imports the compiler (compile.ts and its stemmers), so the script that
 * runs on every page stays small.
 */
import type { MatchingModel } from './api';
import { modelOf, type ModelOptions } from './model';
import { bytesFromBase64, loadMatching } from './stored';

/** A model from stored bytes: no stemmer, no compile, views onto the bytes. */
export function loadMatchingModel(bytes: Uint8Array, options: ModelOptions = {}): MatchingModel {
  return modelOf(loadMatching(bytes), options);
}

/** The model of base64 text from `matchingModelModule` or the background's compiled library. */
export function loadMatchingModelBase64(base64: string, options: ModelOptions = {}): MatchingModel {
  return loadMatchingModel(bytesFromBase64(base64), options);
}
