/**
 * Dates as the briefing shows them. Pack dates are calendar days (YYYY-MM-DD)
 * with no time zone, so they are read and printed in UTC: a reader in
 * Honolulu and one in Vladivostok see the same day.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a briefing stays current before the card says it may be out of date. */
export const STALE_AFTER_DAYS = 90;

function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "7 Jan 2026". */
export function formatDay(day: string): string {
  return dayFormat.format(parseDay(day));
}

/** "7 Jan 2026", "20–21 Dec 2025", "30 Dec 2025 – 2 Jan 2026". */
export function formatSpan(start: string, end?: string): string {
  if (!end || end === start) return formatDay(start);
  const from = parseDay(start);
  const to = parseDay(end);
  if (from.getUTCFullYear() !== to.getUTCFullYear()) return `${formatDay(start)} – ${formatDay(end)}`;
  if (from.getUTCMonth() === to.getUTCMonth()) return `${from.getUTCDate()}–${formatDay(end)}`;
  return `${dayMonthFormat.format(from)} – ${formatDay(end)}`;
}

/** Whole days from `asOf` to `today` (a Date, so tests can pass their own). */
export function daysSince(asOf: string, today: Date): number {
  return Math.floor((today.getTime() - parseDay(asOf).getTime()) / DAY_MS);
}

export function isStale(asOf: string, today: Date, thresholdDays = STALE_AFTER_DAYS): boolean {
  return daysSince(asOf, today) > thresholdDays;
}
