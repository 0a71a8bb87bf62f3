/** Searching topics by title or name: folded, any part of a word, in slices, stopped when typed past. */
import { describe, expect, it } from 'vitest';
import { newSearchCache, searchTopics } from '../../data/topic-search';
import type { Slicing } from '../../data/slicing';
import type { Topic } from '../../data/schema';
import { generatedPack } from '../bench/library';

const topics: Pick<Topic, 'title' | 'names'>[] = [
  { title: 'Öztürk Holding', names: { '*': ['Öztürk Holding AŞ'] } },
  { title: 'Sanctioned vessels', names: { en: ['MV Ocean Star 12', { text: 'Coral Bay', suffixLetters: 2 }] } },
  { title: 'Петров', names: { ru: ['Сергей Петров'] } },
];

function fakeSlicing() {
  let clock = 0;
  let yields = 0;
  const slicing: Slicing = { now: () => clock++, yieldNow: async () => void yields++ };
  return { slicing, yields: () => yields };
}

const search = (query: string, cache = newSearchCache()) => searchTopics(topics, query, cache, fakeSlicing().slicing);

describe('searchTopics', () => {
  it('finds a title or a name, case and diacritics folded, any part of a word', async () => {
    expect(await search('ozturk')).toEqual([0]);
    expect(await search('ÖZTÜRK HOLD')).toEqual([0]);
    expect(await search('coral')).toEqual([1]);
    expect(await search('ocean star 1')).toEqual([1]);
    expect(await search('петр')).toEqual([2]);
    expect(await search('сергей')).toEqual([2]);
    expect(await search('nothing like it')).toEqual([]);
  });

  it('lists every topic for an empty query', async () => {
    expect(await search('  ')).toEqual([0, 1, 2]);
  });

  it('folds each topic once, for every later keystroke', async () => {
    const cache = newSearchCache();
    await search('o', cache);
    expect(topics.every((topic) => cache.has(topic))).toBe(true);
  });

  it('yields between slices over a 10,000-name pack, and stops when typed past', async () => {
    const big = generatedPack('big', 10_000).topics;
    const { slicing, yields } = fakeSlicing();
    const found = await searchTopics(big, big[150]!.names['*']![3] as string, newSearchCache(), slicing);
    expect(found).toContain(150);
    expect(yields()).toBeGreaterThan(5);
    let asked = 0;
    expect(await searchTopics(big, 'petrov', newSearchCache(), fakeSlicing().slicing, () => ++asked > 20)).toBeUndefined();
  });
});
