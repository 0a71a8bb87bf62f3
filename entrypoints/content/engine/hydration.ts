/**
 * Server-rendered pages that an app hydrates: marking their markup before
 * the app has taken it over makes the app see text it did not render (React
 * throws #418/#423/#425 and drops the server HTML, Vue reports mismatches).
 * So when a page shows the usual roots or markers of a hydrating framework,
 * the first pass waits until the page has settled: loaded, no root still
 * waiting to hydrate, and no DOM change for QUIET_MS; never longer than
 * MAX_WAIT_MS. A page without such markers waits for nothing, nor does a page
 * whose scripts are off.
 */
import type { Timers } from './scheduling';

/** A page's hydration script may arrive a while after its HTML, and hydrating changes no DOM: a second of quiet. */
const QUIET_MS = 1_000;
const MAX_WAIT_MS = 3_000;

/** Roots and attributes that server-rendering frameworks leave in their HTML. */
const HYDRATION_ROOTS = [
  '#__next', // Next.js
  '[data-reactroot]', // React before 18
  '#__nuxt', // Nuxt
  '[data-server-rendered]', // Vue 2 SSR (removed once hydrated)
  '[data-v-app]', // Vue 3 (set on mount)
  '[data-sveltekit-hydrate]',
  '[data-sveltekit-preload-data]',
  '[data-sveltekit-preload-code]',
  'astro-island', // Astro islands
  '[ng-version]', // Angular
  '[ngh]', // Angular hydration
].join(', ');

/** Roots that say, by an attribute, that they have not hydrated yet. */
const NOT_YET_HYDRATED = ['astro-island[ssr]', '[data-server-rendered]', '#__nuxt:not([data-v-app])'].join(', ');

/**
 * Comment markers of server-rendered markup: React's text separator `<!-- -->` and Suspense `<!--$-->`,
 * `<!--$?-->`; Svelte 5 and Vue fragments `<!--[-->`.
 */
const COMMENT_MARKERS = new Set([' ', '$', '$?', '$!', '[', '[!', '/$', ']']);

/** Whether `doc` looks server-rendered by a framework that will hydrate it. */
export function hasHydrationMarkers(doc: Document): boolean {
  if (doc.querySelector(HYDRATION_ROOTS)) return true;
  // SHOW_COMMENT: the walk over the other nodes stays native.
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  for (let comment = comments.nextNode(); comment; comment = comments.nextNode()) {
    if (COMMENT_MARKERS.has((comment as Comment).data)) return true;
  }
  return false;
}

/**
 * Whether the page was parsed with its scripts off (the reader blocked them):
 * only then does the parser read a <noscript>'s content as elements. No app
 * hydrates such a page.
 */
const scriptsAreOff = (doc: Document) => doc.querySelector('noscript > *') !== null;

/** Whether some root still says it waits to hydrate. */
const waitsToHydrate = (doc: Document) => doc.querySelector(NOT_YET_HYDRATED) !== null;

/** Resolves when a hydrating page has settled (at once on any other page), at most MAX_WAIT_MS from now. */
export function hydrationSettled(doc: Document, timers: Timers, bounds = { quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS }): Promise<void> {
  if (!doc.body || scriptsAreOff(doc) || !hasHydrationMarkers(doc)) return Promise.resolve();
  const view = doc.defaultView!;
  return new Promise((resolve) => {
    let quiet: number | undefined;
    const done = () => {
      observer.disconnect();
      timers.clearTimeout(quiet);
      timers.clearTimeout(bound);
      view.removeEventListener('load', check);
      resolve();
    };
    const check = () => {
      timers.clearTimeout(quiet);
      quiet = timers.setTimeout(() => {
        if (doc.readyState === 'complete' && !waitsToHydrate(doc)) done();
      }, bounds.quietMs);
    };
    const observer = new view.MutationObserver(check);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    view.addEventListener('load', check);
    const bound = timers.setTimeout(done, bounds.maxWaitMs);
    check();
  });
}
