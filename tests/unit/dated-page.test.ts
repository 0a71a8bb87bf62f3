/**
 * The case, through the model the content script runs: a page about
 * the 2022 Istanbul talks, dated 2022 by its structured data, has no
 * istanbul-talks mention; the same paragraph on a 2025 page has one.
 */
import { describe, expect, it } from 'vitest';
import { createMatchingModel } from '../../data/matching/index';
import { defaultPack } from '../../data/packs';
import { publicationDay } from '../../data/page-date';

const model = createMatchingModel(defaultPack);
const paragraph = {
  text: 'Russian and Ukrainian delegations met for the Istanbul talks at the Dolmabahçe palace, with Vladimir Medinsky leading the Russian side.',
  lang: 'en',
};
const pageOf = (datePublished: string) => {
  const published = publicationDay({
    jsonLd: [JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', datePublished }] })],
    meta: [],
    times: [],
    url: 'https://example.org/world/istanbul',
  });
  return { url: 'https://example.org/world/istanbul', ...(published ? { published } : {}) };
};
const topicsIn = (page: { url: string; published?: string }) => model.mentionsIn(paragraph, page).map((mention) => mention.topicId);

describe('a dated page', () => {
  it('finds the 2025 talks on a page of 2025', () => {
    expect(topicsIn(pageOf('2025-05-16T12:00:00+03:00'))).toContain('istanbul-talks');
  });

  it('finds no istanbul-talks on a page of 2022', () => {
    expect(topicsIn(pageOf('2022-03-29T18:00:00+03:00'))).not.toContain('istanbul-talks');
  });

  it('reads the date from the address when the page states none', () => {
    expect(model.mentionsIn(paragraph, { url: 'https://example.org/2022/03/29/istanbul' }).map((m) => m.topicId)).not.toContain('istanbul-talks');
  });
});
