/**
 * The matcher on real pages: every mention the default pack finds in the
 * readability corpus (../shared/pages/readability, 130 real-world articles),
 * read the way the content script reads a page.
 *
 * - Each page is parsed with jsdom, without running its scripts.
 * - Text inside excluded regions (scripts, styles, code, form fields… see
 *   EXCLUDED in the engine) is skipped.
 * - The topics with context are computed once from the page's readable text,
 *   then each text node is matched on its own, as mark.js does.
 *
 * For a review listing with context around each hit:
 *   npx vite-node tests/corpus/list-readability-hits.ts [--write]
 * tests/unit/readability-corpus.test.ts keeps the reviewed list as a
 * regression test (tests/unit/fixtures/readability-hits.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { compileMatcher, findMentions, topicsWithContext } from '../../data/matcher';
import { defaultPack } from '../../data/packs';
import type { Pack } from '../../data/schema';
import { EXCLUDED } from '../../entrypoints/content/engine';
import { REPO_ROOT } from '../e2e/support/paths';
import { sharedPath } from '../shared';

export const CORPUS_DIR = sharedPath('pages', 'readability');
/** The reviewed list of hits. */
export const FIXTURE_PATH = path.join(REPO_ROOT, 'tests', 'unit', 'fixtures', 'readability-hits.json');

/** One reviewed hit: what the fixture keeps. */
export interface Hit {
  page: string;
  topic: string;
  text: string;
}

/** A hit with the text around it, for reading by hand. */
export interface HitInContext extends Hit {
  context: string;
}

const CONTEXT_CHARS = 60;

// Scripts and styles are skipped anyway; emptying them first spares jsdom
// parsing megabytes of CSS (the HTML parser ends both at the first end tag,
// as this does).
const SCRIPT_OR_STYLE = /(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi;
const quiet = new VirtualConsole();

/** The text nodes of a page's body that Briefmark would read. */
export function readableTextNodes(html: string): string[] {
  const { window } = new JSDOM(html.replace(SCRIPT_OR_STYLE, '$1$3'), { virtualConsole: quiet });
  const body = window.document.body;
  if (!body) return [];
  // EXCLUDED names a region and everything in it: dropping the regions
  // leaves exactly the text nodes the highlighter reads.
  for (const region of body.querySelectorAll(EXCLUDED.join(', '))) region.remove();
  const walker = window.document.createTreeWalker(body, window.NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (data.trim()) texts.push(data);
  }
  window.close();
  return texts;
}

/**
 * Every mention in one page's readable text, with its surroundings. With
 * `everyContext`, ambiguous forms count as if every topic's context were on
 * the page: what the context rule holds back, for review.
 */
export function hitsInPage(
  page: string,
  html: string,
  { pack = defaultPack, everyContext = false }: { pack?: Pick<Pack, 'topics'>; everyContext?: boolean } = {},
): HitInContext[] {
  const nodes = readableTextNodes(html);
  const withContext = everyContext
    ? new Set(pack.topics.map((topic) => topic.id))
    : topicsWithContext(pack.topics, nodes.join('\n'));
  const matcher = compileMatcher(pack, { withContext });
  return nodes.flatMap((data) =>
    findMentions(matcher, data).map((mention) => ({
      page,
      topic: mention.topic,
      text: mention.text,
      context: data
        .slice(Math.max(0, mention.index - CONTEXT_CHARS), mention.index + mention.text.length + CONTEXT_CHARS)
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}

/** The corpus's HTML pages, by file name. */
export function corpusPages(dir = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** Every hit in the corpus, in page order (see hitsInPage for `everyContext`). */
export function corpusHits(dir = CORPUS_DIR, everyContext = false): HitInContext[] {
  return corpusPages(dir).flatMap((page) =>
    hitsInPage(page, readFileSync(path.join(dir, page), 'utf8'), { everyContext }),
  );
}

/** The fixture's form: page, topic, text, sorted, without context. */
export function reviewedForm(hits: readonly Hit[]): Hit[] {
  return hits
    .map(({ page, topic, text }) => ({ page, topic, text }))
    .sort((a, b) => a.page.localeCompare(b.page) || a.topic.localeCompare(b.topic) || a.text.localeCompare(b.text));
}
