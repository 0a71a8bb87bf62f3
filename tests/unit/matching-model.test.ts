import { describe, expect, it } from 'vitest';
import { compileMatchingBytes, createMatchingModel, loadMatchingModel, type MatchingTopic } from '../../data/matching';

const topics: MatchingTopic[] = [
  {
    id: 'summit',
    names: { en: ['Anchorage summit', { text: 'Anchorage', needsContext: true }], de: ['Anchorage-Gipfel'] },
    context: { en: ['summit', 'Putin'] },
    veto: { en: ['earthquake'] },
    when: { from: '2025-08-15' },
  },
  { id: 'group', names: { '*': [{ text: 'BRICS', caseSensitive: true }], zh: ['金砖'] } },
];

const texts = (model: ReturnType<typeof createMatchingModel>, text: string, page = {}) =>
  model.mentionsIn({ text, lang: 'en' }, page).map((mention) => `${mention.topicId}:${text.slice(mention.start, mention.end)}`);

describe('the matching model', () => {
  const model = createMatchingModel({ topics });

  it('finds names with exact offsets, in order, without overlaps (the longest wins)', () => {
    expect(texts(model, 'After the Anchorage summit, BRICS met.')).toEqual(['summit:Anchorage summit', 'group:BRICS']);
  });

  it('counts an ambiguous form only with its context near it, and not with a veto there', () => {
    expect(texts(model, 'Putin flew to Anchorage.')).toEqual(['summit:Anchorage']);
    expect(texts(model, 'Anchorage has a harbour.')).toEqual([]);
    expect(texts(model, 'Putin spoke of the earthquake in Anchorage.')).toEqual([]);
  });

  it('a page dated before the event reports none of the topic', () => {
    expect(texts(model, 'After the Anchorage summit.', { published: '2024-05-01' })).toEqual([]);
    expect(texts(model, 'After the Anchorage summit.', { url: 'https://news.example/2024/05/01/story' })).toEqual([]);
    expect(texts(model, 'After the Anchorage summit.', { published: '2025-09-01' })).toEqual(['summit:Anchorage summit']);
  });

  it('leaves out disabled topics, in both passes', () => {
    const without = createMatchingModel({ topics }, { disabled: new Set(['group']) });
    expect(without.mayMention('BRICS met')).toBe(false);
    expect(texts(without, 'BRICS met')).toEqual([]);
    expect(model.mayMention('BRICS met')).toBe(true);
  });

  it('loads from bytes and answers as the compiled model does', () => {
    const loaded = loadMatchingModel(compileMatchingBytes({ topics }));
    const text = 'Der Anchorage-Gipfel; 金砖国家; Putin in Anchorage.';
    expect(texts(loaded, text)).toEqual(texts(model, text));
    expect(texts(loaded, text)).toEqual(['summit:Anchorage-Gipfel', 'group:金砖', 'summit:Anchorage']);
  });

  it('reads v1 topics (aliases and one context list)', () => {
    const v1 = createMatchingModel({ topics: [{ id: 'old', aliases: [{ text: 'Орешник', suffixLetters: 3 }], context: ['ракета'] }] });
    expect(texts(v1, 'удар Орешником')).toEqual(['old:Орешником']);
  });
});
