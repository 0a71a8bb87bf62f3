/**
 * The matching model's entry point (contract: api.ts).
 *
 * `createMatchingModel(pack)` compiles the pack's names into forms and one
 * automaton, then answers runs. Compiling needs the stemmers, so a script
 * that must stay small (the content script) should load a compiled model
 * instead: `loadMatchingModel(bytes)` with bytes from `compileMatchingBytes`,
 * made at build time for the bundled pack, or when the library changes.
 */
import { compileMatching, compileMatchingInSlices } from './compile';
import type { MatchingTopic } from './compiled';
import { modelOf, type ModelOptions } from './model';
import { bytesToBase64, serialiseMatching } from './stored';
import type { MatchingModel } from './api';

export type { MatchingModel, Mention, PageFacts, RunText } from './api';
export type { MatchingTopic } from './compiled';
export type { ModelOptions } from './model';
export { loadMatchingModel, loadMatchingModelBase64 } from './load';

export function createMatchingModel(pack: { topics: readonly MatchingTopic[] }, options: ModelOptions = {}): MatchingModel {
  return modelOf(compileMatching(pack.topics), options);
}

/** The pack compiled and serialised: what is stored, and what the build ships for the bundled pack. */
export function compileMatchingBytes(pack: { topics: readonly MatchingTopic[] }): Uint8Array {
  return serialiseMatching(compileMatching(pack.topics));
}

/** `compileMatchingBytes` with the page let run between slices (the background, for a big library). */
export async function compileMatchingBytesInSlices(pack: { topics: readonly MatchingTopic[] }, yieldNow: () => Promise<void>): Promise<Uint8Array> {
  return serialiseMatching(await compileMatchingInSlices(pack.topics, yieldNow));
}

/** A module whose default export is the pack's compiled model in base64: what the build ships (wxt.config.ts). */
export function matchingModelModule(pack: { topics: readonly MatchingTopic[] }): string {
  return `export default ${JSON.stringify(bytesToBase64(compileMatchingBytes(pack)))};\n`;
}
