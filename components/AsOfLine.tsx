import { formatDay } from '../data/dates';
import { t } from '../data/i18n';

/** Says how old the briefing is, and warns when it may be out of date. */
export function AsOfLine({ packTitle, asOf, stale }: { packTitle: string; asOf: string; stale: boolean }) {
  return (
    <p class={stale ? 'bm-asof bm-asof-stale' : 'bm-asof'}>
      {stale ? (
        <>
          <strong>{t('asOf.staleLead')}</strong> {t('asOf.stale', { pack: packTitle, date: formatDay(asOf) })}
        </>
      ) : (
        t('asOf.current', { pack: packTitle, date: formatDay(asOf) })
      )}
    </p>
  );
}
