/**
 * How much is highlighted, chosen on the options page as a reader would:
 * navigation is left alone by default; headings can be too; "first mention
 * only" leaves later mentions looking like the page's own text. Both browsers.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browsers';
import { page as htmlPage } from './support/pages';
import { startSession, type Session } from './support/session';

/** Sentences of our own: BRICS in the menu, a heading and three paragraphs; Oreshnik once. */
const BUSY_HTML = htmlPage(
  'Briefs',
  `<nav id="menu"><a href="#brics">BRICS</a> · <a href="#world">World</a></nav>
<article>
<h2 id="heading">BRICS leaders meet again</h2>
<p id="first">Finance ministers of the BRICS group compared notes on payments.</p>
<p id="second">Critics say BRICS still lacks a common currency.</p>
<p id="third">The Oreshnik launch overshadowed the BRICS agenda.</p>
</article>`,
);

/** Each mark as a reader sees it: where it is, its text, and whether it looks highlighted. */
const seen = (page: Page) =>
  page.$$eval('mark.briefmark', (marks) =>
    marks.map((mark) => {
      const style = getComputedStyle(mark);
      const tinted = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
      return `${mark.closest('[id]')?.id}:${mark.textContent}:${tinted ? 'highlighted' : 'plain'}`;
    }),
  );

describe.each(e2eBrowsers())('How much is highlighted in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;

  beforeAll(async () => {
    session = await startSession(spec, { '/briefs': BUSY_HTML });
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });
  beforeEach(() => session.resetSettings());

  it('leaves navigation alone by default, and headings and later mentions once the reader chooses so', async () => {
    const page = await session.openPage('/briefs');
    expect(await seen(page)).toEqual([
      'heading:BRICS:highlighted',
      'first:BRICS:highlighted',
      'second:BRICS:highlighted',
      'third:Oreshnik:highlighted',
      'third:BRICS:highlighted',
    ]);

    const options = await session.openExtensionPage('options.html#topics');
    await options.waitForSelector('.bm-density input[data-region="headings"]', { visible: true });
    expect(await options.$eval('.bm-density input[data-region="navigation"]', (box) => (box as HTMLInputElement).checked)).toBe(true);
    await options.click('.bm-density input[data-region="headings"]');
    await options.click('.bm-density input[data-density="first"]');
    await options.screenshot({ path: session.screenshotPath('options-density') });

    await page.bringToFront();
    await page.waitForFunction(() => !document.querySelector('#heading mark'));
    await page.waitForFunction(() => document.querySelectorAll('mark.briefmark[data-quiet]').length === 2);
    expect(await seen(page)).toEqual([
      'first:BRICS:highlighted',
      'second:BRICS:plain',
      'third:Oreshnik:highlighted',
      'third:BRICS:plain',
    ]);
    // The page's words are untouched, and hovering a plain mention opens no card.
    expect(await page.$eval('#second', (p) => p.textContent)).toBe('Critics say BRICS still lacks a common currency.');
    await page.hover('#second mark');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.evaluate(() => !!document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'))).toBe(false);

    // Back to every mention: all highlighted again.
    await options.bringToFront();
    await options.click('.bm-density input[data-density="every"]');
    await page.bringToFront();
    await page.waitForFunction(() => document.querySelectorAll('mark.briefmark').length === 4 && !document.querySelector('mark.briefmark[data-quiet]'));
    await options.close();
    await page.close();
  });
});
