/**
 * The page's publication day from what the content script reads out of it.
 */
import { describe, expect, it } from 'vitest';
import { dayInUrl, dayOf, publicationDay } from '../../data/page-date';

const none = { jsonLd: [], meta: [], times: [], url: 'https://example.org/news/story' };

describe('publicationDay', () => {
  it('reads datePublished from JSON-LD, in @graph too, the main item first', () => {
    const article = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2022-03-29T18:05:00+03:00' });
    expect(publicationDay({ ...none, jsonLd: [article] })).toBe('2022-03-29');
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'A paper' },
        { '@type': 'NewsArticle', datePublished: '2025-05-16T09:00:00Z', citation: { '@type': 'Article', datePublished: '2019-01-01' } },
      ],
    });
    expect(publicationDay({ ...none, jsonLd: [graph] })).toBe('2025-05-16');
    const list = JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'Article', datePublished: { '@value': '2026-01-07' } }]);
    expect(publicationDay({ ...none, jsonLd: [list] })).toBe('2026-01-07');
  });

  it('falls back to dateCreated, then meta, then <time>, then the URL', () => {
    expect(publicationDay({ ...none, jsonLd: [JSON.stringify({ dateCreated: '2024-11-21' })] })).toBe('2024-11-21');
    expect(publicationDay({ ...none, jsonLd: ['{not json'], meta: ['', '2025-12-02T10:00:00+01:00'] })).toBe('2025-12-02');
    expect(publicationDay({ ...none, times: ['10:30', '2026-02-11'] })).toBe('2026-02-11');
    expect(publicationDay({ ...none, url: 'https://example.org/world/2022/05/16/talks/' })).toBe('2022-05-16');
    expect(publicationDay(none)).toBeUndefined();
  });

  it('prefers the structured statement to a date in the URL', () => {
    const article = JSON.stringify({ '@type': 'NewsArticle', datePublished: '2025-05-17' });
    expect(publicationDay({ ...none, jsonLd: [article], url: 'https://example.org/2022/03/29/a' })).toBe('2025-05-17');
  });

  it('keeps the day as the publisher wrote it, not shifted to UTC', () => {
    expect(dayOf('2026-01-08T01:30:00+09:00')).toBe('2026-01-08');
    expect(dayOf('2026-01-07T23:30:00-05:00')).toBe('2026-01-07');
  });

  it('reads common written forms and refuses what is no day', () => {
    expect(dayOf('20220516')).toBe('2022-05-16');
    expect(dayOf('20220516T101500Z')).toBe('2022-05-16');
    expect(dayOf('2022/5/6')).toBe('2022-05-06');
    expect(dayOf('Mon, 16 May 2022 10:00:00 GMT')).toBe('2022-05-16');
    for (const bad of ['2022-02-30', '2022-13-01', '1200-01-01', 'yesterday', '12345678', '', '   ', null, 42, {}]) {
      expect(dayOf(bad), String(bad)).toBeUndefined();
    }
  });

  it('answers, never throws, for hostile or huge input', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const wide = JSON.stringify(Array.from({ length: 20000 }, () => ({ a: 1 })));
    expect(publicationDay({ jsonLd: [deep, wide, 'null', '"2022-01-01"'], meta: [], times: [], url: 'not a url' })).toBeUndefined();
    expect(publicationDay({ jsonLd: [JSON.stringify({ datePublished: 20220101 })], meta: [], times: [], url: '' })).toBeUndefined();
  });
});

describe('dayInUrl', () => {
  it.each([
    ['https://example.org/2022/05/16/world/talks.html', '2022-05-16'],
    ['https://example.org/news/2025-05-16-istanbul', '2025-05-16'],
    ['https://example.org/20260108/us-seizure-of-a-tanker-123.html', '2026-01-08'],
    ['https://example.org/a/202601/07/WS1.html', '2026-01-07'],
    ['https://example.org/story_20251202_plan', '2025-12-02'],
  ])('%s → %s', (url, day) => {
    expect(dayInUrl(url)).toBe(day);
  });

  it.each([
    'https://example.org/doc/8338186',
    'https://example.org/politics/2077761',
    'https://example.org/2022/05/',
    'https://example.org/news?date=2022-05-16',
    'https://example.org/item/12022051699',
  ])('finds no day in %s', (url) => {
    expect(dayInUrl(url)).toBeUndefined();
  });
});
