/**
 * The options page and packs, in both browsers: import a pack and see it
 * highlighted, a malformed import that changes nothing, the reader's own
 * topic (the "Track this phrase" path), and export then re-import to the same
 * state.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportPack } from '../../data/library';
import type { Pack } from '../../data/schema';
import { e2eBrowsers } from './support/browsers';
import { markCounts } from './support/dom';
import { arcticHtml } from './support/pages';
import { REPO_ROOT } from './support/paths';
import { startSession, type Session } from './support/session';
import { colourScheme, lowContrast } from './support/contrast';
import { isStale } from '../../data/dates';
import { defaultPack } from '../../data/packs';

const EXAMPLE = readFileSync(path.join(REPO_ROOT, 'docs', 'examples', 'arctic-shipping.json'), 'utf8');

describe.each(e2eBrowsers())('Options and packs in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;

  beforeAll(async () => {
    session = await startSession(spec, { '/arctic': arcticHtml() });
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });
  beforeEach(async () => {
    await session.resetSettings();
    const page = await session.openExtensionPage('popup.html');
    await page.evaluate(() => (globalThis.browser ?? chrome).storage.local.clear());
    await page.close();
  });

  const storedPacks = (page: Page) =>
    page.evaluate(async () => ((await (globalThis.browser ?? chrome).storage.local.get('userPacks')).userPacks ?? []) as Pack[]);

  async function openOptions(view = 'packs'): Promise<Page> {
    const options = await session.openExtensionPage(`options.html#${view}`);
    await options.setViewport({ width: 1000, height: 900 });
    await options.waitForSelector(`main#${view}`);
    return options;
  }

  /** Goes to a view through the nav, as a reader would. */
  async function goTo(options: Page, view: string) {
    await options.click(`.bm-options-nav a[data-view="${view}"]`);
    // The topics and the timeline are listed once the library is merged.
    await options.waitForSelector(`main#${view}[aria-busy="false"]`);
  }

  async function pasteImport(options: Page, box: string, text: string) {
    const area = await options.waitForSelector(`[data-import="${box}"] textarea`);
    await area!.evaluate((el, value) => {
      const textarea = el as HTMLTextAreaElement;
      textarea.value = value;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await options.click(`[data-import="${box}"] button`);
  }

  it('imports a pack from pasted text, and a page is highlighted with its topics at once', async () => {
    const page = await session.openPage('/arctic');
    expect(await page.evaluate(markCounts)).toEqual({ brics: 1 });
    const options = await openOptions();
    await pasteImport(options, 'pack-import', EXAMPLE);
    await options.waitForSelector('.bm-pack[data-pack="arctic-shipping"]');
    // Success names the pack and how many topics it brought.
    const arctic = JSON.parse(EXAMPLE) as Pack;
    expect(await options.$eval('[data-import="pack-import"] .bm-ok', (el) => el.textContent)).toBe(
      `Imported “${arctic.title}”: ${arctic.topics.length} topics.`,
    );
    // Look at the page, as the reader would (a hidden tab gets no animation frames to poll with).
    await page.bringToFront();
    await page.waitForSelector('mark[data-topic="polar-code"]');
    expect(await page.evaluate(markCounts)).toEqual({ brics: 1, 'polar-code': 1, 'arctic-council': 1, 'arctic-hfo-ban': 1 });

    // Its card names its own pack.
    await page.hover('mark[data-topic="polar-code"]');
    const card = await page.waitForSelector('briefmark-card >>> .bm-card[data-topic="polar-code"]', { visible: true });
    expect(await card!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/Arctic/);

    // Switching the pack off removes its highlights; the built-in pack stays.
    await options.bringToFront();
    await options.click('.bm-pack[data-pack="arctic-shipping"] input[type="checkbox"]');
    await page.bringToFront();
    await page.waitForFunction(() => !document.querySelector('mark[data-topic="polar-code"]'));
    expect(await page.evaluate(markCounts)).toEqual({ brics: 1 });
    await options.bringToFront();
    await options.screenshot({ path: session.screenshotPath('options') });
    // The timeline, its own view, filtered to one topic as a reader would: the title said once, above.
    await goTo(options, 'timeline');
    expect(await options.$eval('.bm-timeline-event', (el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    await options.click('.bm-timeline-filter-box > summary');
    await options.click('#timeline button[data-topic="bella-1"]');
    await options.click('.bm-timeline-filter-box > summary');
    const shown = await options.$$eval('#timeline .bm-timeline-event', (events) => events.map((e) => e.getAttribute('data-topic')));
    expect(shown.length).toBeGreaterThan(2);
    expect(new Set(shown)).toEqual(new Set(['bella-1']));
    expect(await options.$$('#timeline .bm-timeline-topic')).toHaveLength(0);
    expect(await options.$eval('.bm-timeline-only', (el) => el.textContent)).toBe(defaultPack.topics.find((topic) => topic.id === 'bella-1')!.title);
    await options.screenshot({ path: session.screenshotPath('timeline') });
    await Promise.all([options.close(), page.close()]);
  });

  it('says in the popup when a stored model cannot be read, and keeps the page as it was', async () => {
    const options = await openOptions();
    await pasteImport(options, 'pack-import', EXAMPLE);
    const page = await session.openPage('/arctic');
    await page.bringToFront();
    await page.waitForSelector('mark[data-topic="polar-code"]');
    // A model whose part is not base64, as a damaged profile might hold: written as the background writes one.
    await options.evaluate(async () => {
      const local = (globalThis.browser ?? chrome).storage.local;
      const { compiledLibraryIndex: index } = (await local.get('compiledLibraryIndex')) as { compiledLibraryIndex: { model: { generation: number } } };
      const generation = index.model.generation + 1;
      await local.set({ [`compiledLibraryPart.${generation}.0`]: '!not base64!' });
      await local.set({ compiledLibraryIndex: { ...index, signature: 'damaged', model: { generation, parts: 1, byteLength: 9 } } });
    });
    await page.waitForFunction(() => !document.querySelector('mark.briefmark'));
    expect(await page.evaluate(() => document.querySelector('main, body')!.textContent)).toContain('Polar Code');
    const popup = await session.openPopupFor(session.server.url('/arctic'));
    expect(await popup.$eval('.bm-notice', (el) => el.textContent)).toMatch(/^Briefmark could not highlight all of this page \(.+\)\./);
    await popup.close();
    await page.close();
    await options.close();
  });

  it('shows path-specific errors for a malformed pack, and changes nothing', async () => {
    const options = await openOptions();
    await pasteImport(options, 'pack-import', EXAMPLE);
    await options.waitForSelector('.bm-pack[data-pack="arctic-shipping"]');
    const before = await storedPacks(options);

    const broken = JSON.parse(EXAMPLE);
    broken.id = 'broken-pack';
    broken.topics[0].names.en[0] = '';
    broken.topics[1].facts[0].sources[0] = 'http://insecure.example/';
    broken.topics[2].related = ['polar-cod'];
    await pasteImport(options, 'pack-import', JSON.stringify(broken));
    const errors = await options.waitForSelector('[data-import="pack-import"] .bm-errors-box');
    const text = await errors!.evaluate((el) => (el as HTMLElement).innerText);
    // Where, in words, and what to do; a near-miss related id gets a guess.
    expect(text).toMatch(/^3 problems in the file:/);
    expect(text).toContain(`Topic 1 (“${broken.topics[0].id}”), name 1 (en): is empty. Write it, or remove the entry.`);
    expect(text).toContain(`Topic 2 (“${broken.topics[1].id}”), fact 1, source 1: must be a web address starting with https://.`);
    expect(text).toContain('Did you mean “polar-code”?');
    expect(text).not.toMatch(/topics\[\d\]/);
    expect(await storedPacks(options)).toEqual(before);
    expect(await options.$('.bm-pack[data-pack="broken-pack"]')).toBeNull();
    await options.screenshot({ path: session.screenshotPath('options-import-error') });
    await options.close();
  });

  it('tracks a phrase of the reader’s own (the context menu’s path), highlighted at once', async () => {
    const page = await session.openPage('/arctic');
    const extensionPage = await session.openExtensionPage('popup.html');
    // What the "Track this phrase" menu item sends for a selection.
    await extensionPage.evaluate(() =>
      (globalThis.browser ?? chrome).runtime.sendMessage({ id: 3, type: 'trackPhrase', data: 'Zeitenwende', timestamp: Date.now() }),
    );
    await page.waitForSelector('mark[data-topic="zeitenwende"]');
    const packs = await storedPacks(extensionPage);
    expect(packs.map((pack) => pack.id)).toEqual(['my-topics']);
    expect(packs[0]!.topics.map((topic) => topic.title)).toEqual(['Zeitenwende']);

    // It is listed on the options page, and can be removed there.
    const options = await openOptions('own');
    await options.waitForSelector('.bm-own-list li[data-topic="zeitenwende"]');
    await options.click('.bm-own-list li[data-topic="zeitenwende"] .bm-remove');
    await page.waitForFunction(() => !document.querySelector('mark[data-topic="zeitenwende"]'));
    await Promise.all([options.close(), extensionPage.close(), page.close()]);
  });

  it('adds a topic from the options page, and export then re-import gives the same state', async () => {
    const options = await openOptions('own');
    await options.type('.bm-own-form input[name="title"]', 'Heavy fuel');
    await options.type('.bm-own-form textarea[name="aliases"]', 'bunker fuel, residual fuel');
    await options.type('.bm-own-form textarea[name="note"]', 'Shipping fuels.');
    await options.select('.bm-own-form select[name="category"]', 'maritime');
    await options.click('.bm-own-form button[type="submit"]');
    await options.waitForSelector('.bm-own-list li[data-topic="heavy-fuel"]');
    expect((await storedPacks(options))[0]!.topics[0]!.category).toBe('maritime');
    await goTo(options, 'packs');
    await pasteImport(options, 'pack-import', EXAMPLE);
    await options.waitForSelector('.bm-pack[data-pack="arctic-shipping"]');
    const before = await storedPacks(options);

    // Export both packs (as the Export buttons do), delete them, import them back.
    const exported = before.map(exportPack);
    for (const id of ['arctic-shipping', 'my-topics']) {
      options.once('dialog', (dialog) => void dialog.accept());
      await options.click(`.bm-pack[data-pack="${id}"] .bm-danger`);
      await options.waitForFunction((pack) => !document.querySelector(`.bm-pack[data-pack="${pack}"]`), {}, id);
    }
    expect(await storedPacks(options)).toEqual([]);
    for (const text of exported) {
      await pasteImport(options, 'pack-import', text);
      await options.waitForSelector(`.bm-pack[data-pack="${JSON.parse(text).id}"]`);
    }
    expect(await storedPacks(options)).toEqual(before);
    await options.close();
  });

  it('edits an own topic in place: new title, phrases and category, the same id, highlighted by its new phrase', async () => {
    const page = await session.openPage('/arctic');
    const options = await openOptions('own');
    await options.type('.bm-own-form input[name="title"]', 'Heavy fuel');
    await options.type('.bm-own-form textarea[name="aliases"]', 'bunker fuel');
    await options.click('.bm-own-form button[type="submit"]');
    await options.waitForSelector('.bm-own-list li[data-topic="heavy-fuel"]');
    await options.click('.bm-own-list li[data-topic="heavy-fuel"] .bm-edit');
    await options.waitForSelector('.bm-own-form[data-mode="edit"]');
    expect(await options.$eval('.bm-own-form input[name="title"]', (el) => (el as HTMLInputElement).value)).toBe('Heavy fuel');
    await options.$eval('.bm-own-form textarea[name="aliases"]', (el) => {
      const area = el as HTMLTextAreaElement;
      area.value = 'heavy fuel oil, Polar Code';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.select('.bm-own-form select[name="category"]', 'maritime');
    await options.click('.bm-own-form button[type="submit"]');
    await options.waitForFunction(() => document.querySelector('.bm-own-list li[data-topic="heavy-fuel"]')?.textContent?.includes('Polar Code'));
    const [own] = await storedPacks(options);
    expect(own!.topics.map((topic) => [topic.id, topic.title, topic.category])).toEqual([['heavy-fuel', 'Heavy fuel', 'maritime']]);
    expect(await options.$eval('.bm-own-form .bm-ok', (el) => el.textContent)).toBe('Saved “Heavy fuel”.');
    await page.bringToFront();
    await page.waitForSelector('mark[data-topic="heavy-fuel"]');
    await Promise.all([options.close(), page.close()]);
  });

  it('has a short view for each part, each reachable from the nav, reading at 4.5:1 or better in light and dark', async () => {
    // A library with a stale pack and a fresh one, an own topic and a paused site: every view has something to show.
    const fresh = { ...(JSON.parse(EXAMPLE) as Pack), asOf: new Date().toISOString().slice(0, 10) };
    const options = await openOptions();
    await pasteImport(options, 'pack-import', JSON.stringify(fresh));
    await options.waitForSelector('.bm-pack[data-pack="arctic-shipping"]');
    await options.evaluate(() => (globalThis.browser ?? chrome).storage.sync.set({ pausedSites: ['news.example'] }));
    expect(await options.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light dark');

    // The stale built-in briefing is flagged; the fresh pack is not.
    const staleNow = isStale(defaultPack.asOf, new Date());
    expect(await options.$$eval('.bm-pack-stale', (packs) => packs.map((p) => p.getAttribute('data-pack')))).toEqual(staleNow ? [defaultPack.id] : []);

    for (const scheme of ['light', 'dark'] as const) {
      await colourScheme(options, scheme);
      for (const view of ['packs', 'topics', 'own', 'paused', 'timeline', 'backup']) {
        await goTo(options, view);
        expect(await options.evaluate(() => location.hash)).toBe(`#${view}`);
        expect(await options.$eval('.bm-options-nav a[aria-current="page"]', (a) => a.getAttribute('data-view'))).toBe(view);
        // Short: a view fits in about two screens, except the timeline, which starts on the first.
        const height = await options.evaluate(() => document.documentElement.scrollHeight);
        if (view !== 'timeline') expect(height, view).toBeLessThanOrEqual(1800);
        const { checked, low } = await lowContrast(options);
        expect(checked).toBeGreaterThan(10);
        expect(low, `${view} in ${scheme}`).toEqual([]);
        await options.screenshot({ path: session.screenshotPath(`options-${view}-${scheme}`) });
      }
    }
    // Narrow: the nav wraps, nothing runs off the side.
    await colourScheme(options, 'light');
    await options.setViewport({ width: 400, height: 800 });
    await goTo(options, 'packs');
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await options.screenshot({ path: session.screenshotPath('options-narrow') });
    await goTo(options, 'timeline');
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await options.screenshot({ path: session.screenshotPath('options-timeline-narrow') });
    await options.close();
  });
});
