/**
 * One browser with the built extension, and a 127.0.0.1 server with the
 * test pages: what every end-to-end test starts from.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
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
  /** The tab id of the tab showing `url`, as the extension knows it. */
  tabIdOf(url: string): Promise<number>;
  /** Every test starts with every topic tracked and nothing paused. */
  resetSettings(): Promise<void>;
  screenshotPath(name: string): string;
  close(): Promise<void>;
}

export async function startSession(spec: BrowserSpec, pages: Record<string, string>): Promise<Session> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const server = await serve(pages);
  const extension = await spec.launch();

  async function tabIdOf(url: string): Promise<number> {
    const page = await extension.openExtensionPage('popup.html');
    // Without the "tabs" permission tab URLs are hidden; ask each tab's
    // content script instead, in the wire format of @webext-core/messaging.
    const tabId = await page.evaluate(async (target) => {
      const api = globalThis.browser ?? chrome;
      for (const tab of await api.tabs.query({})) {
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
  };
}
