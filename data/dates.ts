/**
 * Dates as the briefing shows them. Pack dates are calendar days (YYYY-MM-DD)
 * with no time zone, so they are read and printed in UTC: a reader in
 * Honolulu and one in Vladivostok see the same day.
 */

import { uiLanguage } from './i18n';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a briefing stays current before the card says it may be out of date. */
export const STALE_AFTER_DAYS = 90;

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and shape, made once: pages show hundreds of dates. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** "7 Jan 2026", "7. Jan. 2026", "7 янв. 2026 г.": in the UI's locale unless told. */
export function formatDay(day: string, locale = uiLanguage().intlLocale): string {
  return formatter(locale, DAY).format(parseDay(day));
}

/** "20–21 Dec 2025", "30 Dec 2025 – 2 Jan 2026": Intl shortens the range as each language does. */
export function formatSpan(start: string, end?: string, locale = uiLanguage().intlLocale): string {
  if (!end || end === start) return formatDay(start, locale);
  return formatter(locale, DAY).formatRange(parseDay(start), parseDay(end));
}

/** "January 2026", "январь 2026 г.": a timeline's month heading. */
export function formatMonth(month: string, locale = uiLanguage().intlLocale): string {
  return formatter(locale, { month: 'long', year: 'numeric' }).format(parseDay(`${month}-01`));
}

/** Whole days from `asOf` to `today` (a Date, so tests can pass their own). */
export function daysSince(asOf: string, today: Date): number {
  return Math.floor((today.getTime() - parseDay(asOf).getTime()) / DAY_MS);
}

export function isStale(asOf: string, today: Date, thresholdDays = STALE_AFTER_DAYS): boolean {
  return daysSince(asOf, today) > thresholdDays;
}
