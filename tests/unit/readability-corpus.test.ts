/**
 * The default pack on real pages: every hit in the readability corpus
 * (../shared/pages/readability, 130 real-world articles) must be one of the
 * hits reviewed by hand in tests/unit/fixtures/readability-hits.json, and
 * every reviewed hit must still be found. To review a change:
 *   npx vite-node tests/corpus/list-readability-hits.ts
 * lists each hit with its context (and what the context rule held back);
 * read every line, fix false hits in the pack, then save with --write.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusHits, corpusPages, FIXTURE_PATH, reviewedForm, type Hit } from '../corpus/readability-hits';
import { sharedAvailable } from '../shared';

const pages = sharedAvailable('the readability corpus test', 'pages', 'readability') ? corpusPages() : [];

const key = (hit: Hit) => `${hit.page} [${hit.topic}] ${JSON.stringify(hit.text)}`;

describe.skipIf(pages.length === 0)('the default pack on the readability corpus', () => {
  it('finds exactly the reviewed hits', () => {
    const started = Date.now();
    const found = reviewedForm(corpusHits());
    const reviewed = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Hit[];
    console.log(`Readability corpus: ${pages.length} pages, ${found.length} hits, ${Date.now() - started} ms.`);

    // Counted, so a hit found twice on a page is told apart from once.
    const count = (hits: Hit[]) =>
      hits.reduce((map, hit) => map.set(key(hit), (map.get(key(hit)) ?? 0) + 1), new Map<string, number>());
    const foundCounts = count(found);
    const reviewedCounts = count(reviewed);
    const diff = (a: Map<string, number>, b: Map<string, number>) =>
      [...a].flatMap(([hit, n]) => Array<string>(Math.max(0, n - (b.get(hit) ?? 0))).fill(hit));
    const unreviewed = diff(foundCounts, reviewedCounts);
    const lost = diff(reviewedCounts, foundCounts);
    const message = [
      `New hits, not reviewed (${unreviewed.length}):`,
      ...unreviewed.map((hit) => `  + ${hit}`),
      `Reviewed hits no longer found (${lost.length}):`,
      ...lost.map((hit) => `  - ${hit}`),
    ].join('\n');
    expect({ unreviewed, lost }, message).toEqual({ unreviewed: [], lost: [] });
  }, 300_000);
});
