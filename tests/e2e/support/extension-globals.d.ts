// Code evaluated in extension pages by the tests calls the `chrome` namespace
// (Chromium's, also present in Firefox). Typed with WXT's browser types.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
