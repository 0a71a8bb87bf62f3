import { describe, expect, it } from 'vitest';
import { daysSince, formatDay, formatMonth, formatSpan, isStale } from '../../data/dates';

describe('dates', () => {
  it('formats a day and spans within a month, across months and across years', () => {
    expect(formatDay('2026-01-07')).toBe('7 Jan 2026');
    // Intl shortens a range as each language does (en-GB puts thin spaces round the dash).
    expect(formatSpan('2025-12-20', '2025-12-21')).toBe('20\u2009–\u200921 Dec 2025');
    expect(formatSpan('2025-12-30', '2026-01-02')).toBe('30 Dec 2025\u2009–\u20092 Jan 2026');
    expect(formatSpan('2026-01-28', '2026-02-03')).toBe('28 Jan\u2009–\u20093 Feb 2026');
    expect(formatSpan('2026-01-07', '2026-01-07')).toBe('7 Jan 2026');
  });

  it('formats days, spans and months in the locale asked for', () => {
    expect(formatDay('2026-01-07', 'de')).toBe('7. Jan. 2026');
    expect(formatSpan('2025-12-20', '2025-12-21', 'ru')).toBe('20–21 дек. 2025\u202fг.');
    expect(formatSpan('2026-01-28', '2026-02-03', 'fr')).toBe('28 janv.\u2009–\u20093 févr. 2026');
    expect(formatMonth('2026-01', 'uk')).toBe('січень 2026 р.');
    expect(formatMonth('2026-01', 'en-GB')).toBe('January 2026');
  });

  it('calls a briefing stale after 90 days', () => {
    expect(daysSince('2026-02-13', new Date('2026-02-14T12:00:00Z'))).toBe(1);
    expect(isStale('2026-02-13', new Date('2026-05-14T00:00:00Z'))).toBe(false);
    expect(isStale('2026-02-13', new Date('2026-05-15T00:00:00Z'))).toBe(true);
  });
});
