/**
 * The day a page was published, from strings the content script reads out
 * of the page: JSON-LD blocks, the `article:published_time` /
 * `itemprop="datePublished"` values, `<time datetime>` values inside the
 * article, and the page's address. Pure and total: any strings in, a day
 * (YYYY-MM-DD) or `undefined` out, never an exception.
 *
 * Sources are tried in that order: structured data is the publisher's own
 * statement; a date in the URL is the last resort. A time is read as the
 * day written in it (the publisher's local day), not converted to UTC.
 */

export interface PageDateInput {
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: readonly string[];
  /** `content` of `meta[property="article:published_time"]` and `[itemprop="datePublished"]`, in page order. */
  meta: readonly string[];
  /** `datetime` of each `<time>` in the article, in page order. */
  times: readonly string[];
  url: string;
}

export function publicationDay(input: PageDateInput): string | undefined {
  try {
    return (
      firstDay(input.jsonLd.flatMap(jsonLdDates)) ??
      firstDay(input.meta) ??
      firstDay(input.times) ??
      dayInUrl(input.url)
    );
  } catch {
    return undefined;
  }
}

function firstDay(values: readonly unknown[]): string | undefined {
  for (const value of values) {
    const day = dayOf(value);
    if (day) return day;
  }
  return undefined;
}

// ——— JSON-LD ————————————————————————————————————————————————————————

/** Publishers' JSON-LD can be huge (whole product catalogues): the walk is bounded. */
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_NODES = 5_000;
const MAX_DEPTH = 12;

/**
 * The `datePublished` values of one JSON-LD text, the page's main item
 * first: breadth-first, so `@graph`'s top-level Article comes before the
 * dates of the items it cites. `dateCreated` only where no item says
 * `datePublished`.
 */
function jsonLdDates(text: string): unknown[] {
  if (typeof text !== 'string' || text.length > MAX_JSON_LD_CHARS) return [];
  let data: unknown;
  try {
    // Some CMSs wrap the JSON in an HTML comment or CDATA.
    data = JSON.parse(text.trim().replace(/^(?:<!--|\/\*<!\[CDATA\[\*\/|<!\[CDATA\[)|(?:-->|\/\*\]\]>\*\/|\]\]>)$/g, ''));
  } catch {
    return [];
  }
  const published: unknown[] = [];
  const created: unknown[] = [];
  let queue: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_NODES) {
    const next: typeof queue = [];
    for (const { value, depth } of queue) {
      if (++visited > MAX_NODES) break;
      if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) continue;
      const children = Array.isArray(value) ? value : Object.values(value);
      if (!Array.isArray(value)) {
        const item = value as Record<string, unknown>;
        if (item.datePublished !== undefined) published.push(...valuesOf(item.datePublished));
        if (item.dateCreated !== undefined) created.push(...valuesOf(item.dateCreated));
      }
      for (const child of children) if (typeof child === 'object' && child !== null) next.push({ value: child, depth: depth + 1 });
    }
    queue = next;
  }
  return [...published, ...created];
}

/** A JSON-LD value: a string, a list of them, or `{ "@value": "…" }`. */
function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(valuesOf);
  if (typeof value === 'object' && value !== null && '@value' in value) return [(value as { '@value': unknown })['@value']];
  return [value];
}

// ——— Dates written in text ——————————————————————————————————————————

const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

/** The day of one written date, or `undefined`. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().slice(0, 100);
  if (text === '') return undefined;
  // ISO 8601 and its common variants: 2022-05-16, 2022-05-16T10:00+03:00, 2022/05/16, 2022.05.16.
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text);
  if (iso) return calendarDay(iso[1]!, iso[2]!, iso[3]!);
  // Basic form: 20220516 or 20220516T100000Z.
  const basic = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (basic) return calendarDay(basic[1]!, basic[2]!, basic[3]!);
  // Anything else the platform reads ("Mon, 16 May 2022 10:00:00 GMT"), with a written year.
  if (!/\b(?:19|20)\d\d\b/.test(text) || !/[a-z]/i.test(text)) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  return calendarDay(String(date.getUTCFullYear()), String(date.getUTCMonth() + 1), String(date.getUTCDate()));
}

/** YYYY-MM-DD when the parts make a real day in range. */
function calendarDay(yearText: string, monthText: string, dayText: string): string | undefined {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 2022-02-30
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ——— The address ——————————————————————————————————————————————————

/**
 * Dates news sites put in their paths: /2022/05/16/, /2022-05-16/,
 * /20220516/ (or 20220516 opening a segment, "20260108-us-seizure…"),
 * /202601/07/. Only the path counts: a query's numbers are too often ids.
 */
const URL_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$|[^\d])/,
  /(?:^|[/_-])((?:19|20)\d\d)-(\d{2})-(\d{2})(?:$|[^\d])/,
  /\/((?:19|20)\d\d)(\d{2})\/(\d{2})(?:\/|$)/,
  /(?:^|[/_-])((?:19|20)\d\d)(\d{2})(\d{2})(?:$|[^\d])/,
];

export function dayInUrl(url: string): string | undefined {
  if (typeof url !== 'string' || url.length > 4096) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const pattern of URL_DATES) {
    const match = pattern.exec(path);
    const day = match && calendarDay(match[1]!, match[2]!, match[3]!);
    if (day) return day;
  }
  return undefined;
}
