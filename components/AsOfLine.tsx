import { formatDay } from '../data/dates';

/** Says how old the briefing is, and warns when it may be out of date. */
export function AsOfLine({ packTitle, asOf, stale }: { packTitle: string; asOf: string; stale: boolean }) {
  return (
    <p class={stale ? 'bm-asof bm-asof-stale' : 'bm-asof'}>
      {stale ? (
        <>
          <strong>May be out of date:</strong> the “{packTitle}” briefing was last checked on {formatDay(asOf)}.
        </>
      ) : (
        <>
          Briefing “{packTitle}”, as of {formatDay(asOf)}.
        </>
      )}
    </p>
  );
}
