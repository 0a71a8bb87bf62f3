/**
 * Finding and launching the real browsers with the built extension loaded
 * (see ../shared/notes/browser-testing.md for what was verified here).
 *
 * A reader's machine may lack a browser: those tests then skip with a message.
 * In CI (CI=true) a missing browser fails the run instead, so the end-to-end
 * suite can never pass by not running.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_BUILD, FIREFOX_BUILD } from './paths';

export interface LaunchedExtension {
  browser: Browser;
  /** Opens one of the extension's own pages, e.g. `popup.html?tab=3`, in a new tab. */
  openExtensionPage(pathname: string): Promise<Page>;
  /** The address of the page the extension opened on install (closed again, so tests start without it). */
  openedOnInstall: string;
}

/**
 * Waits for the first-run page the extension opens on install, and closes it:
 * otherwise it comes to the front over the page a test has just opened.
 * Firefox tells WebDriver an extension page's address as about:blank, so the
 * page itself is asked.
 */
async function closeFirstRunPage(browser: Browser): Promise<string> {
  const addressOf = (page: Page) =>
    page.url().endsWith('/welcome.html') ? page.url() : page.evaluate(() => location.href).catch(() => page.url());
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const address = await addressOf(page);
      if (address.endsWith('/welcome.html')) {
        await page.close();
        return address;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The extension opened no first-run page on install');
}

export interface BrowserSpec {
  name: 'Chromium' | 'Firefox';
  executable: string | undefined;
  buildDir: string;
  launch(): Promise<LaunchedExtension>;
}

const firstExisting = (candidates: (string | undefined)[]) =>
  candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));

// As root on a closed network: no sandbox, and none of Chromium's own traffic.
// Every host but 127.0.0.1 resolves to nothing, so no test reaches outside.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--window-size=1280,900',
];

const VIEWPORT = { width: 1280, height: 900 };

export const chromium: BrowserSpec = {
  name: 'Chromium',
  executable: firstExisting([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']),
  buildDir: CHROME_BUILD,
  async launch() {
    const browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: this.executable,
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: CHROMIUM_ARGS,
      defaultViewport: VIEWPORT,
    });
    const id = await browser.installExtension(CHROME_BUILD);
    const openedOnInstall = await closeFirstRunPage(browser);
    return {
      browser,
      openedOnInstall,
      async openExtensionPage(pathname) {
        const page = await browser.newPage();
        await page.goto(`chrome-extension://${id}/${pathname}`);
        return page;
      },
    };
  },
};

// Firefox picks a random internal UUID per profile; the gecko id from the
// manifest lets us pin it, so extension pages have a known address.
const GECKO_ID = 'briefmark@briefmark.invalid';
const FIREFOX_UUID = '6f1b4c2e-0b7a-4c4f-9d3e-b21e0f6a9c11';

export const firefox: BrowserSpec = {
  name: 'Firefox',
  executable: firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  buildDir: FIREFOX_BUILD,
  async launch() {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: this.executable,
      headless: true,
      // Firefox 153 lets WebDriver open extension pages only with this flag.
      args: ['--remote-allow-system-access', `--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
      defaultViewport: VIEWPORT,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Only 127.0.0.1 is reachable: everything else goes to a dead proxy.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': '127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
      },
    });
    await browser.installExtension(FIREFOX_BUILD);
    const openedOnInstall = await closeFirstRunPage(browser);
    return {
      browser,
      openedOnInstall,
      async openExtensionPage(pathname) {
        const page = await browser.newPage();
        // Firefox never reports an extension page as loaded to WebDriver
        // BiDi, so the navigation is not awaited; its document is.
        await page.goto(`moz-extension://${FIREFOX_UUID}/${pathname}`, { timeout: 1500 }).catch(() => undefined);
        await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
        return page;
      },
    };
  },
};

/** True when the tests may run; logs why not, or throws in CI. */
export function browserAvailable(spec: BrowserSpec): boolean {
  const missing = !spec.executable
    ? `${spec.name} is not installed (on Debian: apt-get install chromium firefox-esr)`
    : !existsSync(spec.buildDir)
      ? `the extension is not built at ${spec.buildDir} (run npm run build:all)`
      : undefined;
  if (!missing) return true;
  if (process.env.CI) throw new Error(`End-to-end tests must run in CI, but ${missing}.`);
  console.warn(`Skipping ${spec.name} end-to-end tests: ${missing}.`);
  return false;
}

/** Both browsers, each with whether its end-to-end tests can run here. */
export function e2eBrowsers(): { spec: BrowserSpec; ready: boolean }[] {
  return [chromium, firefox].map((spec) => ({ spec, ready: browserAvailable(spec) }));
}
