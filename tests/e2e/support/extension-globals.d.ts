// Code evaluated in extension pages by the tests calls the extension API:
// `browser` (Firefox, promise-based) or `chrome` (Chromium). Typed with WXT's
// browser types.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
  // eslint-disable-next-line no-var
  var browser: typeof Browser | undefined;
}
