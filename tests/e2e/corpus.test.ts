/**
 * Real pages round-trip: every page of ../shared/pages/readability (130
 * real-world news sites, blogs and Wikipedia pages), served from 127.0.0.1 in
 * real Chromium with every other host blocked (see CHROMIUM_ARGS). On each:
 * - highlighting, then turning every topic off, gives back the body's exact
 *   node structure (text node boundaries included);
 * - no highlight sits in an excluded region (EXCLUDED in engine/exclusion.ts), nor
 *   inside another highlight;
 * - Briefmark reports no error.
 *
 * The pages predate the briefing (only "Alaska" occurs, without its context),
 * so each is first seeded: in every third text node of its body, excluded
 * regions included, one unambiguous alias of a topic is written at a word
 * boundary. The seeded page is the page served to Briefmark; its markup,
 * nesting and text node boundaries are the real site's.
 *
 * The untouched structure is read from a copy of the page opened in a
 * separate browser context, where the extension does not run: the same
 * parser, the same scripting-disabled <noscript> handling, no guesswork. Page
 * scripts are kept off in both by the server's Content-Security-Policy
 * (`script-src 'none'`), so the pages stay static and cannot move their own
 * DOM under us; the content script, which a page's CSP does not bind, runs and
 * highlights at document_idle, as on a reader's machine. (Switching scripts
 * off in the browser instead, as DevTools does, also stops the content
 * script's timers.)
 */
import { allNames, allTerms } from '../../data/topic-terms';
import type { Alias } from '../../data/schema';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPack } from '../../data/packs';
import { EXCLUDED, MARK_SELECTOR, MENTION_SELECTOR } from '../../entrypoints/content/engine';
import { browserAvailable, chromium } from './support/browsers';
import { structureOf } from './support/dom';
import { sharedAvailable, sharedPath } from '../shared';
import { startSession, summariesOf, watchExtensionErrors, type Session } from './support/session';

const CORPUS_DIR = sharedPath('pages', 'readability');
const ready = sharedAvailable('the real-pages corpus test', 'pages', 'readability') && browserAvailable(chromium);

const ALL_TOPICS = defaultPack.topics.map((topic) => topic.id);
/**
 * One phrase per topic that counts on its own: a name that needs no context,
 * or, for a topic whose every name is ambiguous, its first name followed by
 * its first context term.
 */
const SEEDS = defaultPack.topics.map((topic) => {
  const textOf = (alias: Alias) => (typeof alias === 'string' ? alias : alias.text);
  const plain = allNames(topic).find((a) => typeof a === 'string' || !a.needsContext);
  return plain !== undefined ? textOf(plain) : `${textOf(allNames(topic)[0]!)} ${allTerms(topic.context)[0]}`;
});
const SEED_EVERY = 3;

/** Runs in the page: writes aliases into its text, returns the page's new markup. */
function seedPage(seeds: string[], every: number): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  nodes.forEach((node, i) => {
    if (i % every !== 0) return;
    const alias = seeds[(i / every) % seeds.length];
    const text = node.data;
    const space = text.indexOf(' ', text.length >> 1);
    node.data = space < 0 ? `${text} ${alias} ` : `${text.slice(0, space)} ${alias}${text.slice(space)}`;
  });
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : '';
  return doctype + document.documentElement.outerHTML;
}
/** Pages open at once: one settings write covers a batch. */
const BATCH = 10;
const EXCLUDED_REGIONS = EXCLUDED.filter((selector) => selector !== MARK_SELECTOR).join(', ');

/** Where two structures (as built by `structureOf`) first differ, readably. */
function firstDifference(before: unknown, after: unknown, where = 'body'): string | undefined {
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  if (!Array.isArray(before) || !Array.isArray(after)) {
    return `${where}: ${JSON.stringify(before)?.slice(0, 160)} became ${JSON.stringify(after)?.slice(0, 160)}`;
  }
  const [nameA, attrsA, childrenA] = before as [string, string[], unknown[]];
  const [nameB, attrsB, childrenB] = after as [string, string[], unknown[]];
  if (nameA !== nameB || JSON.stringify(attrsA) !== JSON.stringify(attrsB)) {
    return `${where}: <${nameA} ${attrsA.join(' ')}> became <${nameB} ${attrsB.join(' ')}>`;
  }
  for (let i = 0; i < Math.max(childrenA.length, childrenB.length); i++) {
    const child = childrenA[i] ?? childrenB[i];
    const label = Array.isArray(child) ? (child[0] as string) : '#text';
    const found = firstDifference(childrenA[i], childrenB[i], `${where} > ${label}[${i}]`);
    if (found) return found;
  }
  return `${where}: ${childrenA.length} children became ${childrenB.length}`;
}

describe.runIf(ready)('Real pages round-trip in Chromium', () => {
  const files = ready ? readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.html')).sort() : [];
  let session: Session;
  let settings: Page;
  let plain: BrowserContext;
  let pages: Record<string, string>;

  beforeAll(async () => {
    pages = Object.fromEntries(files.map((name) => [`/${name}`, readFileSync(path.join(CORPUS_DIR, name), 'utf8')]));
    // The server looks pages up at request time: seeded pages are added as they are made.
    session = await startSession(chromium, pages, { headers: { 'content-security-policy': "script-src 'none'" } });
    settings = await session.openExtensionPage('popup.html');
    // A separate (incognito-like) context, where extensions do not run: it
    // shows each page as the browser parsed it, untouched.
    plain = await session.browser.createBrowserContext();
  });
  afterAll(async () => {
    await session?.close();
    // The pages ask for their images and scripts elsewhere (and are refused):
    // here only what the extension asked for counts.
    session?.assertNoForeignRequests({ pagesMayReachElsewhere: true });
  });

  /** A tab where every host but 127.0.0.1 is refused at once (the server's CSP keeps page scripts off). */
  async function openStatic(context: BrowserContext | Session['browser']): Promise<Page> {
    const page = await context.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const local = /^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url());
      void (local ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
    });
    return page;
  }

  it(`highlights and restores every page exactly, never in an excluded region, without errors`, { timeout: 900_000 }, async () => {
    const started = Date.now();
    const failures: string[] = [];
    const failed = new Set<string>();
    let withMarks = 0;
    let totalMarks = 0;
    let extensionErrors = 0;
    for (let first = 0; first < files.length; first += BATCH) {
      const batch = files.slice(first, first + BATCH).map((name) => ({ name, url: session.server.url(`/seeded/${name}`) }));
      const problem = (name: string, text: string) => {
        failures.push(`${name}: ${text}`);
        failed.add(name);
      };

      // Every topic on; each page highlights itself at document_idle, as on a reader's machine.
      await settings.evaluate(() => (globalThis.browser ?? chrome).storage.sync.set({ disabledTopics: [] }));
      const tabs: { name: string; url: string; tab: Page; errors: string[]; untouched: string }[] = [];
      for (const { name, url } of batch) {
        const reference = await openStatic(plain);
        await reference.goto(session.server.url(`/${name}`), { waitUntil: 'domcontentloaded', timeout: 20_000 });
        pages[`/seeded/${name}`] = await reference.evaluate(seedPage, SEEDS, SEED_EVERY);
        await reference.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        const untouched = await reference.evaluate(structureOf, 'body');
        const pristine = await reference.$$eval(MARK_SELECTOR, (marks) => marks.length);
        await reference.close();
        if (pristine > 0) problem(name, 'the reference copy was highlighted too');
        const tab = await openStatic(session.browser);
        const errors = watchExtensionErrors(tab);
        await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        tabs.push({ name, url, tab, errors, untouched });
      }
      const on = await summariesOf(settings, tabs.map((t) => t.url));
      for (const { name, url, tab } of tabs) {
        const summary = on.get(url);
        if (!summary) {
          problem(name, 'Briefmark did not answer');
          continue;
        }
        const reported = Object.values(summary.counts).reduce((sum, n) => sum + n, 0);
        const inPage = await tab.evaluate(
          (excluded, markSelector, mentionSelector) => {
            const marks = Array.from(document.querySelectorAll<HTMLElement>(markSelector));
            const mentions = document.querySelectorAll(mentionSelector).length;
            const where = (mark: HTMLElement) => mark.parentElement?.closest(excluded) ?? mark.parentElement?.closest(markSelector);
            const misplaced = marks
              .filter((mark) => where(mark))
              .map((mark) => `"${mark.textContent}" inside <${where(mark)!.tagName.toLowerCase()}>`);
            const untagged = marks.filter((mark) => !mark.dataset.topic).length;
            return { count: mentions, misplaced, untagged };
          },
          EXCLUDED_REGIONS,
          MARK_SELECTOR,
          MENTION_SELECTOR,
        );
        // A mention written across elements is several marks, and one mention.
        if (inPage.count !== reported) problem(name, `${inPage.count} mentions in the page, ${reported} reported`);
        if (inPage.misplaced.length) problem(name, `highlights in excluded regions: ${inPage.misplaced.join('; ')}`);
        if (inPage.untagged) problem(name, `${inPage.untagged} marks without data-topic`);
        if (inPage.count > 0) withMarks++;
        totalMarks += inPage.count;
      }

      // Every topic off: each page is as it was, node for node.
      // One settings write per batch: storage.sync allows 120 a minute.
      const off = await summariesOf(
        settings,
        tabs.map((t) => t.url),
        { disabledTopics: ALL_TOPICS },
      );
      for (const { name, url, tab, errors, untouched } of tabs) {
        const counts = off.get(url)?.counts;
        if (!counts) problem(name, 'Briefmark did not answer with every topic off');
        else if (Object.keys(counts).length > 0) problem(name, `marks remain with every topic off: ${JSON.stringify(counts)}`);
        const restored = await tab.evaluate(structureOf, 'body');
        if (restored !== untouched) problem(name, `not restored: ${firstDifference(JSON.parse(untouched), JSON.parse(restored))}`);
        extensionErrors += errors.length;
        if (errors.length) problem(name, `extension errors: ${errors.join(' | ')}`);
        await tab.close();
      }
    }
    await settings.evaluate(() => (globalThis.browser ?? chrome).storage.sync.clear());
    console.info(
      `Corpus: ${files.length - failed.size}/${files.length} pages round-tripped exactly; ${withMarks} pages with marks, ` +
        `${totalMarks} marks in all; ${extensionErrors} extension errors; ${failures.length} problems; ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
