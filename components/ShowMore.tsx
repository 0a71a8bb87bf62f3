import { t } from '../data/i18n';

/** How many items a long list shows at first, and adds at each "Show more". */
export const PAGE_SIZE = 100;

/** Under a long list: how much of it is shown, and a button for the next page. Nothing when it is all shown. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) {
  if (shown >= total) return null;
  return (
    <p class="bm-show-more">
      <span class="bm-show-more-count">{t('options.shown', { shown, total })}</span>{' '}
      <button type="button" class="bm-button" onClick={onMore}>
        {t('options.showMore', { count: Math.min(PAGE_SIZE, total - shown) })}
      </button>
    </p>
  );
}
