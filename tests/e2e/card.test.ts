/**
 * The hover card and the keyboard's way into the highlights, in real Chromium
 * and Firefox: the glance fits the viewport without scrolling (1280×800 and
 * 500 px wide), "More" opens the full view, the card takes the page's colours
 * (and every text on it keeps 4.5:1), Tab meets one Briefmark stop, and each
 * of the card's actions takes its highlights off the page at once.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../data/packs';
import { e2eBrowsers } from './support/browsers';
import { articleHtml } from './support/pages';
import { startSession, type Session } from './support/session';

const BROWSERS = e2eBrowsers();
const CARD = 'briefmark-card >>> .bm-card';
const topicOf = (id: string) => defaultPack.topics.find((topic) => topic.id === id)!;

/** The article with a site's navigation before it and a link that holds a highlight. */
function articleWithLinks(extraStyle = ''): string {
  return articleHtml()
    .replace('</style>', `${extraStyle}</style>`)
    .replace(
      '<article id="article">',
      `<nav id="site-nav"><a href="#home">Home</a> · <a href="#world">World</a></nav>
<p id="linked">Follow <a id="tanker-link" href="#tanker">the tanker Bella 1 chase</a> as it happened.</p>
<article id="article">`,
    );
}
const DARK_STYLE = 'html, body { background: #16181d; color: #d8dce2; } a { color: #8ab4f8; }';

/** Hovers the first mark of `topic`, scrolled to the middle of the viewport (the least room above and below). */
async function hoverMark(page: Page, topic: string) {
  // A reflow (a new viewport) may leave the pointer off the mark with no mouseout: Escape closes the card in any case.
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
  await page.$eval(`mark[data-topic="${topic}"]`, (mark) => mark.scrollIntoView({ block: 'center' }));
  await page.hover(`mark[data-topic="${topic}"]`);
  return page.waitForSelector(`${CARD}[data-topic="${topic}"]`, { visible: true });
}

/** The card's box, whether it scrolls, and the viewport. */
function cardFit(page: Page) {
  return page.$eval(CARD, (card) => {
    const box = card.getBoundingClientRect();
    return {
      scrollHeight: card.scrollHeight,
      clientHeight: card.clientHeight,
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      width: innerWidth,
      height: innerHeight,
    };
  });
}

/** Every text of the card whose contrast with what is behind it is under 4.5:1 (WCAG AA), as "text: ratio". */
function lowContrastTexts(page: Page) {
  return page.$eval(CARD, (card) => {
    const parse = (color: string) => {
      const m = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?/.exec(color);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 1];
    };
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((c) => c / 255)
        .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const backgroundOf = (element: Element | null): number[] => {
      for (let e = element; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3]! > 0.5) return bg;
      }
      return [255, 255, 255, 1];
    };
    const low: string[] = [];
    for (const element of card.querySelectorAll('*')) {
      const text = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
      if (!text || (element as HTMLElement).offsetParent === null) continue;
      const fg = parse(getComputedStyle(element).color);
      const bg = backgroundOf(element);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      if (ratio < 4.5) low.push(`${text.slice(0, 30)}: ${ratio.toFixed(2)}`);
    }
    return low;
  });
}

/** What has focus, looking into shadow roots: "mark:<topic>", "entry", "card:<tag>", or "#id"/tag of a page element. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return 'none';
    if (active.localName === 'briefmark-entry') return 'entry';
    if (active.localName === 'briefmark-card') return `card:${active.shadowRoot?.activeElement?.localName ?? ''}`;
    if (active.matches('mark.briefmark')) return `mark:${active.dataset.topic}`;
    return active.id ? `#${active.id}` : active.localName;
  });
}

describe.each(BROWSERS)('The card and the keyboard in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;
  const screenshot = (name: string) => session.screenshotPath(name);

  beforeAll(async () => {
    session = await startSession(spec, { '/light': articleWithLinks(), '/dark': articleWithLinks(DARK_STYLE) });
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });
  beforeEach(() => session.resetSettings());

  it('shows a glance that fits without scrolling: title, gist, the newest facts with sources, the briefing’s age', async () => {
    const page = await session.openPage('/light');
    for (const viewport of [{ width: 1280, height: 800 }, { width: 500, height: 800 }]) {
      await page.setViewport(viewport);
      for (const id of ['bella-1', 'security-guarantees', 'hypersonic-strikes', 'alaska-summit']) {
        const card = await hoverMark(page, id);
        const topic = topicOf(id);
        const text = await card!.evaluate((el) => (el as HTMLElement).innerText);
        expect(text).toContain(topic.title);
        // The gist: the summary's first words, not the whole summary.
        expect(text).toContain(topic.summary.slice(0, 30));
        if (topic.caveat) expect(text).toMatch(/Disputed:/);
        // The newest facts first, each with its date and its sources as links.
        const newest = [...topic.facts].sort((a, b) => b.date.localeCompare(a.date));
        const shown = await card!.$$eval('.bm-fact time', (times) => times.map((time) => time.getAttribute('datetime')));
        expect(shown.length, `${id} at ${viewport.width}px`).toBeGreaterThanOrEqual(2);
        expect(shown.length).toBeLessThanOrEqual(3);
        expect(shown).toEqual(newest.slice(0, shown.length).map((fact) => fact.date));
        expect(await card!.$$eval('.bm-fact a.bm-source', (links) => links.length)).toBeGreaterThanOrEqual(shown.length);
        // The bundled briefing was checked on 13 Feb 2026: months ago, and it says so up front.
        expect(text).toMatch(/Briefing checked (13\sFeb\s2026|Feb\s13,\s2026) — \d+\smonths?\sago/);
        expect(await card!.$eval('.bm-asof', (line) => line.classList.contains('bm-asof-stale'))).toBe(true);
        expect(text).toContain('May be out of date.');

        const fit = await cardFit(page);
        expect(fit.scrollHeight, `${id} at ${viewport.width}px scrolls`).toBeLessThanOrEqual(fit.clientHeight);
        expect(fit.top).toBeGreaterThanOrEqual(0);
        expect(fit.left).toBeGreaterThanOrEqual(0);
        expect(fit.bottom).toBeLessThanOrEqual(fit.height);
        expect(fit.right).toBeLessThanOrEqual(fit.width);
        if (id === 'bella-1') await page.screenshot({ path: screenshot(viewport.width === 500 ? 'card-narrow' : 'card-light') });
      }
    }
    expect(await lowContrastTexts(page)).toEqual([]);
    await page.close();
  });

  it('“More” opens the full view in the card: every fact, related topics that open, scrolling with a scrollbar', async () => {
    const page = await session.openPage('/light');
    await page.setViewport({ width: 1280, height: 800 });
    const topic = topicOf('bella-1');
    await hoverMark(page, 'bella-1');
    const more = await page.waitForSelector(`${CARD} .bm-card-more`);
    await more!.click();
    await page.waitForSelector(`${CARD}.bm-card-expanded`);
    expect(await page.$$eval(`${CARD} .bm-fact`, (facts) => facts.length)).toBe(topic.facts.length);
    expect(await page.$eval(CARD, (card) => (card as HTMLElement).innerText)).toContain(topic.summary);
    const style = await page.$eval(CARD, (card) => ({ overflow: getComputedStyle(card).overflowY, fits: card.getBoundingClientRect().bottom <= innerHeight }));
    expect(style).toEqual({ overflow: 'auto', fits: true });
    await page.screenshot({ path: screenshot('card-more') });
    // A related topic opens in the card.
    const related = topic.related[0]!;
    await page.click(`${CARD} .bm-related-topic[data-topic="${related}"]`);
    await page.waitForSelector(`${CARD}[data-topic="${related}"]`);
    expect(await page.$eval(`${CARD} h2`, (h) => h.textContent)).toBe(topicOf(related).title);
    await page.close();
  });

  it('takes the page’s colours: dark on a dark page, light on a light one; marks keep 4.5:1 on both', async () => {
    for (const tone of ['light', 'dark'] as const) {
      const page = await session.openPage(`/${tone}`);
      await page.setViewport({ width: 1280, height: 800 });
      await hoverMark(page, 'bella-1');
      expect(await page.$eval(CARD, (card) => card.getAttribute('data-tone'))).toBe(tone);
      const background = await page.$eval(CARD, (card) => getComputedStyle(card).backgroundColor);
      expect(background).toBe(tone === 'dark' ? 'rgb(31, 35, 40)' : 'rgb(255, 255, 255)');
      expect(await page.$eval(CARD, (card) => getComputedStyle(card).colorScheme)).toBe(tone);
      expect(await lowContrastTexts(page)).toEqual([]);
      // A mark's tint over the page's background, against the page's text.
      const markContrast = await page.$eval('#article mark.briefmark', (mark) => {
        const parse = (c: string) => (/rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?/.exec(c) ?? []).slice(1).map((v, i) => (v === undefined ? (i === 3 ? 1 : 0) : Number(v)));
        const lum = (rgb: number[]) =>
          rgb.slice(0, 3).map((c) => c / 255).map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
        const page = parse(getComputedStyle(document.body).backgroundColor);
        const base = page[3]! > 0 ? page : [255, 255, 255, 1];
        const tint = parse(getComputedStyle(mark).backgroundColor);
        const blended = [0, 1, 2].map((i) => tint[i]! * tint[3]! + base[i]! * (1 - tint[3]!));
        const [a, b] = [lum(parse(getComputedStyle(mark).color)), lum(blended)].sort((x, y) => y - x);
        return (a! + 0.05) / (b! + 0.05);
      });
      expect(markContrast, `${tone} page`).toBeGreaterThanOrEqual(4.5);
      await page.screenshot({ path: screenshot(`card-${tone}-page`) });
      await page.close();
    }
  });

  it('adds one tab stop to the page: the entry point, first; marks are no stops; a link with a highlight stays one', async () => {
    const page = await session.openPage('/light');
    // The page's own stops, in order (none of them Briefmark's).
    const pageStops = await page.$$eval('a[href], input, textarea, [contenteditable="true"]', (elements) =>
      elements.map((element) => (element.id ? `#${element.id}` : element.localName)),
    );
    expect(await page.$eval('#tanker-link', (link) => !!link.querySelector('mark.briefmark'))).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: string[] = [];
    for (let i = 0; i < pageStops.length + 1; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
      if (i === 0) {
        // Hidden until it takes focus, then it says what it does.
        const label = await page.$eval('briefmark-entry >>> button', (button) => [(button as HTMLElement).innerText, button.getBoundingClientRect().width]);
        expect(label[0]).toMatch(/^Briefmark: \d+ highlighted mentions/);
        expect(label[1]).toBeGreaterThan(100);
        await page.screenshot({ path: screenshot('keyboard-entry') });
      }
    }
    const anchorNames = (s: string) => (s === 'a' ? 'a' : s);
    expect(stops[0]).toBe('entry');
    expect(stops.slice(1).map(anchorNames)).toEqual(pageStops.map(anchorNames));
    expect(stops.filter((stop) => stop.startsWith('mark:'))).toEqual([]);
    // Tabbing past the link opened no card.
    expect(await page.$(CARD)).toBeNull();
    expect(await page.$eval('#tanker-link mark', (mark) => getComputedStyle(mark).cursor)).toBe('pointer');
    await page.close();
  });

  it('steps through the mentions from the entry point; Tab goes into the card and out again to the mention; Escape closes', async () => {
    const page = await session.openPage('/light');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('entry');
    await page.keyboard.press('Enter');
    // The first mention in view: the highlight in the link, reached as the link.
    await page.waitForSelector(`${CARD}[data-topic="bella-1"]`, { visible: true });
    expect(await focused(page)).toBe('#tanker-link');
    await page.keyboard.press('ArrowDown');
    const second = await page.$$eval('mark.briefmark:not([data-continued])', (marks) => (marks[1] as HTMLElement).dataset.topic);
    await page.waitForSelector(`${CARD}[data-topic="${second}"]`, { visible: true });
    expect(await focused(page)).toBe(`mark:${second}`);
    await page.keyboard.press('ArrowUp');
    await page.waitForSelector(`${CARD}[data-topic="bella-1"]`, { visible: true });
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector(`${CARD}[data-topic="${second}"]`, { visible: true });

    // Escape in the card closes it and gives focus back to the mention.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:a');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
    expect(await focused(page)).toBe(`mark:${second}`);

    // Tab: into the card, through its links and buttons; past the last, back to the mention, the card closed.
    await page.keyboard.press('ArrowDown');
    const third = await page.$$eval('mark.briefmark:not([data-continued])', (marks) => (marks[2] as HTMLElement).dataset.topic);
    await page.waitForSelector(`${CARD}[data-topic="${third}"]`, { visible: true });
    const inCard = await page.$$eval(`${CARD} a[href], ${CARD} button`, (stops) => stops.length);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:a');
    for (let i = 1; i < inCard; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:button');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
    expect(await focused(page)).toBe(`mark:${third}`);
    // With the card closed, Tab goes on through the page.
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toMatch(/^(mark|card|entry)/);

    // Focus leaving the card for the page closes it.
    await page.focus(`mark[data-topic="${third}"]`);
    await page.waitForSelector(CARD, { visible: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:a');
    await page.focus('#comment');
    await page.waitForFunction(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'));
    await page.close();
  });

  /** Opens the light article, hovers `topic`'s first mark and clicks one of its card's actions. */
  async function actOnCard(topic: string, action: string): Promise<Page> {
    const page = await session.openPage('/light');
    await hoverMark(page, topic);
    await page.click(`${CARD} [data-action="${action}"]`);
    return page;
  }

  it('“Mute topic” takes the topic’s highlights off', async () => {
    const page = await actOnCard('brics', 'mute-topic');
    await page.waitForFunction(() => !document.querySelector('mark[data-topic="brics"]'));
    expect(await page.$$eval('mark.briefmark', (marks) => marks.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => !document.querySelector('briefmark-card')?.shadowRoot?.querySelector('.bm-card'))).toBe(true);
    await page.close();
  });

  it('“Don’t highlight” takes that phrase’s highlights off, and leaves the topic’s other phrases', async () => {
    const page = await session.openPage('/light');
    const texts = () => page.$$eval('mark[data-topic="alaska-summit"]', (marks) => marks.map((mark) => mark.textContent));
    expect(await texts()).toEqual(expect.arrayContaining(['Alaska', 'Alaska summit']));
    await page.$eval('mark[data-topic="alaska-summit"]', (mark) => mark.scrollIntoView({ block: 'center' }));
    const bare = (await page.$$('mark[data-topic="alaska-summit"]'))[(await texts()).indexOf('Alaska')]!;
    await bare.hover();
    await page.waitForSelector(`${CARD}[data-topic="alaska-summit"]`, { visible: true });
    expect(await page.$eval(`${CARD} [data-action="mute-phrase"]`, (button) => button.textContent)).toBe('Don’t highlight “Alaska”');
    await page.click(`${CARD} [data-action="mute-phrase"]`);
    await page.waitForFunction(() => ![...document.querySelectorAll('mark.briefmark')].some((mark) => mark.textContent === 'Alaska'));
    await page.waitForFunction(() => [...document.querySelectorAll('mark.briefmark')].some((mark) => mark.textContent === 'Alaska summit'));
    // The options page lists the muted phrase; "Highlight again" brings its highlights back.
    const options = await session.openExtensionPage('options.html#paused');
    const row = await options.waitForSelector('.bm-muted-list li', { visible: true });
    expect(await row!.evaluate((li) => li.querySelector('span')?.textContent)).toMatch(/^“alaska”$/i);
    await options.click('.bm-muted-list li button');
    await options.waitForSelector('.bm-muted-list', { hidden: true });
    await options.close();
    await page.waitForFunction(() => [...document.querySelectorAll('mark.briefmark')].some((mark) => mark.textContent === 'Alaska'));
    await page.close();
  });

  it('“Pause site” takes every highlight off', async () => {
    const page = await actOnCard('bella-1', 'pause-site');
    await page.waitForFunction(() => !document.querySelector('mark.briefmark'));
    // Nothing left to step through: the entry point is gone too.
    await page.waitForFunction(() => !document.querySelector('briefmark-entry')?.shadowRoot?.querySelector('button'));
    await page.close();
  });
});
