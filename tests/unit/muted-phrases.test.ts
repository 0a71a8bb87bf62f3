/**
 * "Don't highlight this phrase": the stored list is read defensively, and a
 * model wrapped with it finds no mention whose text folds to a muted phrase,
 * and every other mention as before.
 */
import { describe, expect, it } from 'vitest';
import { mutedSet, withMutedPhrase, withoutMutedPhrases } from '../../data/muted-phrases';
import { ageOf } from '../../data/freshness';
import type { MatchingModel } from '../../data/matching/api';

const model: MatchingModel = {
  mayMention: () => true,
  mentionsIn: ({ text }) =>
    [...text.matchAll(/Alaska summit|Alaska|BRICS/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, topicId: m[0] === 'BRICS' ? 'brics' : 'alaska-summit' })),
};
const run = { text: 'At the Alaska summit, Alaska and BRICS; brics aside.', lang: 'en' };
const found = (m: MatchingModel) => m.mentionsIn(run, {}).map((mention) => run.text.slice(mention.start, mention.end));

describe('muted phrases', () => {
  it('keeps strings only, folded, without repeats', () => {
    expect([...mutedSet(['Alaska', ' alaska ', 7, null, 'BRICS\u00a0Plus'])]).toEqual(['alaska', 'brics plus']);
    expect([...mutedSet('Alaska')]).toEqual([]);
    expect(withMutedPhrase(['brics'], 'Alaska')).toEqual(['alaska', 'brics']);
    expect(withMutedPhrase(undefined, 'BRICS')).toEqual(['brics']);
  });

  it('takes out the mentions of a muted phrase, whatever its case, and no other', () => {
    expect(found(model)).toEqual(['Alaska summit', 'Alaska', 'BRICS']);
    expect(found(withoutMutedPhrases(model, mutedSet(['ALASKA'])))).toEqual(['Alaska summit', 'BRICS']);
    expect(found(withoutMutedPhrases(model, new Set()))).toEqual(['Alaska summit', 'Alaska', 'BRICS']);
  });
});

describe('the briefing’s age', () => {
  const today = new Date('2026-12-02T10:00:00Z');
  it('says days, weeks, months or years, as the language does', () => {
    expect(ageOf('2026-12-02', today, 'en-GB')).toBe('today');
    expect(ageOf('2026-11-27', today, 'en-GB')).toBe('5 days ago');
    expect(ageOf('2026-10-28', today, 'en-GB')).toBe('5 weeks ago');
    expect(ageOf('2026-02-13', today, 'en-GB')).toBe('9 months ago');
    expect(ageOf('2023-02-13', today, 'en-GB')).toBe('3 years ago');
    expect(ageOf('2026-02-13', today, 'de')).toBe('vor 9 Monaten');
    expect(ageOf('2026-02-13', today, 'ru')).toBe('9 месяцев назад');
  });
});
