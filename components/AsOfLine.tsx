import { formatDay } from '../data/dates';
import { ageOf } from '../data/freshness';
import { t } from '../data/i18n';

export interface AsOfLineProps {
  packTitle: string;
  asOf: string;
  stale: boolean;
  /** Today, for the briefing's age ("9 months ago"); tests pass their own. */
  today?: Date;
}

/**
 * The freshness line: when the briefing (its pack) was last checked and how
 * long ago that is. A stale briefing says so first, in the warning colours.
 */
export function AsOfLine({ packTitle, asOf, stale, today = new Date() }: AsOfLineProps) {
  // The date and the age each stay on one line: "9 / months ago" reads badly.
  const unbroken = (text: string) => text.replace(/ /g, '\u00a0');
  const checked = t('asOf.checked', { date: unbroken(formatDay(asOf)), age: unbroken(ageOf(asOf, today)) });
  return (
    <p class={stale ? 'bm-asof bm-asof-stale' : 'bm-asof'} title={t('asOf.pack', { pack: packTitle })}>
      {stale && <strong class="bm-asof-lead">{t('asOf.staleLead')} </strong>}
      <span>{checked}</span>
    </p>
  );
}
