/**
 * The contrast of everything a person reads on a page: every visible element
 * with text of its own, and every form control, against the background it is
 * actually drawn on (the nearest ancestor's opaque background, translucent
 * ones blended over it). Colours are read back from a canvas, so any CSS
 * colour syntax the browser computes (rgb, color-mix, color()) is measured.
 */
import type { Page } from 'puppeteer-core';

export interface LowContrast {
  element: string;
  text: string;
  ratio: number;
  fg: string;
  bg: string;
}

/** WCAG AA for body text. */
export const MIN_CONTRAST = 4.5;

/** Runs in the page: the elements below `minimum`. */
function measure(minimum: number): { checked: number; low: LowContrast[] } {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  type Rgba = [number, number, number, number];
  const rgba = (css: string): Rgba => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const over = (top: Rgba, under: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
  };
  const backgroundOf = (element: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let node = element; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    // Under everything, the canvas: what the root's colour scheme paints.
    let result = rgba(matchMedia('(prefers-color-scheme: dark)').matches ? '#121212' : '#ffffff');
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };
  const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;

  const low: LowContrast[] = [];
  let checked = 0;
  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest('[disabled], [aria-hidden="true"], svg, script, style')) continue;
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || style.display === 'none') continue;
    const box = element.getBoundingClientRect();
    // Nothing to see: empty, or clipped to a pixel for screen readers only.
    if (box.width <= 1 || box.height <= 1) continue;
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    const control = element.matches('input:not([type="checkbox"], [type="radio"], [type="color"], [type="file"]), textarea, select');
    if (!ownText && !control) continue;
    let opacity = 1;
    for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    const background = backgroundOf(element);
    const foreground = over([...rgba(style.color).slice(0, 3), rgba(style.color)[3] * opacity] as Rgba, background);
    const value = ratio(foreground, background);
    checked++;
    if (value < minimum) {
      low.push({ element: describe(element), text: ownText.slice(0, 40), ratio: Math.round(value * 100) / 100, fg: hex(foreground), bg: hex(background) });
    }
  }
  return { checked, low };
}

/** Every text and control of `page` below 4.5:1, and how many were measured. */
export function lowContrast(page: Page): Promise<{ checked: number; low: LowContrast[] }> {
  return page.evaluate(measure, MIN_CONTRAST);
}

/**
 * Light or dark, as the operating system would ask for it. Chromium emulates
 * the media feature. Firefox over WebDriver BiDi cannot (puppeteer needs CDP
 * for it), so there the page's own `prefers-color-scheme: dark` rules are
 * switched on by hand, and the root's colour scheme set to dark (so
 * `light-dark()` picks its dark side): the same CSS is measured, though
 * Firefox's native controls keep the light scheme they were drawn with.
 */
export async function colourScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.waitForFunction((wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches, {}, scheme);
  } catch (error) {
    if ((error as Error).name !== 'UnsupportedOperation' && !/CDP/.test(String(error))) throw error;
    await page.evaluate((dark) => {
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (!(rule instanceof CSSMediaRule)) continue;
          const original = (rule as CSSMediaRule & { bmOriginal?: string }).bmOriginal ?? rule.media.mediaText;
          if (!/prefers-color-scheme:\s*dark/.test(original)) continue;
          (rule as CSSMediaRule & { bmOriginal?: string }).bmOriginal = original;
          rule.media.mediaText = dark ? 'all' : original;
        }
      }
      document.documentElement.style.colorScheme = dark ? 'dark' : '';
    }, scheme === 'dark');
  }
}
