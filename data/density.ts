/**
 * How much of a page Briefmark highlights: every mention or the first of each
 * topic, and which parts of a page it leaves alone. Navigation is left alone
 * by default: menus and breadcrumbs repeat a site's topics on every page.
 */
export const REGIONS = ['headings', 'navigation', 'asides', 'comments'] as const;
export type Region = (typeof REGIONS)[number];

export interface Density {
  /** Only the first mention of each topic on a page is highlighted; the rest stay plain text to the eye. */
  firstOnly: boolean;
  /** Parts of the page never highlighted. */
  leaveAlone: Region[];
}

export const DEFAULT_DENSITY: Density = { firstOnly: false, leaveAlone: ['navigation'] };

/** The elements of each region, as sites mark them up (elements, ARIA roles, the usual comment containers). */
export const REGION_SELECTORS: Record<Region, readonly string[]> = {
  headings: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role="heading"]'],
  navigation: ['nav', '[role="navigation"]', '[role="menubar"]', '[role="menu"]'],
  asides: ['aside', '[role="complementary"]'],
  comments: ['#comments', '.comments', '#disqus_thread', '.comment-list', '.commentlist', '[itemtype$="/Comment"]', '[data-testid*="comment" i]'],
};

/** A stored value read defensively: what is not understood falls back to the default. */
export function densityOf(raw: unknown): Density {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_DENSITY;
  const { firstOnly, leaveAlone } = raw as Partial<Record<keyof Density, unknown>>;
  return {
    firstOnly: firstOnly === true,
    leaveAlone: Array.isArray(leaveAlone) ? REGIONS.filter((region) => leaveAlone.includes(region)) : DEFAULT_DENSITY.leaveAlone,
  };
}

/** The selectors of the regions left alone. */
export function leaveAloneSelectors(density: Density): string[] {
  return density.leaveAlone.flatMap((region) => REGION_SELECTORS[region]);
}

/**
 * With `firstOnly`, the mentions (in document order, each with its topic)
 * that stay quiet: every one after the first of its topic.
 */
export function quietMentions<M>(mentions: readonly M[], topicOf: (mention: M) => string | undefined): Set<M> {
  const seen = new Set<string>();
  const quiet = new Set<M>();
  for (const mention of mentions) {
    const topic = topicOf(mention);
    if (topic === undefined) continue;
    if (seen.has(topic)) quiet.add(mention);
    else seen.add(topic);
  }
  return quiet;
}
