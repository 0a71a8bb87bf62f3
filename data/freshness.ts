/**
 * How old a briefing is, in words: "9 months ago", "vor 9 Monaten",
 * "9 месяцев назад". Intl does the language; the unit is the largest that
 * reads naturally (days up to two weeks, weeks up to two months, months up to
 * two years).
 */
import { daysSince } from './dates';
import { uiLanguage } from './i18n';

export function ageOf(asOf: string, today: Date, locale = uiLanguage().intlLocale): string {
  const days = Math.max(0, daysSince(asOf, today));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 14) return format.format(-days, 'day');
  if (days < 61) return format.format(-Math.floor(days / 7), 'week');
  if (days < 730) return format.format(-Math.floor(days / 30.44), 'month');
  return format.format(-Math.floor(days / 365.25), 'year');
}
