/**
 * Whether the page is light or dark where a highlight sits: the card and the
 * marks follow the page's colours, not the reader's OS (a dark site in a light
 * OS gets a dark card). Read from the first opaque background up from the
 * element, then the body and the root; the OS's preference only where the
 * page paints no background at all.
 */
export type Tone = 'light' | 'dark';

/** [r, g, b, alpha] of a computed `rgb()`/`rgba()` colour; undefined for other syntaxes. */
function channels(color: string): [number, number, number, number] | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(color.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance(r: number, g: number, b: number): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Light or dark, for a background colour: whichever of black or white text would read better on it. */
function toneOfBackground(color: string): Tone | undefined {
  const rgba = channels(color);
  if (!rgba || rgba[3] < 0.5) return undefined;
  // Black and white text have equal contrast at luminance ≈ 0.179.
  return luminance(rgba[0], rgba[1], rgba[2]) < 0.179 ? 'dark' : 'light';
}

export function toneAt(from: Element | null, doc: Document = document): Tone {
  const view = doc.defaultView!;
  const chain: Element[] = [];
  for (let element: Element | null = from; element; element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null)) {
    chain.push(element);
  }
  if (doc.body) chain.push(doc.body);
  chain.push(doc.documentElement);
  for (const element of chain) {
    const tone = toneOfBackground(view.getComputedStyle(element).backgroundColor);
    if (tone) return tone;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
