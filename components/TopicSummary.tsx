import type { Topic } from '../data/schema';
import { t } from '../data/i18n';
import { FactList } from './FactList';

/** Facts the popup's context shows: the newest few, so it stays short. */
export const CONTEXT_FACTS = 3;

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

/** The topic's newest dated facts, newest first. */
export function newestFacts(topic: Topic, count = CONTEXT_FACTS) {
  return [...topic.facts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, count);
}

/** Summary plus the newest facts: the popup's context for one topic. */
export function TopicContext({ topic, packLanguage }: { topic: Topic; packLanguage?: string }) {
  const facts = newestFacts(topic);
  return (
    <div class="bm-context">
      <TopicSummary topic={topic} packLanguage={packLanguage} />
      {facts.length > 0 ? (
        <>
          <h3 class="bm-section-title">{t('views.popup.newestFacts')}</h3>
          <FactList facts={facts} packLanguage={packLanguage} />
        </>
      ) : (
        <p class="bm-context-none">{t('views.popup.noFacts')}</p>
      )}
    </div>
  );
}
