// @vitest-environment jsdom
/** Waiting for server-rendered apps to hydrate, and the page facts: in jsdom, with real timers. */
import { describe, expect, it, vi } from 'vitest';
import { hasHydrationMarkers, hydrationSettled } from '../../entrypoints/content/engine';
import { readPageFacts } from '../../entrypoints/content/page-facts';

const timers = { setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms), clearTimeout: (id: number | undefined) => window.clearTimeout(id) };
const bounds = { quietMs: 30, maxWaitMs: 300, maxLoadingMs: 600 };

/** How long the wait on the page `html` lasts, with `change` made to it after 100 ms (when given). */
async function waitOn(html: string, change?: () => void): Promise<number> {
  document.body.innerHTML = html;
  const started = Date.now();
  if (change) setTimeout(change, 100);
  await hydrationSettled(document, timers, bounds);
  return Date.now() - started;
}

/** How long the wait on `html` lasts while the document says it is still loading, until `loadsAfterMs` (when given). */
async function waitWhileLoading(html: string, loadsAfterMs?: number): Promise<number> {
  const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  if (loadsAfterMs !== undefined) {
    setTimeout(() => {
      readyState.mockReturnValue('complete');
      window.dispatchEvent(new Event('load'));
    }, loadsAfterMs);
  }
  try {
    return await waitOn(html);
  } finally {
    readyState.mockRestore();
  }
}

describe('hydration', () => {
  it('knows the common roots and comment markers, and a plain page', () => {
    for (const html of ['<div id="__next"></div>', '<div id="__nuxt"></div>', '<astro-island ssr></astro-island>', '<app-root ng-version="17"></app-root>', '<div id="___gatsby"></div>', '<div data-hk="0-0"></div>', '<script src="/_next/static/chunks/main.js"></script>', '<p><!--$-->x<!--/$--></p>', '<p><!--[-->x<!--]--></p>', '<p>Hello, <!-- -->world</p>']) {
      document.body.innerHTML = html;
      expect(hasHydrationMarkers(document), html).toBe(true);
    }
    document.body.innerHTML = '<p>News <!-- a comment --></p>';
    expect(hasHydrationMarkers(document)).toBe(false);
  });

  it('waits for an island to hydrate and the page to be quiet, within its bound', async () => {
    const waited = await waitOn('<astro-island ssr><p>Server text</p></astro-island>', () => document.querySelector('astro-island')!.removeAttribute('ssr'));
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThan(300);
  });

  it('waits for a streamed React boundary to be filled', async () => {
    const waited = await waitOn('<div><!--$?--><template id="B:0"></template><p>Loading</p><!--/$--></div>', () => {
      document.body.innerHTML = '<div><!--$--><p>Streamed text</p><!--/$--></div>';
    });
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThan(300);
  });

  it('does not wait for an Astro island that hydrates only when the reader scrolls to it', async () => {
    expect(await waitOn('<astro-island ssr client="visible"><p>Server text</p></astro-island>')).toBeLessThan(200);
  });

  it('waits for a page still loading its scripts, then settles after its load', async () => {
    const waited = await waitWhileLoading('<div id="__next"><p>Server text</p></div>', 400);
    // Past maxWaitMs from the start: the bound counts from the load.
    expect(waited).toBeGreaterThanOrEqual(400 + bounds.quietMs);
    expect(waited).toBeLessThan(bounds.maxLoadingMs);
  });

  it('gives up at its longest wait when a page never loads', async () => {
    const waited = await waitWhileLoading('<div id="__next"><p>Server text</p></div>');
    expect(waited).toBeGreaterThanOrEqual(bounds.maxLoadingMs - 10);
    expect(waited).toBeLessThan(bounds.maxLoadingMs + 200);
  });

  it('gives up at its bound when the page never settles', async () => {
    expect(await waitOn('<astro-island ssr></astro-island>')).toBeGreaterThanOrEqual(290);
  });

  it('waits for nothing on a page whose scripts are off (its <noscript> parsed as markup)', async () => {
    document.body.innerHTML = '<div id="__next"><p>Server text</p></div>';
    const noscript = document.body.appendChild(document.createElement('noscript'));
    noscript.appendChild(document.createElement('img'));
    const started = Date.now();
    await hydrationSettled(document, timers, bounds);
    expect(Date.now() - started).toBeLessThan(20);
    noscript.remove();
    expect(hasHydrationMarkers(document)).toBe(true);
  });

  it('waits for nothing on a plain page', async () => {
    expect(await waitOn('<p>Plain</p>')).toBeLessThan(20);
  });
});

describe('page facts', () => {
  it('gathers the strings a publication day is stated in, and the address', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2026-02-03T10:00:00Z"><meta itemprop="datePublished" content="2026-02-03">';
    document.body.innerHTML = `<script type="application/ld+json">{"datePublished":"2026-02-03"}</script>
      <article><time datetime="2026-02-03">3 Feb</time></article><aside><time datetime="2020-01-01">old</time></aside>`;
    const { facts, dateSources } = readPageFacts(document);
    expect(facts).toEqual({ url: location.href });
    expect(dateSources).toEqual({
      jsonLd: ['{"datePublished":"2026-02-03"}'],
      meta: ['2026-02-03T10:00:00Z', '2026-02-03'],
      times: ['2026-02-03'],
      url: location.href,
    });
  });
});
