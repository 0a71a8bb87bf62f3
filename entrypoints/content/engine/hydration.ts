/**
 * Server-rendered pages that an app hydrates: marking their markup before
 * the app has taken it over makes the app see text it did not render (React
 * throws #418/#423/#425 and drops the server HTML, Vue reports mismatches).
 * So when a page shows the usual roots, markers or scripts of a hydrating
 * framework, the first pass waits until the page has settled: loaded, no root
 * still waiting to hydrate, no server-streamed part still pending, and no DOM
 * change for QUIET_MS. A page still loading its scripts has not hydrated, so
 * the wait ends at most MAX_WAIT_MS after the page has loaded and never later
 * than MAX_LOADING_MS from its start. A page without such markers waits for
 * nothing, nor does a page whose scripts are off.
 */
import type { Timers } from './scheduling';

/** A page's hydration script may arrive a while after its HTML, and hydrating changes no DOM: a second of quiet. */
const QUIET_MS = 1_000;
const MAX_WAIT_MS = 3_000;
const MAX_LOADING_MS = 8_000;

export interface HydrationBounds {
  quietMs: number;
  /** The longest wait once the page has loaded. */
  maxWaitMs: number;
  /** The longest wait in all, for a page that is slow to load. */
  maxLoadingMs: number;
}

/** Roots and attributes that server-rendering frameworks leave in their HTML. */
const HYDRATION_ROOTS = [
  '#__next', // Next.js (pages router)
  'script[src*="/_next/static/"]', // Next.js (the app router has no root of its own)
  '#___gatsby', // Gatsby
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
  '[data-hk]', // SolidJS hydration keys
].join(', ');

/**
 * Roots that say, by an attribute, that they have not hydrated yet. Astro
 * islands that hydrate only once the reader scrolls to them or a media query
 * matches would hold the wait to its bound for nothing.
 */
const NOT_YET_HYDRATED = [
  'astro-island[ssr]:not([client="visible"]):not([client="media"])',
  '[data-server-rendered]',
  '#__nuxt:not([data-v-app])',
].join(', ');

/**
 * Comment markers of server-rendered markup: React's text separator `<!-- -->` and Suspense `<!--$-->`,
 * `<!--$?-->`; Svelte 5 and Vue fragments `<!--[-->`.
 */
const COMMENT_MARKERS = new Set([' ', '$', '$?', '$!', '[', '[!', '/$', ']']);

/** Whether some comment under `doc`'s body satisfies `test`. */
function someComment(doc: Document, test: (data: string) => boolean): boolean {
  // SHOW_COMMENT: the walk over the other nodes stays native.
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  for (let comment = comments.nextNode(); comment; comment = comments.nextNode()) {
    if (test((comment as Comment).data)) return true;
  }
  return false;
}

/** Whether `doc` looks server-rendered by a framework that will hydrate it. */
export function hasHydrationMarkers(doc: Document): boolean {
  return doc.querySelector(HYDRATION_ROOTS) !== null || someComment(doc, (data) => COMMENT_MARKERS.has(data));
}

/**
 * Whether the page was parsed with its scripts off (the reader blocked them):
 * only then does the parser read a <noscript>'s content as elements. No app
 * hydrates such a page.
 */
const scriptsAreOff = (doc: Document) => doc.querySelector('noscript > *') !== null;

/**
 * Whether some root still says it waits to hydrate, or a React Suspense
 * boundary is still streaming (`<!--$?-->`: React fills and hydrates it later).
 */
const waitsToHydrate = (doc: Document) => doc.querySelector(NOT_YET_HYDRATED) !== null || someComment(doc, (data) => data === '$?');

/**
 * Resolves when a hydrating page has settled (at once on any other page): at
 * most `maxWaitMs` after the page has loaded, and `maxLoadingMs` from now.
 */
export function hydrationSettled(doc: Document, timers: Timers, bounds: HydrationBounds = { quietMs: QUIET_MS, maxWaitMs: MAX_WAIT_MS, maxLoadingMs: MAX_LOADING_MS }): Promise<void> {
  if (!doc.body || scriptsAreOff(doc) || !hasHydrationMarkers(doc)) return Promise.resolve();
  const view = doc.defaultView!;
  const giveUpAt = view.performance.now() + bounds.maxLoadingMs;
  return new Promise((resolve) => {
    let quiet: number | undefined;
    let bound: number | undefined;
    const done = () => {
      observer.disconnect();
      timers.clearTimeout(quiet);
      timers.clearTimeout(bound);
      view.removeEventListener('load', loaded);
      resolve();
    };
    const check = () => {
      timers.clearTimeout(quiet);
      quiet = timers.setTimeout(() => {
        if (doc.readyState === 'complete' && !waitsToHydrate(doc)) done();
      }, bounds.quietMs);
    };
    const giveUpIn = (ms: number) => {
      timers.clearTimeout(bound);
      bound = timers.setTimeout(done, Math.max(0, Math.min(ms, giveUpAt - view.performance.now())));
    };
    const loaded = () => {
      giveUpIn(bounds.maxWaitMs);
      check();
    };
    const observer = new view.MutationObserver(check);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    if (doc.readyState === 'complete') loaded();
    else {
      view.addEventListener('load', loaded);
      giveUpIn(bounds.maxLoadingMs);
      check();
    }
  });
}
