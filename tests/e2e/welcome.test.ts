/**
 * The first-run page: opened once on install, in the reader's language, and
 * the screenshots for the store listings (docs/store/, 1280×800, the size both
 * stores take).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, browserAvailable } from './support/browsers';
import { articleHtml } from './support/pages';
import { REPO_ROOT } from './support/paths';
import { startSession, type Session } from './support/session';

const STORE_SIZE = { width: 1280, height: 800 };
const storeShot = (name: string) => path.join(REPO_ROOT, 'docs', 'store', `${name}.png`);

describe.runIf(browserAvailable(chromium))('The first-run page in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession(chromium, { '/article': articleHtml() });
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });

  it('opens on install and says what Briefmark does, how to use it and how to pin it', async () => {
    expect(session.openedOnInstall).toMatch(/^chrome-extension:\/\/\w+\/welcome\.html$/);
    const page = await session.openExtensionPage('welcome.html');
    await page.setViewport(STORE_SIZE);
    const heading = await page.waitForSelector('h1');
    expect(await heading!.evaluate((el) => el.textContent)).toBe('Welcome to Briefmark');
    const text = await page.$eval('main', (el) => (el as HTMLElement).innerText);
    expect(text).toMatch(/Alt\s*\+\s*Shift\s*\+\s*N/);
    expect(text).toMatch(/Alt\s*\+\s*Shift\s*\+\s*P/);
    expect(text).toContain('Russia–U.S. relations');
    expect(text).toMatch(/Chrome: .*pin/);
    expect(text).toMatch(/Firefox: .*Pin to Toolbar/);
    expect(text).toMatch(/need a reload/);
    await page.screenshot({ path: storeShot('welcome') });

    // "Open the settings" opens the options page.
    const options = new Promise<string>((resolve) =>
      session.browser.once('targetcreated', (target: { url(): string }) => resolve(target.url())),
    );
    await page.click('main button');
    expect(await options).toMatch(/\/options\.html$/);
    await page.close();
  });

  it('takes the store screenshots: the card on a page, and the popup', async () => {
    const page = await session.openPage('/article');
    await page.setViewport(STORE_SIZE);
    await page.evaluate(() => document.querySelector('mark[data-topic="bella-1"]')!.scrollIntoView({ block: 'center' }));
    await page.hover('mark[data-topic="bella-1"]');
    await page.waitForSelector('briefmark-card >>> .bm-card[data-topic="bella-1"]', { visible: true });
    await page.screenshot({ path: storeShot('card') });

    // The popup beside the page it summarises, as a reader sees both: one
    // 1280×800 picture made of the two screenshots.
    await page.setViewport({ width: STORE_SIZE.width - 380, height: STORE_SIZE.height });
    await page.evaluate(() => document.querySelector('mark[data-topic="bella-1"]')!.scrollIntoView({ block: 'center' }));
    const pageShot = await page.screenshot({ encoding: 'base64' });
    const popup = await session.openPopupFor(session.server.url('/article'));
    await popup.setViewport({ width: 380, height: STORE_SIZE.height });
    await popup.waitForSelector('.bm-mention');
    const popupShot = await popup.screenshot({ encoding: 'base64' });
    const both = await session.browser.newPage();
    await both.setViewport(STORE_SIZE);
    await both.setContent(
      `<body style="margin:0;display:flex;background:#888"><img src="data:image/png;base64,${pageShot}">` +
        `<img style="box-shadow:-2px 0 8px #0006" src="data:image/png;base64,${popupShot}"></body>`,
    );
    await both.screenshot({ path: storeShot('popup') });
    await both.close();
    await popup.close();
    await page.close();
  });
});
