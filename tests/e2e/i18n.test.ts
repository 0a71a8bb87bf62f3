/**
 * The UI in the reader's language, in both browsers: the reader picks a
 * language in the options page as a person would, and the options page, the
 * popup and the card then read in it, with the briefing's own text left in
 * English and said to be so. Screenshots go to tests/artifacts/ to check that
 * long words (German, Russian) fit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES, MESSAGES } from '../../data/i18n';
import { e2eBrowsers } from './support/browsers';
import { page as htmlPage } from './support/pages';
import { startSession, type Session } from './support/session';

/** Sentences of our own with two topics of the built-in briefing. */
const MENTIONS_HTML = htmlPage(
  'Weekly notes',
  `<article><p>Finance ministers of the BRICS group compared notes on payments this week.</p>
<p>Commentators kept returning to the Oreshnik missile and what its deployment signals.</p></article>`,
);

/**
 * What a person sees of an element: its rendered text, in lower case (the
 * styles set some headings in capitals).
 */
const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim().toLowerCase());

/** Whether anything in the page is wider than its box (text cut off or spilling out). */
const overflowing = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.flatMap((element) =>
      [element, ...element.querySelectorAll('*')]
        // Shown boxes only: a closed <details>' content and inline text have no width of their own.
        .filter(
          (node) =>
            node instanceof HTMLElement &&
            node.checkVisibility() &&
            // Wider than a pixel: text clipped for screen readers only is not seen.
            node.clientWidth > 1 &&
            node.scrollWidth > node.clientWidth + 1 &&
            getComputedStyle(node).overflowX !== 'auto' &&
            // An ellipsis is a deliberate cut: the full text is its title, and shown when the row opens.
            !(getComputedStyle(node).textOverflow === 'ellipsis' && (node as HTMLElement).title === (node as HTMLElement).innerText),
        )
        .map((node) => `${node.tagName.toLowerCase()}.${(node as HTMLElement).className}: ${(node as HTMLElement).innerText.slice(0, 40)}`),
    ),
  );

describe.each(e2eBrowsers())('UI language in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;
  const url = () => session.server.url('/notes');

  beforeAll(async () => {
    session = await startSession(spec, { '/notes': MENTIONS_HTML });
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });
  // Clearing sync storage takes the language back to "Browser default".
  beforeEach(() => session.resetSettings());

  async function chooseLanguage(language: string, heading: string): Promise<Page> {
    const options = await session.openExtensionPage('options.html');
    await options.setViewport({ width: 1000, height: 900 });
    await options.waitForSelector('select[name="language"]');
    await options.select('select[name="language"]', language);
    // Applied live: the page redraws in the new language without a reload.
    await options.waitForFunction((text) => document.querySelector('h1')?.textContent === text, {}, heading);
    return options;
  }

  it('ships the manifest’s name and description in five locales', () => {
    const manifest = JSON.parse(readFileSync(path.join(spec.buildDir, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('__MSG_manifest_name__');
    expect(manifest.description).toBe('__MSG_manifest_summary__');
    expect(manifest.default_locale).toBe('en');
    for (const language of Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[]) {
      const messages = JSON.parse(readFileSync(path.join(spec.buildDir, '_locales', language, 'messages.json'), 'utf8'));
      const own = MESSAGES[language].manifest as Record<string, string>;
      expect(messages.manifest_summary.message, language).toBe(own.summary);
      expect(messages.manifest_nextMention.message, language).toBe(own.nextMention);
    }
  });

  it('reads in English by default', async () => {
    const page = await session.openPage('/notes');
    const popup = await session.openPopupFor(url());
    await popup.waitForSelector('.bm-mention');
    expect(await textOf(popup, 'main')).toContain('on this page');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    // The pack is English, like the UI: nothing to point out.
    expect(await popup.$('.bm-pack-language')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('reads the options page and the popup in Russian once the reader picks Русский', async () => {
    const page = await session.openPage('/notes');
    const options = await chooseLanguage('ru', 'Настройки Briefmark');
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['ru', 'Настройки Briefmark']);
    const optionsText = await textOf(options, 'main');
    expect(optionsText).toContain('импорт набора');
    expect(optionsText).toMatch(/12 тем · данные на \d+ [а-я]+\.? 20\d\d/);
    // The browser's default is named in the chosen language; each language in its own.
    expect(await options.$$eval('select[name="language"] option', (list) => list.map((option) => option.textContent))).toEqual([
      'Как в браузере (английский)',
      'English',
      'Русский',
      'Українська',
      'Deutsch',
      'Français',
    ]);
    await options.screenshot({ path: session.screenshotPath('i18n-options-ru') });

    // A broken pack: said in Russian, where and what to do.
    const area = await options.waitForSelector('[data-import="pack-import"] textarea');
    await area!.evaluate((element) => {
      const textarea = element as HTMLTextAreaElement;
      textarea.value = '{"schemaVersion": 1,';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.click('[data-import="pack-import"] button');
    await options.waitForSelector('[data-import="pack-import"] .bm-errors li');
    expect(await textOf(options, '[data-import="pack-import"] .bm-errors-lead')).toBe('в файле 1 ошибка:');
    expect(await textOf(options, '[data-import="pack-import"] .bm-errors li')).toMatch(/^файл: не является json\. проверьте/);

    const popup = await session.openPopupFor(url());
    await popup.waitForSelector('.bm-mention');
    const text = await textOf(popup, 'main');
    expect(text).toContain('на этой странице');
    expect(text).toContain('пауза везде');
    expect(await textOf(popup, '.bm-mention .bm-count')).toMatch(/^\d+$/);
    expect(await textOf(popup, '.bm-page-total')).toMatch(/^\d+ упоминани(е|я|й) · 2 темы · 127\.0\.0\.1$/);
    await popup.click('.bm-mention .bm-row-button');
    expect(await textOf(popup, '.bm-mention .bm-reveal')).toBe('показать первое упоминание');
    expect(await textOf(popup, '.bm-mention .bm-section-title')).toBe('последние факты');
    // The briefing itself stays English, and the popup says so.
    expect(await textOf(popup, '.bm-pack-language')).toBe('язык брифинга: английский');
    for (const english of ['on this page', 'tracked topics', 'pause everywhere', 'show first mention', 'briefing', 'newest facts', 'old']) {
      expect(text, english).not.toMatch(new RegExp(`\\b${english}\\b`));
    }
    expect(await overflowing(popup, 'main')).toEqual([]);
    await popup.screenshot({ path: session.screenshotPath('i18n-popup-ru') });
    await popup.close();
    await options.close();
    await page.close();
  });

  it('shows the card in German, the briefing’s text in English, and back in English on “Browser default”', async () => {
    const options = await chooseLanguage('de', 'Briefmark-Einstellungen');
    const page = await session.openPage('/notes');
    await page.bringToFront();
    await page.hover('mark[data-topic="brics"]');
    const card = await page.waitForSelector('briefmark-card >>> .bm-card[data-topic="brics"]', { visible: true });
    const text = await card!.evaluate((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').toLowerCase());
    expect(text).toContain('neueste fakten');
    expect(text).toContain('briefing auf englisch');
    expect(text).toContain('bündnisse');
    expect(text).toContain('briefing geprüft am');
    expect(text).toMatch(/vor \d+ monaten/);
    expect(text).toContain('thema ausblenden');
    // Dates as German writes them: "13. Feb. 2026", "6.–7. Juli 2025".
    expect(text).toMatch(/ \d+\. [a-zäöü]+\.? 20\d\d/);
    expect(text).not.toContain('briefing checked');
    // The briefing's words are marked as English, for screen readers and hyphenation.
    expect(await card!.evaluate((element) => element.querySelector('.bm-summary')?.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    expect(await card!.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    await page.screenshot({ path: session.screenshotPath('i18n-card-de') });

    // Back to the browser's language (English here): the open card follows at once.
    await options.bringToFront();
    await options.select('select[name="language"]', 'auto');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'Briefmark settings');
    await page.bringToFront();
    await page.waitForFunction(() =>
      document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card')?.textContent?.includes('Briefing checked'),
    );
    expect(await page.$('briefmark-card >>> .bm-pack-language')).toBeNull();
    await options.close();
    await page.close();
  });
});
