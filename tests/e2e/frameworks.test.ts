/**
 * Framework pages, in both browsers: apps built from the real npm packages
 * (React 19, Preact, Vue 3, Svelte 5, and React and Vue rendered on the server
 * and hydrated) update their text while Briefmark highlights it.
 *
 * Each scenario runs twice: first from file://, where the extension does not
 * run (the baseline: the app's own text and errors), then from 127.0.0.1 with
 * the extension. On every frame the page must show exactly the text of the
 * state its app committed, every mark must hold one whole mention; after
 * every update the marks must be exactly the mentions shown, soon; and the
 * page must log no error the baseline lacks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browsers';
import { buildFrameworkPages, FRAMEWORK_APPS, type FrameworkApp, type FrameworkPages } from './support/frameworks/build';
import { MENTIONS } from './support/frameworks/model';
import { foreignReason, startSession, watchExtensionErrors, type Session } from './support/session';

/** How long the marks may take to follow an update: the engine's quiet time is 60 ms, its longest wait 200 ms. */
const MARKS_FOLLOW_MS = 1500;
const ALL_TOPICS = [...new Set(Object.values(MENTIONS))];

interface Run {
  page: Page;
  withExtension: boolean;
  /** Waits until the marks are exactly the shown mentions of the topics not in `disabled` (with the extension). */
  settle(disabled?: readonly string[]): Promise<void>;
  /** Stores settings as the popup does (with the extension). */
  store(values: Record<string, unknown>): Promise<void>;
}

const run = (page: Page, scenario: string) => page.evaluate((name) => (window as any).__fw.run(name) as Promise<void>, scenario);

/** Stores `off` while a timer updates the page, then `on` while it updates again; `dark` are the topics off between. */
async function offAndOnDuringUpdates(r: Run, off: Record<string, unknown>, on: Record<string, unknown>, dark: string[]) {
  for (const [values, disabled] of [[off, dark], [on, []]] as const) {
    const updating = run(r.page, 'longTicker');
    await r.store(values);
    await updating;
    await r.settle(disabled);
  }
}

/** Each scenario by a short name (for FAILING_TODAY), its title and its steps. */
const SCENARIOS: Record<string, [string, (r: Run) => Promise<void>]> = {
  ticker: ['keeps the text exact as a timer rewrites it every 50–100 ms, beside text, beside elements and alone', async (r) => {
    await run(r.page, 'ticker');
    await r.settle();
  }],
  conditional: ['keeps the text exact as conditional text and elements come and go', async (r) => {
    await run(r.page, 'conditional');
    await r.settle();
  }],
  lists: ['keeps the text exact as keyed lists and fragments are reordered, inserted and removed', async (r) => {
    await run(r.page, 'lists');
    await r.settle();
  }],
  routes: ['keeps its highlights through 20 route changes', async (r) => {
    for (let i = 0; i < 20; i++) {
      await r.page.evaluate(() => (window as any).__fw.navigate());
      await r.settle();
    }
  }],
  toggle: ['keeps the text exact when topics are switched off and on during updates', (r) =>
    offAndOnDuringUpdates(r, { disabledTopics: ['bella-1', 'brics'] }, { disabledTopics: [] }, ['bella-1', 'brics'])],
  pause: ['keeps the text exact when paused and resumed during updates', (r) =>
    offAndOnDuringUpdates(r, { pausedSites: ['127.0.0.1'] }, { pausedSites: [] }, ALL_TOPICS)],
};

const HYDRATION: [string, (r: Run) => Promise<void>] = ['hydrates the server markup without errors, keeping its nodes, then updates', async (r) => {
  await r.page.waitForFunction(() => (window as any).__fw.hydrated, { timeout: 5000 });
  // One frame after hydration: what it kept of the server's nodes.
  await r.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await r.page.evaluate(() => (window as any).__fw.serverNodesKept()), 'hydration kept the server-rendered nodes').toBe(true);
  await r.settle();
  await run(r.page, 'ticker');
  await r.settle();
}];

/**
 * The scenarios each app still fails, in both browsers (they run as
 * it.fails). Take a name out once its case passes; FRAMEWORKS_ALL_STRICT=1
 * runs them all as plain tests, to see why they fail.
 */
const FAILING_TODAY: Record<FrameworkApp, string[]> = {
  react: [],
  preact: [],
  svelte: [],
  vue: [],
  'react-ssr': [],
  'vue-ssr': [],
};
const failsToday = (app: FrameworkApp, scenario: string) => !process.env.FRAMEWORKS_ALL_STRICT && FAILING_TODAY[app].includes(scenario);

const normalise = (error: string) => error.replace(/\s*\(?(https?|file|chrome-extension|moz-extension):\/\/\S+/g, '').trim();

describe.each(e2eBrowsers())('Framework apps in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;
  let built: FrameworkPages;
  let settings: Page;
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'briefmark-frameworks-'));

  beforeAll(async () => {
    built = await buildFrameworkPages(outDir);
    session = await startSession(spec, built.pages);
    settings = await session.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await session?.close();
    rmSync(outDir, { recursive: true, force: true });
    // The baselines open files, on disk; nothing else may leave 127.0.0.1.
    const foreign = (session?.requests() ?? []).filter((request) => !request.url.startsWith('file:')).map((request) => foreignReason(request));
    expect(foreign.filter(Boolean), 'requests outside 127.0.0.1 and the extension').toEqual([]);
  });
  beforeEach(() => settings.evaluate(() => (globalThis.browser ?? chrome).storage.sync.clear()));

  async function open(url: string): Promise<Page> {
    const page = await session.browser.newPage();
    await page.bringToFront();
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__fw?.ready(), { timeout: 5000 });
    return page;
  }

  async function settleOn(page: Page, disabled: readonly string[], timeout: number): Promise<void> {
    const started = Date.now();
    try {
      await page.waitForFunction((d) => (window as any).__fw.marksMatch(d).ok, { timeout, polling: 50 }, disabled);
    } catch {
      const { expected, shown, problems } = await page.evaluate((d) => ({ ...(window as any).__fw.marksMatch(d), problems: (window as any).__fw.problems() }), disabled);
      const seen = problems.first[0] ? `; the page had shown: ${JSON.stringify(problems.first[0])} (${problems.count} wrong frames)` : '';
      expect.fail(`after ${Date.now() - started} ms the marks were ${JSON.stringify(shown)}, not the mentions shown ${JSON.stringify(expected)}${seen}`);
    }
  }

  /** Runs `scenario` on `app`'s page, without the extension when `url` is a file. */
  async function runOn(url: string, withExtension: boolean, scenario: (r: Run) => Promise<void>) {
    const page = await open(url);
    const extensionErrors = withExtension ? watchExtensionErrors(page) : [];
    if (withExtension) await settleOn(page, [], 5000);
    await scenario({
      page,
      withExtension,
      settle: (disabled = []) => (withExtension ? settleOn(page, disabled, MARKS_FOLLOW_MS) : Promise.resolve()),
      store: async (values) => {
        if (withExtension) await settings.evaluate((v) => (globalThis.browser ?? chrome).storage.sync.set(v), values);
      },
    });
    const result = await page.evaluate(() => ({ problems: (window as any).__fw.problems(), errors: (window as any).__fw.errors(), frames: (window as any).__fw.frames() }));
    await page.close();
    return { ...result, errors: [...result.errors, ...extensionErrors].map(normalise) };
  }

  describe.each(FRAMEWORK_APPS)('%s', (app: FrameworkApp) => {
    const scenarios = app.endsWith('-ssr') ? { hydration: HYDRATION } : SCENARIOS;
    for (const [name, [title, scenario]] of Object.entries(scenarios)) {
      (failsToday(app, name) ? it.fails : it)(title, async () => {
        const baseline = await runOn(built.fileUrl(app), false, scenario);
        // The app itself shows its state: the test's own expectation holds without the extension.
        expect(baseline.problems, 'the app without the extension').toEqual({ count: 0, first: [] });
        expect(baseline.frames, 'frames checked').toBeGreaterThan(5);
        const withExtension = await runOn(session.server.url(`/${app}`), true, scenario);
        expect(withExtension.problems.first, 'what the page showed, against its app').toEqual([]);
        expect(withExtension.errors.filter((error) => !baseline.errors.includes(error)), 'errors the run without the extension lacks').toEqual([]);
      });
    }
  });
});
