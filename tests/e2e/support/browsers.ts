/**
 * Finding and launching the real browsers with the built extension loaded
 * (see ../shared/notes/browser-testing.md for what was verified here).
 *
 * A reader's machine may lack a browser: those tests then skip with a message.
 * In CI (CI=true) a missing browser fails the run instead, so the end-to-end
 * suite can never pass by not running.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROME_BUILD } from './paths';

const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/** True when the tests may run; logs why not, or throws in CI. */
export function browserAvailable(name: string, executable: string | undefined, buildDir: string): boolean {
  const missing = !executable
    ? `${name} is not installed (on Debian: apt-get install chromium firefox-esr)`
    : !existsSync(buildDir)
      ? `the extension is not built at ${buildDir} (run npm run build:all)`
      : undefined;
  if (!missing) return true;
  if (process.env.CI) throw new Error(`End-to-end tests must run in CI, but ${missing}.`);
  console.warn(`Skipping ${name} end-to-end tests: ${missing}.`);
  return false;
}

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

export interface LaunchedExtension {
  browser: Browser;
  extensionId: string;
  /** The extension's own page, e.g. `popup.html?tab=3`. */
  extensionUrl(pathname: string): string;
}

export async function launchChromium(executablePath: string): Promise<LaunchedExtension> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  const extensionId = await browser.installExtension(CHROME_BUILD);
  return {
    browser,
    extensionId,
    extensionUrl: (pathname) => `chrome-extension://${extensionId}/${pathname}`,
  };
}
