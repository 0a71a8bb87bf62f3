// @vitest-environment jsdom
/** Waiting for server-rendered apps to hydrate, and the page facts: in jsdom, with real timers. */
import { describe, expect, it } from 'vitest';
import { hasHydrationMarkers, hydrationSettled } from '../../entrypoints/content/engine';
import { readPageFacts } from '../../entrypoints/content/page-facts';

const timers = { setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms), clearTimeout: (id: number | undefined) => window.clearTimeout(id) };
const bounds = { quietMs: 30, maxWaitMs: 300 };

describe('hydration', () => {
  it('knows the common roots and comment markers, and a plain page', () => {
    for (const html of ['<div id="__next"></div>', '<div id="__nuxt"></div>', '<astro-island ssr></astro-island>', '<app-root ng-version="17"></app-root>', '<p><!--$-->x<!--/$--></p>', '<p><!--[-->x<!--]--></p>', '<p>Hello, <!-- -->world</p>']) {
      document.body.innerHTML = html;
      expect(hasHydrationMarkers(document), html).toBe(true);
    }
    document.body.innerHTML = '<p>News <!-- a comment --></p>';
    expect(hasHydrationMarkers(document)).toBe(false);
  });

  it('waits for an island to hydrate and the page to be quiet, within its bound', async () => {
    document.body.innerHTML = '<astro-island ssr><p>Server text</p></astro-island>';
    const started = Date.now();
    setTimeout(() => document.querySelector('astro-island')!.removeAttribute('ssr'), 100);
    await hydrationSettled(document, timers, bounds);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThan(300);
  });

  it('gives up at its bound when the page never settles', async () => {
    document.body.innerHTML = '<astro-island ssr></astro-island>';
    const started = Date.now();
    await hydrationSettled(document, timers, bounds);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
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
    document.body.innerHTML = '<p>Plain</p>';
    const started = Date.now();
    await hydrationSettled(document, timers, bounds);
    expect(Date.now() - started).toBeLessThan(20);
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
