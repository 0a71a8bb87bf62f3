/**
 * Hostile pages, in both browsers: a page that styles `mark` and `*` as hard as
 * CSS allows, a page of 100,000 text nodes, markup nested 5,000 deep, and a
 * page whose own event handlers throw. Briefmark stays correct and stays out
 * of the page's way.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../data/packs';
import { MENTION_SELECTOR } from '../../entrypoints/content/engine';
import { e2eBrowsers } from './support/browsers';
import { markCounts } from './support/dom';
import {
  aggressiveCssHtml,
  deeplyNestedHtml,
  MANY_NODES,
  manyTextNodesHtml,
  newsHtml,
  throwingHandlersHtml,
} from './support/pages';
import { startSession, summariesOf, watchExtensionErrors, type PageSummary, type Session } from './support/session';

const ALL_TOPICS = defaultPack.topics.map((topic) => topic.id);
const DEPTH = 5_000;
const CARD = 'briefmark-card >>> .bm-card';

/**
 * The node structure under `selector`, text node boundaries included, walked
 * without recursion (the deep page would overflow a recursive walk or
 * JSON.stringify). One line per node: depth, then what the node is.
 */
function flatStructure(selector: string): string {
  const lines: string[] = [];
  const stack: [Node, number][] = [[document.querySelector(selector)!, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE) lines.push(`${depth} #text:${JSON.stringify((node as Text).data)}`);
    else if (node.nodeType !== Node.ELEMENT_NODE) lines.push(`${depth} #${node.nodeName}`);
    else {
      const attrs = Array.from((node as Element).attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
      lines.push(`${depth} ${node.nodeName} ${attrs.join(' ')}`);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push([node.childNodes[i]!, depth + 1]);
  }
  return lines.join('\n');
}

describe.each(e2eBrowsers())('Briefmark on hostile pages in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;

  beforeAll(async () => {
    session = await startSession(spec, {
      '/aggressive-css': aggressiveCssHtml(),
      '/many-nodes': manyTextNodesHtml(),
      '/deep': deeplyNestedHtml(DEPTH),
      '/throwing': throwingHandlersHtml(),
      '/news': newsHtml(),
    });
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });
  beforeEach(() => session.resetSettings());

  /** Stores `values`, then waits for the tab showing `url` to answer with them applied. */
  async function settle(url: string, values?: Record<string, unknown>): Promise<PageSummary> {
    const extensionPage = await session.openExtensionPage('popup.html');
    const summary = (await summariesOf(extensionPage, [url], values)).get(url);
    await extensionPage.close();
    expect(summary, `an answer from Briefmark on ${url}`).toBeDefined();
    return summary!;
  }

  /** Opens `pathname` with every topic off, then returns it and its untouched structure. */
  async function openUntouched(pathname: string, selector = 'body'): Promise<{ page: Page; url: string; untouched: string }> {
    const url = session.server.url(pathname);
    const settings = await session.openExtensionPage('popup.html');
    await settings.evaluate((ids) => (globalThis.browser ?? chrome).storage.sync.set({ disabledTopics: ids }), ALL_TOPICS);
    await settings.close();
    const page = await session.openPage(pathname, { waitForMarks: false });
    await settle(url);
    return { page, url, untouched: await page.evaluate(flatStructure, selector) };
  }

  async function cardFontSize(page: Page): Promise<{ fontSize: string; color: string; width: number; height: number }> {
    const card = await page.waitForSelector(CARD, { visible: true });
    return card!.evaluate((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { fontSize: style.fontSize, color: style.color, width: box.width, height: box.height };
    });
  }

  it('keeps highlights inline, tinted and visible, and the card readable, on a page that styles mark and *', async () => {
    // The card as it looks on an ordinary page, for comparison.
    const plain = await session.openPage('/news');
    await plain.hover('mark.briefmark');
    const expected = await cardFontSize(plain);
    await plain.close();

    const page = await session.openPage('/aggressive-css');
    const errors = watchExtensionErrors(page);
    const marks = await page.$$eval('mark.briefmark', (all) =>
      all.map((mark) => {
        const style = getComputedStyle(mark);
        const box = mark.getBoundingClientRect();
        return { text: mark.textContent, display: style.display, background: style.backgroundColor, visibility: style.visibility, width: box.width, height: box.height };
      }),
    );
    expect(marks.map((mark) => mark.text)).toEqual(['BRICS', 'Oreshnik', 'Bella 1']);
    for (const mark of marks) {
      expect(mark.display).toBe('inline');
      expect(mark.background).toBe('rgba(255, 196, 0, 0.32)');
      expect(mark.visibility).toBe('visible');
      expect(mark.width).toBeGreaterThan(0);
      expect(mark.height).toBeGreaterThan(0);
    }
    // The page's own mark keeps the page's style: Briefmark's CSS is for its own marks only.
    expect(await page.$eval('#page-mark', (el) => getComputedStyle(el).display)).toBe('none');

    await page.hover('mark[data-topic="brics"]');
    const card = await cardFontSize(page);
    expect(card.fontSize).toBe(expected.fontSize);
    expect(card.color).toBe(expected.color);
    expect(card.width).toBeGreaterThan(200);
    expect(card.height).toBeGreaterThan(50);
    await page.screenshot({ path: session.screenshotPath('hostile-css-card') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights a page of 100,000 text nodes with the right counts, and the page keeps ticking', async () => {
    const { spansPerParagraph, paragraphs, mentionEvery } = MANY_NODES;
    const expectedMentions = (spansPerParagraph * paragraphs) / mentionEvery;
    const { page, url, untouched } = await openUntouched('/many-nodes');
    const errors = watchExtensionErrors(page);
    const textNodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    });
    expect(textNodes).toBeGreaterThanOrEqual(100_000);

    // The settings are written from an extension page, with the page in front:
    // a page in a background tab has its timers throttled to about one a
    // second, which would be measured instead of Briefmark.
    const settings = await session.openExtensionPage('popup.html');
    await page.bringToFront();
    const ticksBefore = await page.evaluate(() => (window as unknown as { ticks: number[] }).ticks.length);
    const started = Date.now();
    await settings.evaluate(() => (globalThis.browser ?? chrome).storage.sync.set({ disabledTopics: [] }));
    await page.waitForFunction((selector, n) => document.querySelectorAll(selector).length === n, {}, MENTION_SELECTOR, expectedMentions);
    const took = Date.now() - started;
    // The page's own timer kept running, and its longest wait while we worked is reported.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const gaps = await page.evaluate((from) => {
      const ticks = (window as unknown as { ticks: number[] }).ticks.slice(Math.max(0, from - 1));
      return { count: ticks.length, longest: Math.max(...ticks.slice(1).map((t, i) => t - ticks[i]!)) };
    }, ticksBefore);
    await settings.close();
    console.info(`${spec.name}: ${textNodes} text nodes highlighted in ${took} ms (settings write to marks); the page's 20 ms timer waited at most ${gaps.longest.toFixed(0)} ms.`);
    expect(gaps.count).toBeGreaterThan(10);
    // Briefmark's work runs in slices of 8 ms, and the browser lays out what
    // changed between them: 45–70 ms here in both browsers. In one go (tried:
    // slices of 100 s) the page waits 600 ms in Chromium and 1.3 s in
    // Firefox, which this bound catches; the number is printed above.
    expect(gaps.longest).toBeLessThan(200);
    const on = await settle(url);
    expect(on.counts).toEqual({ brics: expectedMentions });
    expect(await page.evaluate(markCounts)).toEqual({ brics: expectedMentions });

    const off = await settle(url, { disabledTopics: ALL_TOPICS });
    expect(off.counts).toEqual({});
    expect(await page.evaluate(flatStructure, 'body')).toBe(untouched);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`highlights a mention ${DEPTH.toLocaleString('en')} elements deep, and takes it out again exactly`, async () => {
    const { page, url, untouched } = await openUntouched('/deep');
    const errors = watchExtensionErrors(page);
    expect(await page.evaluate(() => (window as unknown as { depth: number }).depth)).toBe(DEPTH);
    const on = await settle(url, { disabledTopics: [] });
    expect(on.counts).toEqual({ brics: 1, 'hypersonic-strikes': 1 });
    const depthOfMark = await page.$eval('mark.briefmark', (mark) => {
      let depth = 0;
      for (let node: Element | null = mark; node && node.id !== 'root'; node = node.parentElement) depth++;
      return depth;
    });
    expect(depthOfMark).toBe(DEPTH + 1);
    const off = await settle(url, { disabledTopics: ALL_TOPICS });
    expect(off.counts).toEqual({});
    expect(await page.evaluate(flatStructure, 'body')).toBe(untouched);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the card on a page whose own handlers throw, and the page's handlers still run", async () => {
    const page = await session.openPage('/throwing');
    const errors = watchExtensionErrors(page);
    await page.hover('mark[data-topic="brics"]');
    await page.waitForSelector(`${CARD}[data-topic="brics"]`, { visible: true });
    await page.mouse.move(5, 890);
    await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
    await page.focus('mark[data-topic="hypersonic-strikes"]');
    await page.waitForSelector(`${CARD}[data-topic="hypersonic-strikes"]`, { visible: true });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
    await page.click('#link');

    const seen = await page.evaluate(() => {
      const w = window as unknown as { handled: Record<string, number>; onerrorCount: number };
      return { handled: w.handled, onerrorCount: w.onerrorCount };
    });
    for (const type of ['mouseover', 'mouseout', 'focusin', 'focusout', 'click', 'keydown']) {
      expect(seen.handled[type], `the page's ${type} handlers ran`).toBeGreaterThan(0);
    }
    // Every error the page saw is one its own handlers threw.
    expect(seen.onerrorCount).toBe(Object.values(seen.handled).reduce((sum, n) => sum + n, 0));
    expect(await page.evaluate(markCounts)).toEqual({ brics: 1, 'hypersonic-strikes': 1 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
