/**
 * The options page with big packs, in both browsers: a 10,000-name pack
 * imported through the file input as a reader would, with progress shown and
 * the page never held; the topics found by search and listed a page at a
 * time; and a 50,000-name library (five packs) opening quickly with a DOM
 * that does not grow with it.
 *
 * Long tasks are watched two ways: the Long Tasks API where the browser has
 * it (Chromium), and everywhere a timer that notes how late it runs (a task
 * holding the page delays it by as much).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportPack } from '../../data/library';
import { validatePack } from '../../data/validate-pack';
import { defaultPack } from '../../data/packs';
import type { Pack } from '../../data/schema';
import { generatedPack } from '../bench/library';
import { foldString } from '../../data/matching/normalise';
import { e2eBrowsers } from './support/browsers';
import { startSession, type Session } from './support/session';
import { colourScheme } from './support/contrast';

const checked = (id: string, seed: number): Pack => {
  const result = validatePack(generatedPack(id, 10_000, seed));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
};
const watchList = checked('watch-list', 7);
const watchFile = path.join(mkdtempSync(path.join(tmpdir(), 'briefmark-scale-')), 'watch-list.briefmark-pack.json');
writeFileSync(watchFile, exportPack(watchList));
const librarySize = defaultPack.topics.length + watchList.topics.length;
const libraryPacks = () => [watchList, ...[2, 3, 4, 5].map((n) => checked(`watch-${n}`, n))];
/** A name of the last pack, and the briefing's BRICS, on a page of ordinary news prose. */
const lastPack = () => libraryPacks().at(-1)!;
const watchedName = (pack: Pack) => (pack.topics[7]!.names['*'] as string[])[3]!;
const libraryPageHtml = (name: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shipping news</title></head><body><main>
${Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i}: brokers said freight rates held steady while insurers reviewed their exposure to the region.</p>`).join('\n')}
<p id="watched">Port records show that ${name} changed hands last spring.</p>
<p id="briefing">The BRICS ministers met again this week.</p>
</main></body></html>`;

/** In the page: long tasks (where the browser reports them) and how late a 10 ms timer ran, from now on. */
function watchTasks(untilImported = false) {
  const state = { at: [] as string[], longTasks: [] as number[], longTasksSupported: PerformanceObserver.supportedEntryTypes.includes('longtask'), lag: 0, stop: false };
  if (state.longTasksSupported) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(Math.round(entry.duration));
      for (const entry of list.getEntries()) state.at.push(`${Math.round(entry.startTime)}+${Math.round(entry.duration)}`);
    }).observe({ type: 'longtask' });
  }
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    state.lag = Math.max(state.lag, now - last - 10);
    last = now;
    // Watched until the pack is saved: the background then compiles the new library, in Firefox on this page's own thread.
    if (untilImported && document.querySelector('.bm-import-progress[data-step="saving"]')) state.stop = true;
    if (!state.stop) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  (globalThis as unknown as { bmTasks: typeof state }).bmTasks = state;
}

const tasksSeen = (page: Page) =>
  page.evaluate(() => {
    const state = (globalThis as unknown as { bmTasks: { longTasks: number[]; longTasksSupported: boolean; lag: number; stop: boolean } }).bmTasks;
    state.stop = true;
    return { at: (state as unknown as { at: string[] }).at, longTasks: state.longTasks, longTasksSupported: state.longTasksSupported, lag: Math.round(state.lag) };
  });

/** In the page: every text the import's progress shows, as it shows it. */
function recordProgress() {
  const seen: string[] = [];
  new MutationObserver(() => {
    const text = document.querySelector('.bm-import-progress')?.textContent;
    if (text && !seen.at(-1)?.endsWith(text)) seen.push(`${Math.round(performance.now())} ${text}`);
    const bar = document.querySelector<HTMLProgressElement>('.bm-import-progress progress');
    if (bar && bar.max > 1 && seen.at(-1) !== `bar ${bar.value}/${bar.max}`) seen.push(`bar ${bar.value}/${bar.max}`);
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  (globalThis as unknown as { bmProgress: string[] }).bmProgress = seen;
}

const elementCount = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

describe.each(e2eBrowsers())('The options page with big packs in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    session = await startSession(spec, { '/library-page.html': libraryPageHtml(watchedName(lastPack())) });
  });
  afterAll(async () => {
    console.log(`${spec.name} options at scale: ${JSON.stringify(figures)}`);
    await session?.close();
    session?.assertNoForeignRequests();
  });
  beforeEach(async () => {
    await session.resetSettings();
    const page = await session.openExtensionPage('popup.html');
    await page.evaluate(() => (globalThis.browser ?? chrome).storage.local.clear());
    await page.close();
  });

  /** Stores `packs` as the reader's library and waits for the background to compile it (in Firefox, in the options page's own process). */
  async function storeLibrary(packs: Pack[]): Promise<void> {
    const setup = await session.openExtensionPage('popup.html');
    await setup.evaluate(
      (userPacks) => (globalThis.browser ?? chrome).storage.local.set({ userPacks, userPacks$: { v: 2 } }),
      packs as unknown as Record<string, unknown>[],
    );
    await setup.waitForFunction(
      async () => ((await (globalThis.browser ?? chrome).storage.local.get('compiledLibraryIndex')).compiledLibraryIndex as { model?: unknown } | undefined)?.model != null,
      { timeout: 90_000, polling: 500 },
    );
    await setup.close();
  }

  async function openOptions(view: string): Promise<Page> {
    const options = await session.openExtensionPage(`options.html#${view}`);
    await options.setViewport({ width: 1000, height: 900 });
    await options.waitForSelector(`main#${view}`);
    return options;
  }

  it('imports a 10,000-name pack from a file with progress shown, never holding the page; search finds its topics, listed a page at a time', async () => {
    const options = await openOptions('packs');
    await options.evaluate(recordProgress);
    await options.evaluate(watchTasks, true);
    const input = await options.waitForSelector('[data-import="pack-import"] input[type="file"]');
    const started = Date.now();
    await (input as unknown as { uploadFile(file: string): Promise<void> }).uploadFile(watchFile);
    await options.waitForSelector('.bm-pack[data-pack="watch-list"]', { timeout: 30_000 });
    await options.waitForSelector('[data-import="pack-import"] .bm-ok');
    figures.importMs = Date.now() - started;
    expect(await options.$eval('[data-import="pack-import"] .bm-ok', (el) => el.textContent)).toBe(`Imported “${watchList.title}”: 200 topics.`);
    expect(await options.$('.bm-import-progress')).toBeNull();

    const timed = await options.evaluate(() => (globalThis as unknown as { bmProgress: string[] }).bmProgress);
    const progress = timed.map((text) => text.replace(/^\d+ /, ''));
    const counts = progress.filter((text) => /^Checking/.test(text));
    expect(counts.length, progress.join('\n')).toBeGreaterThan(1);
    for (const text of counts) expect(text).toMatch(/^Checking [\d,]+ of 10,000 names…$/);
    expect(progress.filter((text) => text.startsWith('bar ')).length).toBeGreaterThan(1);
    expect(progress).toContain('Saving the pack…');

    const tasks = await tasksSeen(options);
    figures.importLongTasks = tasks.longTasks;
    figures.importTimes = [...timed.filter((text) => !text.startsWith('bar')), ...tasks.at.map((at) => `long task ${at}`)];
    figures.importTimerLag = tasks.lag;
    // The slices keep to 12 ms; runs here saw no task over 50 ms or one of 56 ms around the save (docs/figures.md).
    if (tasks.longTasksSupported) expect(Math.max(0, ...tasks.longTasks), `long tasks ${tasks.longTasks}`).toBeLessThanOrEqual(80);
    expect(tasks.lag).toBeLessThan(200);

    // The topics: a page of them, a count of all, search across packs.
    await options.evaluate(watchTasks, false);
    await options.click('.bm-options-nav a[data-view="topics"]');
    await options.waitForSelector('#topics .bm-toggles');
    expect(await options.$$('#topics input[data-topic]')).toHaveLength(100);
    expect(await options.$eval('.bm-topic-search-count', (el) => el.textContent)).toBe(`${librarySize.toLocaleString('en-GB')} topics`);
    expect(await options.$eval('#topics .bm-show-more', (el) => el.textContent)).toBe(`Showing 100 of ${librarySize.toLocaleString('en-GB')}. Show 100 more`);
    await options.screenshot({ path: session.screenshotPath('options-scale-paged-light') });
    await options.click('#topics .bm-show-more button');
    await options.waitForFunction(() => document.querySelectorAll('#topics input[data-topic]').length === 200);

    // A name of topic 150 that no other topic holds, even as part of a name.
    const wanted = watchList.topics[150]!;
    const others = [...defaultPack.topics, ...watchList.topics].filter((topic) => topic !== wanted).map((topic) => foldString(JSON.stringify([topic.title, topic.names])));
    const name = (wanted.names['*'] as string[]).find((each) => others.every((text) => !text.includes(foldString(each).trim())))!;
    await options.type('#bm-topic-search', name.toUpperCase());
    await options.waitForFunction(
      (id) => [...document.querySelectorAll<HTMLInputElement>('#topics input[data-topic]')].map((box) => box.dataset.topic).join() === id,
      {},
      wanted.id,
    );
    expect(await options.$eval('.bm-topic-search-count', (el) => [el.textContent, el.getAttribute('aria-live')])).toEqual([
      `1 topic matches “${name.toUpperCase()}”.`,
      'polite',
    ]);
    // Part of a word, across packs: the built-in pack's topics are found as well.
    await options.$eval('#bm-topic-search', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await options.type('#bm-topic-search', 'holdings');
    await options.waitForFunction(() => /^\d[\d,]* topics match “holdings”\.$/.test(document.querySelector('.bm-topic-search-count')?.textContent ?? ''));
    figures.topicsViewElements = await elementCount(options);
    expect(figures.topicsViewElements).toBeLessThan(2500);
    for (const scheme of ['light', 'dark'] as const) {
      await colourScheme(options, scheme);
      await options.screenshot({ path: session.screenshotPath(`options-scale-search-${scheme}`) });
    }
    await colourScheme(options, 'light');
    const viewTasks = await tasksSeen(options);
    figures.topicsLongTasks = viewTasks.longTasks;
    figures.topicsTimerLag = viewTasks.lag;
    // The compiled library reaches this page a part at a time: in one storage event it made a task of 54-57 ms here.
    if (viewTasks.longTasksSupported) expect(Math.max(0, ...viewTasks.longTasks), `long tasks ${viewTasks.longTasks}`).toBeLessThanOrEqual(65);
    await options.close();
  });

  it('opens quickly with a 50,000-name library of five packs, its DOM bounded', async () => {
    const packs = libraryPacks();
    await storeLibrary(packs);

    const started = Date.now();
    const options = await openOptions('packs');
    await options.waitForSelector('.bm-pack[data-pack="watch-5"]');
    figures.firstViewMs = Date.now() - started;
    figures.firstViewElements = await elementCount(options);
    expect(figures.firstViewElements).toBeLessThan(600);
    expect(figures.firstViewMs).toBeLessThan(3000);

    await options.evaluate(watchTasks, false);
    const topicsStarted = Date.now();
    await options.click('.bm-options-nav a[data-view="topics"]');
    await options.waitForSelector('#topics .bm-toggles');
    figures.topicsViewMs = Date.now() - topicsStarted;
    figures.topicsViewElements50k = await elementCount(options);
    expect(figures.topicsViewElements50k).toBeLessThan(2500);
    await options.type('#bm-topic-search', 'petrov');
    await options.waitForFunction(() => /^\d[\d,]* topics match “petrov”\.$/.test(document.querySelector('.bm-topic-search-count')?.textContent ?? ''));
    const tasks = await tasksSeen(options);
    figures.topicsLongTasks50k = tasks.longTasks;
    figures.topicsTimerLag50k = tasks.lag;
    // The library is merged in slices: merged at once it made one task of 70-90 ms here. The bound allows for the machine's load.
    if (tasks.longTasksSupported) expect(Math.max(0, ...tasks.longTasks), `long tasks ${tasks.longTasks}`).toBeLessThanOrEqual(65);

    await options.click('.bm-options-nav a[data-view="timeline"]');
    await options.waitForSelector('#timeline .bm-timeline-event');
    figures.timelineElements50k = await elementCount(options);
    expect(figures.timelineElements50k).toBeLessThan(2500);
    await options.close();
  });

  it('highlights a page with a 50,000-name library as with the briefing alone: its names and the briefing\'s, each marked, no long task from the library', async () => {
    /** The page's marks once its watched name is marked (or, with the briefing alone, BRICS), and its long tasks since it began (where reported). */
    const visit = async (marked: string) => {
      const page = await session.openPage('/library-page.html', { waitForMarks: false });
      await page.waitForSelector(marked);
      const marks = await page.$$eval('mark.briefmark', (all) => all.map((mark) => [mark.closest('p')?.id, mark.getAttribute('data-topic'), mark.textContent]));
      const longTasks = await page.evaluate(
        () =>
          new Promise<number[] | null>((resolve) => {
            if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return resolve(null);
            new PerformanceObserver((list) => resolve(list.getEntries().map((entry) => Math.round(entry.duration)))).observe({ type: 'longtask', buffered: true });
            setTimeout(() => resolve([]), 500);
          }),
      );
      await page.close();
      return { marks, longTasks };
    };
    const alone = await visit('#briefing mark.briefmark');
    expect(alone.marks).toEqual([['briefing', 'brics', 'BRICS']]);

    const packs = libraryPacks();
    await storeLibrary(packs);
    const withLibrary = await visit('#watched mark.briefmark');
    expect(withLibrary.marks).toEqual([
      ['watched', packs.at(-1)!.topics[7]!.id, watchedName(packs.at(-1)!)],
      ['briefing', 'brics', 'BRICS'],
    ]);
    figures.longTasksBriefingAlone = alone.longTasks;
    figures.longTasksWithLibrary = withLibrary.longTasks;
    // No task over 50 ms, the library's or the script's own start (docs/figures.md), unless the browser's first
    // page, with the briefing alone, had a longer one. Reading the packs and the whole model per page made
    // tasks of 56-89 ms here, and hashing and resolving 50,000 names per page several hundred.
    if (alone.longTasks && withLibrary.longTasks) {
      const bound = Math.max(50, ...alone.longTasks);
      expect(Math.max(0, ...withLibrary.longTasks), `with the library ${withLibrary.longTasks}, alone ${alone.longTasks}`).toBeLessThanOrEqual(bound);
    }
  });
});
