import { describe, expect, it } from 'vitest';
import { createMatchingModel, type MatchingTopic } from '../../data/matching';

function found(near: MatchingTopic['near'], text: string): string[] {
  const model = createMatchingModel({ topics: [{ id: 'plan', names: { '*': ['Peace Plan X'] }, near }] });
  return model.mentionsIn({ text, lang: '' }, {}).map((mention) => text.slice(mention.start, mention.end));
}

describe('near rules', () => {
  const unordered = [{ words: ['28', 'point', 'plan'], within: 3, lang: 'en' }];

  it('finds the words within the gap, in any order, highlighting the shortest span', () => {
    expect(found(unordered, 'They discussed the 28-point plan today.')).toEqual(['28-point plan']);
    expect(found(unordered, 'The plan, with its 28 points, was leaked.')).toEqual(['plan, with its 28 points']);
  });

  it('does not reach past the gap', () => {
    expect(found(unordered, 'The plan was discussed for many hours and days by all 28 of them at this point.')).toEqual([]);
  });

  it('does not reach across sentences', () => {
    expect(found(unordered, 'It was point 28. The plan came later.')).toEqual([]);
  });

  it('finds words inside one clause of a script without spaces, in order when asked, but not across sentences', () => {
    const cyber = [{ words: ['ロシア', '米国', 'サイバー', '協力'], within: 3, ordered: true, lang: 'ja' }];
    expect(found(cyber, 'ロシアは米国とのサイバー分野での協力を再開する。')).toEqual(['ロシアは米国とのサイバー分野での協力']);
    expect(found(cyber, '米国とロシアのサイバー分野での協力。')).toEqual([]);
    expect(found(cyber, 'ロシアは米国と会談した。サイバー分野での協力は議題になかった。')).toEqual([]);
  });

  it('keeps the order when asked', () => {
    const ordered = [{ words: ['will', 'peace'], within: 1, ordered: true, lang: 'en' }];
    expect(found(ordered, 'The Will for Peace drill')).toEqual(['Will for Peace']);
    expect(found(ordered, 'Peace will come')).toEqual([]);
  });

  it('gives each word its language\'s forms', () => {
    const russian = [{ words: ['план', '28', 'пункт'], within: 4, lang: 'ru' }];
    expect(found(russian, 'мирный план из 28 пунктов обсуждали')).toEqual(['план из 28 пунктов']);
  });

  it('words of a rule are never the same word of the text', () => {
    const twice = [{ words: ['plan', 'plan'], within: 2, lang: 'en' }];
    expect(found(twice, 'a plan here')).toEqual([]);
    expect(found(twice, 'plan after plan')).toEqual(['plan after plan']);
  });
});
