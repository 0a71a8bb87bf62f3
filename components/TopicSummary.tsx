import type { Topic } from '../data/schema';
import { t } from '../data/i18n';

/** A topic's summary and, where the common telling is disputed, its caveat: in the pack's language. */
export function TopicSummary({ topic, packLanguage }: { topic: Topic; packLanguage?: string }) {
  return (
    <div class="bm-pack-text" lang={packLanguage}>
      <p class="bm-summary">{topic.summary}</p>
      {topic.caveat && (
        <p class="bm-caveat">
          <strong>{t('card.disputed')}</strong> {topic.caveat}
        </p>
      )}
    </div>
  );
}
