/**
 * Phrases the reader asked never to see highlighted ("don't highlight this
 * phrase" on the card), whatever topic they name. Stored folded (aliasKey), so
 * "BRICS", "brics" and "BRICS\u00a0" are one entry; small and per-reader, so
 * sync storage, like the other switches.
 */
import { storage } from '#imports';
import { aliasKey } from './alias-key';
import type { MatchingModel } from './matching/api';
import { keepMentions } from './matching/keep-mentions';

export const mutedPhrasesItem = storage.defineItem<string[]>('sync:mutedPhrases', { fallback: [], version: 1 });

/** How a mention's text is compared with the muted phrases. */
export const phraseKey = aliasKey;

/** The muted set from a stored value, read defensively: anything but strings is dropped. */
export function mutedSet(raw: unknown): Set<string> {
  if (!Array.isArray(raw)) return new Set();
  return new Set(raw.filter((entry): entry is string => typeof entry === 'string').map(phraseKey).filter(Boolean));
}

/** The list to store and show: folded, sorted, without repeats. */
export function mutedList(raw: unknown): string[] {
  return [...mutedSet(raw)].sort();
}

/** The stored list with `phrase` added. */
export function withMutedPhrase(raw: unknown, phrase: string): string[] {
  return mutedList([...(Array.isArray(raw) ? raw : []), phrase]);
}

/** `model`, finding no mention whose text folds to one of `muted`. */
export function withoutMutedPhrases(model: MatchingModel, muted: ReadonlySet<string>): MatchingModel {
  if (muted.size === 0) return model;
  return keepMentions(model, (mention, run) => !muted.has(phraseKey(run.text.slice(mention.start, mention.end))));
}
