/**
 * Briefmark end to end in real Chromium and Firefox: the built extension, a
 * page served from 127.0.0.1, a pointer that hovers, and the popup a reader
 * opens. The same suite runs in both browsers.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMatchingModel } from '../../data/matching';
import { defaultPack } from '../../data/packs';
import { e2eBrowsers } from './support/browsers';
import { markCounts, structureOf } from './support/dom';
import { articleHtml, splitMentionsHtml, unrelatedHtml } from './support/pages';
import { startSession, type Session } from './support/session';
import { colourScheme, lowContrast } from './support/contrast';
import { isStale } from '../../data/dates';
import type { Page } from 'puppeteer-core';

const BROWSERS = e2eBrowsers();

const ALL_TOPICS = defaultPack.topics.map((topic) => topic.id);
const summaryOf = (id: string) => defaultPack.topics.find((topic) => topic.id === id)!.summary;

describe.each(BROWSERS)('Briefmark in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;
  let article: string;
  const screenshot = (name: string) => session.screenshotPath(name);
  const openArticle = () => session.openPage('/article');
  const openPopupFor = (url: string) => session.openPopupFor(url);

  beforeAll(async () => {
    article = articleHtml();
    session = await startSession(spec, { '/article': article, '/unrelated': unrelatedHtml(), '/split': splitMentionsHtml() });
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });
  beforeEach(() => session.resetSettings());

  it('highlights every topic of the article, with the right data-topic', async () => {
    const page = await openArticle();
    const counts = await page.evaluate(markCounts);
    expect(Object.keys(counts).sort()).toEqual([...ALL_TOPICS].sort());

    // The page's marks are exactly what the matching model finds in the article, block by block.
    const blocks = await page.$$eval('#article :is(h1, h2, h3, p, li, figcaption, blockquote)', (elements) =>
      elements.map((element) => (element as HTMLElement).innerText),
    );
    const model = createMatchingModel(defaultPack);
    const expected: Record<string, number> = {};
    for (const text of blocks) {
      for (const mention of model.mentionsIn({ text, lang: 'en' }, {})) expected[mention.topicId] = (expected[mention.topicId] ?? 0) + 1;
    }
    expect(counts).toEqual(expected);

    // The article's phrasing is understood, ambiguous names by their context.
    const marked = await page.$$eval('mark.briefmark', (marks) => marks.map((m) => [m.getAttribute('data-topic'), m.textContent]));
    expect(marked).toContainEqual(['naval-drills-south-africa', expect.stringMatching(/South African/)]);
    expect(marked).toContainEqual(['alaska-summit', 'Alaska']);
    expect(marked).toContainEqual(['istanbul-talks', 'Istanbul']);
    expect(marked).toContainEqual(['bella-1', 'Bella 1']);
    await page.screenshot({ path: screenshot('highlighted-page') });
    await page.close();
  });

  it('leaves form fields, editors and code alone', async () => {
    const page = await openArticle();
    const inside = await page.$$eval('#keep-out textarea, #keep-out input, #editor, #inline-code, #code-block', (regions) =>
      regions.map((region) => region.querySelectorAll('mark').length),
    );
    expect(inside).toEqual([0, 0, 0, 0, 0]);
    expect(await page.$eval('#comment', (el) => (el as HTMLTextAreaElement).value)).toContain('Bella 1');
    await page.close();
  });

  it('shows the topic card on hover, and closes it when the pointer leaves', async () => {
    const page = await openArticle();
    await page.hover('mark[data-topic="bella-1"]');
    const card = await page.waitForSelector('briefmark-card >>> .bm-card[data-topic="bella-1"]', { visible: true });
    const text = await card!.evaluate((el) => (el as HTMLElement).innerText);
    // The glance: the summary's first sentence, and the newest facts.
    expect(text).toContain(summaryOf('bella-1').slice(0, 60));
    expect(text).toMatch(/latest/i);
    // A date, written the way the browser's language writes dates ("16 Jun 2021", "Jun 16, 2021").
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]{2} 20\d\d|[A-Z][a-z]{2} \d{1,2}, 20\d\d/);
    // Every source is an https link that does not hand over the opener.
    const links = await card!.$$eval('a', (as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    expect(links.length).toBeGreaterThan(0);
    for (const [href, rel] of links) {
      expect(href).toMatch(/^https:\/\//);
      expect(rel).toBe('noopener noreferrer');
    }
    // Inside the viewport.
    const box = await card!.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: screenshot('hover-card') });

    // The pointer can travel onto the card: it stays open there.
    await page.mouse.move(box!.x + 40, box!.y + 20, { steps: 4 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.$('briefmark-card >>> .bm-card')).not.toBeNull();

    // Off the card and the mark, it closes after the grace period.
    await page.mouse.move(5, 890);
    await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
    await page.close();
  });

  it('shows the card on keyboard focus, announces it, lets Enter reach its links, and Escape closes it', async () => {
    const page = await openArticle();
    await page.focus('mark[data-topic="brics"]');
    await page.waitForSelector('briefmark-card >>> .bm-card[data-topic="brics"]', { visible: true });
    // Screen readers are told what the highlight is about.
    const announced = await page.$eval('briefmark-card >>> [aria-live="polite"]', (el) => el.textContent);
    expect(announced).toContain(defaultPack.topics.find((topic) => topic.id === 'brics')!.title);
    // Enter takes the reader into the card, where Tab reaches the sources.
    await page.keyboard.press('Enter');
    const insideCard = () => page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(await insideCard()).toBe('briefmark-card');
    await page.keyboard.press('Tab');
    const link = await page.$eval('briefmark-card >>> .bm-card', () => {
      const active = document.querySelector('briefmark-card')!.shadowRoot!.activeElement;
      return active?.getAttribute('href');
    });
    expect(link).toMatch(/^https:\/\//);
    // Escape closes the card and returns focus to the highlight.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.topic)).toBe('brics');
    await page.close();
  });

  /** The popup as the toolbar shows it: 380 px wide, at most 600 px tall. */
  async function popupOnArticle() {
    const popup = await openPopupFor(session.server.url('/article'));
    await popup.setViewport({ width: 380, height: 600 });
    await popup.waitForSelector('.bm-mention');
    return popup;
  }
  const documentHeight = (popup: Page) => popup.evaluate(() => document.documentElement.scrollHeight);

  it('lists every topic of the busy article in one compact row each, in a popup no taller than 600 px', async () => {
    const page = await openArticle();
    const counts = await page.evaluate(markCounts);
    const popup = await popupOnArticle();
    const listed = await popup.$$eval('.bm-mention', (items) =>
      items.map((item) => [item.getAttribute('data-topic'), Number(item.querySelector('.bm-count')?.textContent)]),
    );
    expect(Object.fromEntries(listed)).toEqual(counts);
    expect(listed).toHaveLength(ALL_TOPICS.length);
    // Most mentioned first.
    const numbers = listed.map(([, n]) => n as number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    // One row a topic: a title, a count and a switch, and no per-row links repeated twelve times.
    expect(await popup.$$eval('.bm-row', (rows) => rows.map((row) => Math.round(row.getBoundingClientRect().height)).every((h) => h <= 40))).toBe(true);
    expect(await popup.$$('.bm-row input[role="switch"]')).toHaveLength(ALL_TOPICS.length);
    expect(await documentHeight(popup)).toBeLessThanOrEqual(600);
    await popup.screenshot({ path: screenshot('popup') });

    // A row opens to its context: the summary and the newest facts, with their dates and sources.
    await popup.click('.bm-row[data-topic="bella-1"] .bm-row-button');
    const detail = await popup.waitForSelector('.bm-row[data-topic="bella-1"] .bm-row-detail', { visible: true });
    const text = await detail!.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain(summaryOf('bella-1'));
    const facts = await detail!.$$eval('.bm-fact', (items) => items.length);
    expect(facts).toBeGreaterThanOrEqual(2);
    expect(facts).toBeLessThanOrEqual(3);
    expect(await detail!.$$eval('.bm-fact a', (links) => links.every((a) => a.getAttribute('href')!.startsWith('https://')))).toBe(true);
    // One context at a time, and the popup still fits.
    await popup.click('.bm-row[data-topic="brics"] .bm-row-button');
    await popup.waitForSelector('.bm-row[data-topic="brics"] .bm-row-detail');
    expect(await popup.$$('.bm-row-detail')).toHaveLength(1);
    expect(await documentHeight(popup)).toBeLessThanOrEqual(600);
    await popup.screenshot({ path: screenshot('popup-context') });

    // "Show first mention" brings the reader to it, with its card open.
    await popup.click('.bm-row[data-topic="cybersecurity-dialogue"] .bm-row-button');
    await popup.click('.bm-row[data-topic="cybersecurity-dialogue"] .bm-reveal');
    await page.bringToFront();
    await page.waitForSelector('briefmark-card >>> .bm-card[data-topic="cybersecurity-dialogue"]', { visible: true });
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.topic);
    expect(focused).toBe('cybersecurity-dialogue');
    await popup.close();
    await page.close();
  });

  it('reads at 4.5:1 or better, light and dark, with a context open', async () => {
    const page = await openArticle();
    const popup = await popupOnArticle();
    expect(await popup.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light dark');
    await popup.click('.bm-row[data-topic="bella-1"] .bm-row-button');
    await popup.waitForSelector('.bm-row-detail .bm-fact');
    for (const scheme of ['light', 'dark'] as const) {
      await colourScheme(popup, scheme);
      const { checked, low } = await lowContrast(popup);
      expect(checked).toBeGreaterThan(40);
      expect(low, scheme).toEqual([]);
      await popup.screenshot({ path: screenshot(`popup-context-${scheme}`) });
    }
    // Dark, closed: the picture the README shows beside the light one.
    await popup.click('.bm-row[data-topic="bella-1"] .bm-row-button');
    await popup.screenshot({ path: screenshot('popup-dark') });
    await popup.close();
    await page.close();
  });

  it('works entirely from the keyboard in the popup', async () => {
    const page = await openArticle();
    const popup = await popupOnArticle();
    const first = await popup.$eval('.bm-mention', (item) => item.getAttribute('data-topic'));
    // Tab from the top of the page reaches the first row.
    let reached = false;
    for (let step = 0; step < 8 && !reached; step++) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate(
        (topic) => document.activeElement?.closest('.bm-mention')?.getAttribute('data-topic') === topic &&
          document.activeElement.classList.contains('bm-row-button'),
        first,
      );
    }
    expect(reached).toBe(true);
    // Focus is visible where it lands.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // Enter opens the context; Tab goes on through it to "Show first mention".
    await popup.keyboard.press('Enter');
    await popup.waitForSelector(`.bm-row[data-topic="${first}"] .bm-row-detail`);
    let onReveal = false;
    for (let step = 0; step < 12 && !onReveal; step++) {
      await popup.keyboard.press('Tab');
      onReveal = await popup.evaluate(() => document.activeElement?.classList.contains('bm-reveal') ?? false);
    }
    expect(onReveal).toBe(true);
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    await page.waitForSelector(`briefmark-card >>> .bm-card[data-topic="${first}"]`, { visible: true });

    // Space flips a topic's switch.
    await popup.bringToFront();
    await popup.focus('input[data-topic="brics"]');
    await popup.keyboard.press(' ');
    await page.bringToFront();
    await page.waitForFunction(() => !document.querySelector('mark[data-topic="brics"]'));
    await popup.close();
    await page.close();
  });

  it('turning a topic off removes its highlights at once and restores the text; the popup shows it off; on brings them back', async () => {
    const page = await openArticle();
    const before = await page.evaluate(markCounts);
    const textBefore = await page.$eval('#article', (el) => el.textContent);
    const popup = await popupOnArticle();

    await popup.click('input[data-topic="brics"]');
    await page.waitForFunction(() => !document.querySelector('mark[data-topic="brics"]'));
    const after = await page.evaluate(markCounts);
    const { brics: _removed, ...others } = before;
    expect(after).toEqual(others);
    expect(await page.$eval('#article', (el) => el.textContent)).toBe(textBefore);
    // The popup still lists it, as off: greyed title, "off" for the count, the switch off. It stays where it was.
    const row = await popup.waitForSelector('.bm-row[data-topic="brics"][data-state="off"]');
    const shown = await row!.evaluate((el) => ({
      text: (el as HTMLElement).innerText,
      checked: (el.querySelector('input[role="switch"]') as HTMLInputElement).checked,
      title: getComputedStyle(el.querySelector('.bm-mention-title')!).color,
      muted: getComputedStyle(document.querySelector('.bm-page-total')!).color,
    }));
    expect(shown.checked).toBe(false);
    expect(shown.text).toMatch(/\boff\b/);
    expect(shown.title).toBe(shown.muted);
    expect(await popup.$('.bm-mention[data-topic="brics"]')).toBeNull();
    const stored = await popup.evaluate(() => (globalThis.browser ?? chrome).storage.sync.get('disabledTopics'));
    expect(stored).toEqual({ disabledTopics: ['brics'] });
    await popup.screenshot({ path: screenshot('popup-topic-off') });

    await popup.click('input[data-topic="brics"]');
    await page.waitForSelector('mark[data-topic="brics"]');
    expect(await page.evaluate(markCounts)).toEqual(before);
    await popup.waitForSelector('.bm-mention[data-topic="brics"]');
    await popup.close();
    await page.close();
  });

  it('turning every topic off restores the article’s exact node structure', async () => {
    const page = await openArticle();
    const popup = await popupOnArticle();
    for (const toggle of await popup.$$('input[data-topic]')) await toggle.click();
    await page.waitForFunction(() => !document.querySelector('mark.briefmark'));
    const original = await page.evaluate(structureOf, '#article', article);
    expect(await page.evaluate(structureOf, '#article')).toBe(original);
    await popup.waitForSelector('.bm-empty[data-state="empty"]');
    expect(await popup.$$('.bm-row[data-state="off"]')).toHaveLength(ALL_TOPICS.length);
    await popup.close();
    await page.close();
  });

  it('paused everywhere and on this site: one Resume, which makes the page highlight again', async () => {
    const page = await openArticle();
    const setup = await session.openExtensionPage('popup.html');
    await setup.evaluate(() => (globalThis.browser ?? chrome).storage.sync.set({ pausedEverywhere: true, pausedSites: ['127.0.0.1'] }));
    await setup.close();
    await page.bringToFront();
    await page.waitForFunction(() => !document.querySelector('mark.briefmark'));
    const popup = await openPopupFor(session.server.url('/article'));
    await popup.setViewport({ width: 380, height: 600 });
    const paused = await popup.waitForSelector('.bm-empty[data-state="paused"]');
    expect(await paused!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/Paused everywhere, and on 127\.0\.0\.1 too[^]*everywhere, 127\.0\.0\.1 included/);
    const resumes = await popup.$$eval('button', (buttons) => buttons.filter((b) => /resume/i.test(b.textContent ?? '')).length);
    expect(resumes).toBe(1);
    // No "pause" offered while paused.
    expect(await popup.$('.bm-pause-buttons')).toBeNull();
    expect(await documentHeight(popup)).toBeLessThanOrEqual(600);
    await popup.screenshot({ path: screenshot('popup-paused') });

    await popup.click('.bm-resume');
    await page.bringToFront();
    await page.waitForSelector('mark.briefmark');
    const stored = await popup.evaluate(() => (globalThis.browser ?? chrome).storage.sync.get(['pausedEverywhere', 'pausedSites']));
    expect(stored).toEqual({ pausedEverywhere: false, pausedSites: [] });
    await popup.bringToFront();
    await popup.waitForSelector('.bm-mention');
    expect(await popup.$('.bm-empty[data-state="paused"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('says which pack is stale, per topic, when a newer topic joins the library', async () => {
    const page = await openArticle();
    // An own topic, dated today: the merged library's newest date is today.
    const setup = await session.openExtensionPage('popup.html');
    await setup.evaluate(() =>
      (globalThis.browser ?? chrome).runtime.sendMessage({ id: 7, type: 'trackPhrase', data: 'winter digest', timestamp: Date.now() }),
    );
    await setup.close();
    const popup = await popupOnArticle();
    const stale = isStale(defaultPack.asOf, new Date());
    const footer = await popup.$eval('.bm-asof', (el) => (el as HTMLElement).innerText);
    // The footer names the built-in briefing and its date, never the own topic's.
    expect(footer).toContain(defaultPack.title);
    expect(await popup.$$('.bm-row[data-topic="winter-digest"]')).toHaveLength(1);
    const marked = await popup.$$eval('.bm-row', (rows) =>
      rows.filter((row) => row.querySelector('.bm-stale-mark')).map((row) => row.getAttribute('data-topic')),
    );
    if (stale) {
      expect(footer).toMatch(/out of date/i);
      expect(marked.sort()).toEqual([...ALL_TOPICS].sort());
    } else {
      expect(marked).toEqual([]);
    }
    await popup.screenshot({ path: screenshot('popup-stale') });
    await popup.close();
    await page.close();
  });

  it('treats a mention written across elements ("Bella <b>1</b>") as one: one count, one card, and its link stays one stop for Tab', async () => {
    const page = await session.openPage('/split');
    const tanker = await page.$$eval('#tanker mark.briefmark', (marks) =>
      marks.map((m) => [m.getAttribute('data-topic'), m.textContent, m.parentElement!.tagName, m.hasAttribute('data-continued')]),
    );
    expect(tanker).toEqual([
      ['bella-1', 'Bella', 'A', false],
      ['bella-1', ' ', 'P', true],
      ['bella-1', '1', 'B', true],
    ]);
    expect(await page.$$eval('#summit mark.briefmark', (marks) => marks.map((m) => m.textContent).join(''))).toBe('Alaska summit');
    expect(await page.$('#apart mark')).toBeNull();

    const popup = await openPopupFor(session.server.url('/split'));
    await popup.waitForSelector('.bm-mention');
    const listed = await popup.$$eval('.bm-mention', (items) =>
      items.map((item) => [item.getAttribute('data-topic'), Number(item.querySelector('.bm-count')?.textContent)]),
    );
    expect(Object.fromEntries(listed)).toEqual({ 'bella-1': 1, 'alaska-summit': 1 });
    await popup.close();

    // Any piece opens the mention's card.
    await page.bringToFront();
    await page.hover('#tanker b mark');
    await page.waitForSelector('briefmark-card >>> .bm-card[data-topic="bella-1"]', { visible: true });
    await page.screenshot({ path: screenshot('split-mention-card') });
    // The link holding the first piece is one stop: Tab from it goes on past the mention, into no mark.
    await page.mouse.move(5, 890);
    await page.focus('#tanker a');
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => document.activeElement?.closest('mark.briefmark, #tanker a') ?? null);
    expect(stop).toBeNull();
    expect(await page.$$eval('mark.briefmark', (marks) => marks.filter((mark) => mark.tabIndex >= 0).length)).toBe(0);
    await page.close();
  });

  it('says so when a page mentions no topic', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/unrelated'));
    const popup = await openPopupFor(session.server.url('/unrelated'));
    const empty = await popup.waitForSelector('.bm-empty[data-state="empty"]');
    expect(await empty!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/No briefing topics on 127\.0\.0\.1/);
    expect(await page.$('mark.briefmark')).toBeNull();
    await popup.screenshot({ path: screenshot('popup-empty') });
    await popup.close();
    await page.close();
  });

  it('says so when the browser keeps it out of a page', async () => {
    // Opened as a page, the popup's active tab is an extension page: unreadable.
    const popup = await session.openExtensionPage('popup.html');
    const state = await popup.waitForSelector('.bm-empty[data-state="unreadable"]');
    expect(await state!.evaluate((el) => (el as HTMLElement).innerText)).toMatch(/can’t read this page/);
    await popup.close();
  });
});
