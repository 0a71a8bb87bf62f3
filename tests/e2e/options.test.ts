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

  async function openOptions(): Promise<Page> {
    const options = await session.openExtensionPage('options.html');
    await options.setViewport({ width: 1000, height: 1200 });
    await options.waitForSelector('.bm-pack');
    return options;
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
    // The timeline, filtered to one topic as a reader would.
    await options.$eval('#timeline', (section) => section.scrollIntoView());
    await options.click('#timeline button[data-topic="bella-1"]');
    await options.$eval('#timeline', (section) => section.scrollIntoView());
    const shown = await options.$$eval('#timeline .bm-timeline-event', (events) => events.map((e) => e.getAttribute('data-topic')));
    expect(shown.length).toBeGreaterThan(2);
    expect(new Set(shown)).toEqual(new Set(['bella-1']));
    await options.screenshot({ path: session.screenshotPath('timeline') });
    await Promise.all([options.close(), page.close()]);
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
    await pasteImport(options, 'pack-import', JSON.stringify(broken));
    const errors = await options.waitForSelector('[data-import="pack-import"] .bm-errors');
    const text = await errors!.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain('topics[0].names.en[0]: must not be empty');
    expect(text).toMatch(/topics\[1\]\.facts\[0\]\.sources\[0\]: must be an https:\/\/ address/);
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
    const options = await openOptions();
    await options.waitForSelector('.bm-own-list li[data-topic="zeitenwende"]');
    await options.click('.bm-own-list li[data-topic="zeitenwende"] button');
    await page.waitForFunction(() => !document.querySelector('mark[data-topic="zeitenwende"]'));
    await Promise.all([options.close(), extensionPage.close(), page.close()]);
  });

  it('adds a topic from the options page, and export then re-import gives the same state', async () => {
    const options = await openOptions();
    await options.type('.bm-own-form input[name="title"]', 'Heavy fuel');
    await options.type('.bm-own-form textarea[name="aliases"]', 'bunker fuel, residual fuel');
    await options.type('.bm-own-form textarea[name="note"]', 'Shipping fuels.');
    await options.click('.bm-own-form button[type="submit"]');
    await options.waitForSelector('.bm-own-list li[data-topic="heavy-fuel"]');
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
});
