/**
 * One browser with the built extension, and a 127.0.0.1 server with the
 * test pages: what every end-to-end test starts from.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';
import { expect } from 'vitest';
import type { BrowserSpec, LaunchedExtension } from './browsers';
import { ARTIFACTS_DIR } from './paths';
import { serve, type TestServer } from './server';

export interface Session extends LaunchedExtension {
  server: TestServer;
  /** Opens a served page; by default waits until Briefmark has highlighted it. */
  openPage(pathname: string, options?: { waitForMarks?: boolean }): Promise<Page>;
  /** The popup, pointed at the tab showing `url`. */
  openPopupFor(url: string): Promise<Page>;
  /** The tab id of the newest tab showing `url`, as the extension knows it. */
  tabIdOf(url: string): Promise<number>;
  /** Every test starts with every topic tracked and nothing paused. */
  resetSettings(): Promise<void>;
  screenshotPath(name: string): string;
  close(): Promise<void>;
  /** Every request any page or worker of the browser made so far (kept after close). */
  requests(): ObservedRequest[];
  /**
   * Fails when any request left 127.0.0.1 and the extension itself, or when an
   * extension context (its pages, its worker, the content script) asked for
   * anything but the extension's own files.
   */
  assertNoForeignRequests(options?: { pagesMayReachElsewhere?: boolean }): void;
}

export interface ObservedRequest {
  url: string;
  /** The document or worker that made it (for a navigation, where it went). */
  context: string;
  /** Script URLs on the initiator's stack, where the browser reports them. */
  initiatedBy: string[];
}

const EXTENSION_SCHEME = /^(chrome-extension|moz-extension):\/\//;
// Not network: inline data, and the browser's own built-in pages and resources
// (headless Chromium opens chrome:// WebUI of its own, such as the omnibox popup).
const INERT_SCHEME = /^(data|blob|about|chrome|chrome-untrusted|devtools):/;
const LOCAL = /^https?:\/\/127\.0\.0\.1(:\d+)?\//;

/**
 * Why `request` breaks the no-network promise, or undefined when it does not.
 * Real-world pages ask for their own images and scripts elsewhere (the browser
 * blocks every host but 127.0.0.1): with `pagesMayReachElsewhere` only the
 * extension's own requests count.
 */
export function foreignReason(request: ObservedRequest, pagesMayReachElsewhere = false): string | undefined {
  const { url, context, initiatedBy } = request;
  if (INERT_SCHEME.test(url)) return undefined;
  const fromExtension = EXTENSION_SCHEME.test(context) || initiatedBy.some((script) => EXTENSION_SCHEME.test(script));
  if (fromExtension && !EXTENSION_SCHEME.test(url)) return `an extension context (${context}) requested ${url}`;
  if (pagesMayReachElsewhere) return undefined;
  if (!LOCAL.test(url) && !EXTENSION_SCHEME.test(url)) return `${context} requested ${url}, outside 127.0.0.1`;
  return undefined;
}

export interface PageSummary {
  url: string;
  counts: Record<string, number>;
  paused: boolean;
}

/**
 * From one of the extension's pages: stores `values` (when given), then asks
 * the content script of each tab showing one of `urls` for its summary. The
 * content script applies the stored settings before it answers, so an answer
 * means that page now shows what the settings say. Tabs that never answer
 * (within a minute) are missing from the result.
 */
export async function summariesOf(
  extensionPage: Page,
  urls: string[],
  values?: Record<string, unknown>,
): Promise<Map<string, PageSummary>> {
  const replies = await extensionPage.evaluate(
    async (targets, stored) => {
      const api = globalThis.browser ?? chrome;
      if (stored) await api.storage.sync.set(stored);
      const found: Record<string, PageSummary> = {};
      // The wire format of @webext-core/messaging.
      const message = { id: 1, type: 'getPageSummary', data: undefined, timestamp: Date.now() };
      // A page answers once its passes are done; a large page dense with
      // mentions may take some seconds (the bench measures how long).
      const started = Date.now();
      while (Date.now() - started < 60_000 && Object.keys(found).length < targets.length) {
        // Every tab at once, each given a few seconds: a tab still working must not hold up the others.
        const tabs = await api.tabs.query({});
        await Promise.all(
          tabs.map(async (tab) => {
            const reply = (await Promise.race([
              api.tabs.sendMessage(tab.id!, message).catch(() => undefined),
              new Promise((resolve) => setTimeout(resolve, 5_000)),
            ])) as { res?: PageSummary } | undefined;
            if (reply?.res && targets.includes(reply.res.url)) found[reply.res.url] = reply.res;
          }),
        );
        // A content script starts at document_idle: it may not listen yet.
        if (Object.keys(found).length < targets.length) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return found;
    },
    urls,
    values,
  );
  return new Map(Object.entries(replies));
}

/**
 * Errors from Briefmark's code in `page`, as they arrive: console errors and
 * uncaught exceptions whose source is the extension (Chromium reports a
 * content script's errors to the page's console, with its script URL).
 */
export function watchExtensionErrors(page: Page): string[] {
  const errors: string[] = [];
  const fromExtension = (text: string) => /(chrome|moz)-extension:\/\/|content-scripts\//.test(text);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The page's own link to another extension's file, refused by the browser.
    if (message.location()?.url === 'chrome-extension://invalid/') return;
    const where = [message.location()?.url ?? '', ...message.stackTrace().map((frame) => frame.url ?? '')].join(' ');
    if (fromExtension(where) || fromExtension(message.text())) errors.push(`console: ${message.text()} (${where.trim()})`);
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (fromExtension(text)) errors.push(`uncaught: ${text}`);
  });
  return errors;
}

/**
 * Records the requests of every page and worker the browser opens. Pages are
 * watched through puppeteer's request events (Chromium: CDP, Firefox: WebDriver
 * BiDi); in Chromium, workers such as the extension's service worker are
 * watched through their own DevTools session.
 */
function recordRequests(browser: Browser, log: ObservedRequest[]): void {
  const watchPage = (page: Page) => {
    page.on('request', (request: HTTPRequest) => {
      const stack = request.initiator()?.stack;
      const frames = stack ? [stack, ...(stack.parent ? [stack.parent] : [])].flatMap((s) => s.callFrames) : [];
      log.push({
        url: request.url(),
        context: request.isNavigationRequest() ? request.url() : (request.frame()?.url() ?? page.url()),
        initiatedBy: frames.map((frame) => frame.url).filter(Boolean),
      });
    });
  };
  const watchWorker = async (target: Target) => {
    let session: CDPSession;
    try {
      session = await target.createCDPSession();
    } catch {
      return; // WebDriver BiDi (Firefox) has no per-worker sessions.
    }
    session.on('Network.requestWillBeSent', (event) => {
      log.push({ url: event.request.url, context: target.url(), initiatedBy: [] });
    });
    await session.send('Network.enable').catch(() => undefined);
  };
  const watch = (target: Target) => {
    const type = target.type();
    if (type === 'page' || type === 'background_page') {
      void target.page().then((page) => page && watchPage(page)).catch(() => undefined);
    } else if (type === 'service_worker' || type === 'shared_worker' || type === 'webview' || type === 'other') {
      void watchWorker(target);
    }
  };
  browser.targets().forEach(watch);
  browser.on('targetcreated', watch);
}

export async function startSession(spec: BrowserSpec, pages: Record<string, string>, options: { headers?: Record<string, string> } = {}): Promise<Session> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const server = await serve(pages, options.headers);
  const extension = await spec.launch();
  const requestLog: ObservedRequest[] = [];
  recordRequests(extension.browser, requestLog);

  async function tabIdOf(url: string): Promise<number> {
    const page = await extension.openExtensionPage('popup.html');
    // Without the "tabs" permission tab URLs are hidden; ask each tab's
    // content script instead, in the wire format of @webext-core/messaging.
    const tabId = await page.evaluate(async (target) => {
      const api = globalThis.browser ?? chrome;
      // Newest first: earlier tests may have left a tab open on the same address.
      for (const tab of (await api.tabs.query({})).reverse()) {
        const message = { id: 1, type: 'getPageSummary', data: undefined, timestamp: Date.now() };
        const reply = await api.tabs.sendMessage(tab.id!, message).catch(() => undefined);
        if ((reply as { res?: { url?: string } } | undefined)?.res?.url === target) return tab.id;
      }
      return undefined;
    }, url);
    await page.close();
    expect(tabId, `a tab showing ${url}`).toBeTypeOf('number');
    return tabId!;
  }

  return {
    ...extension,
    server,
    tabIdOf,
    async openPage(pathname, { waitForMarks = true } = {}) {
      const page = await extension.browser.newPage();
      await page.goto(server.url(pathname));
      if (waitForMarks) await page.waitForSelector('mark.briefmark');
      return page;
    },
    async openPopupFor(url) {
      const tabId = await tabIdOf(url);
      const popup = await extension.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.setViewport({ width: 380, height: 900 });
      // Until the page answers, the popup's panels grow and move: a click
      // then can land on a moving element, or toggle a list about to reset.
      await popup.waitForSelector('main.bm-popup[aria-busy="false"]');
      return popup;
    },
    async resetSettings() {
      const page = await extension.openExtensionPage('popup.html');
      await page.evaluate(() => (globalThis.browser ?? chrome).storage.sync.clear());
      await page.close();
    },
    screenshotPath: (name) => path.join(ARTIFACTS_DIR, `${spec.name.toLowerCase()}-${name}.png`),
    async close() {
      await extension.browser.close();
      await server.close();
    },
    requests: () => [...requestLog],
    assertNoForeignRequests({ pagesMayReachElsewhere = false } = {}) {
      const foreign = requestLog
        .map((request) => foreignReason(request, pagesMayReachElsewhere))
        .filter((reason): reason is string => !!reason);
      const fromExtension = requestLog.filter((request) => EXTENSION_SCHEME.test(request.context)).length;
      console.info(
        `${spec.name}: ${requestLog.length} requests observed (${fromExtension} from extension pages and workers); ${foreign.length} foreign.`,
      );
      expect(foreign, 'requests outside 127.0.0.1 and the extension').toEqual([]);
    },
  };
}
