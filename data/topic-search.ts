/**
 * Finding topics by what a reader types: a title or any name, in any pack,
 * case and diacritics folded as the matcher folds them ("ozturk" finds
 * "Öztürk", "петров" finds "Петров"), any part of a word.
 *
 * Folding every name of a 50,000-name library takes longer than a frame, so
 * a search runs in slices and keeps what it folded for the next keystroke.
 */
import { foldString } from './matching/normalise';
import { aliasText } from './alias-key';
import type { Topic } from './schema';
import { slicer, type Slicing } from './slicing';

/** A topic's folded title and names, per topic object: a library change brings new objects, and a new fold. */
export type SearchCache = WeakMap<Pick<Topic, 'title' | 'names'>, string>;

export function newSearchCache(): SearchCache {
  return new WeakMap();
}

/** The query as the folded texts hold it, without the separators that mark its ends: a part of a word matches. */
export function searchKey(query: string): string {
  return foldString(query).trim();
}

function searchText(topic: Pick<Topic, 'title' | 'names'>, cache: SearchCache): string {
  let text = cache.get(topic);
  if (text === undefined) {
    text = foldString([topic.title, ...Object.values(topic.names).flat().map(aliasText)].join('\n'));
    cache.set(topic, text);
  }
  return text;
}

/**
 * The indices of the topics whose title or a name holds `query`, in order;
 * every index for an empty query. `isStale` lets a search the reader has
 * typed past stop early (it answers undefined).
 */
export async function searchTopics(
  topics: readonly Pick<Topic, 'title' | 'names'>[],
  query: string,
  cache: SearchCache,
  slicing: Slicing,
  isStale: () => boolean = () => false,
): Promise<number[] | undefined> {
  const key = searchKey(query);
  if (key === '') return topics.map((_, index) => index);
  const pause = slicer(slicing);
  const found: number[] = [];
  for (let index = 0; index < topics.length; index++) {
    await pause();
    if (isStale()) return undefined;
    if (searchText(topics[index]!, cache).includes(key)) found.push(index);
  }
  return found;
}
