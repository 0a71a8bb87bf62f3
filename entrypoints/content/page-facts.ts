/**
 * What the page says about itself, for the matching model's dated context.
 * Read from the DOM once, when highlighting starts: the strings a page
 * states its publication date in. For now the facts are the page's address;
 * `publicationDay` (data/page-date.ts) turns `dateSources` into `published`.
 */
import type { PageFacts } from '../../data/matching/api';

/** The strings a page states its publication day in, as found. */
export interface DateSources {
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Contents of meta tags that carry a publication time (article:published_time, og, itemprop=datePublished, ...). */
  meta: string[];
  /** `datetime` of each `<time>` inside an article or the main content. */
  times: string[];
  url: string;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  '[itemprop="datePublished"][content]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
].join(', ');

/** At most this many of each, so a page of a thousand `<time>` costs no more than a few. */
const MAX_EACH = 20;

export function dateSources(doc: Document): DateSources {
  const texts = (selector: string, read: (element: Element) => string | null) =>
    Array.from(doc.querySelectorAll(selector))
      .slice(0, MAX_EACH)
      .map(read)
      .filter((value): value is string => !!value && value.trim() !== '');
  return {
    jsonLd: texts('script[type="application/ld+json"]', (script) => script.textContent),
    meta: texts(PUBLISHED_META, (meta) => meta.getAttribute('content')),
    times: texts('article time[datetime], main time[datetime], [role="main"] time[datetime]', (time) => time.getAttribute('datetime')),
    url: doc.location?.href ?? '',
  };
}

/** The page's facts and the strings its publication day will be read from. */
export function readPageFacts(doc: Document): { facts: PageFacts; dateSources: DateSources } {
  const sources = dateSources(doc);
  return { facts: { url: sources.url }, dateSources: sources };
}
