/**
 * Prints every hit of the default pack in the readability corpus, with ~60
 * characters of context on each side, for review by hand:
 *   npx vite-node tests/corpus/list-readability-hits.ts
 * With --write, also saves the hits as the reviewed fixture
 * (tests/unit/fixtures/readability-hits.json): do that only after reading
 * every line and fixing every false hit in the pack.
 */
import { writeFileSync } from 'node:fs';
import { CORPUS_DIR, corpusHits, corpusPages, FIXTURE_PATH, reviewedForm, type HitInContext } from './readability-hits';

const pages = corpusPages();
if (pages.length === 0) {
  console.log(`No corpus at ${CORPUS_DIR}.`);
} else {
  const started = Date.now();
  const hits = corpusHits();
  const show = (hit: HitInContext) =>
    console.log(`${hit.page}\t${hit.topic}\t${JSON.stringify(hit.text)}\t… ${hit.context} …`);
  console.log('Hits:');
  hits.forEach(show);
  console.log(`\n${pages.length} pages, ${hits.length} hits, ${Date.now() - started} ms.`);

  // What the context rule kept out: ambiguous forms on pages without their context.
  const counted = new Set(hits.map((hit) => JSON.stringify([hit.page, hit.topic, hit.text, hit.context])));
  const heldBack = corpusHits(CORPUS_DIR, true).filter(
    (hit) => !counted.has(JSON.stringify([hit.page, hit.topic, hit.text, hit.context])),
  );
  console.log(`\nHeld back for want of context (${heldBack.length}):`);
  heldBack.forEach(show);
  if (process.argv.includes('--write')) {
    writeFileSync(FIXTURE_PATH, `${JSON.stringify(reviewedForm(hits), null, 2)}\n`);
    console.log(`Wrote ${FIXTURE_PATH}.`);
  }
}
