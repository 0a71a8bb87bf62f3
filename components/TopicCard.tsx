import type { Topic } from '../data/schema';
import { CategoryChip } from './CategoryChip';
import { FactList } from './FactList';
import { AsOfLine } from './AsOfLine';
import { PackLanguageNote } from './PackLanguageNote';
import { TopicSummary } from './TopicSummary';
import { t } from '../data/i18n';

export interface TopicCardProps {
  topic: Topic;
  packTitle: string;
  asOf: string;
  stale: boolean;
  /** Titles of the related topics, already looked up. */
  relatedTitles: string[];
  /** The pack's language tag ("en"): its summaries and facts are in it, whatever the UI's language. */
  packLanguage?: string;
  /** How many key facts to show; the card stays short on the page. */
  maxFacts?: number;
}

/** The hover card: what a reader needs to place a mention in context. */
export function TopicCard({ topic, packTitle, asOf, stale, relatedTitles, packLanguage, maxFacts = 4 }: TopicCardProps) {
  const headingId = `bm-card-title-${topic.id}`;
  // The latest facts matter most on a hover; the popup shows all of them.
  const facts = topic.facts.slice(-maxFacts);
  return (
    <section class="bm-card" role="dialog" aria-labelledby={headingId} data-topic={topic.id} tabIndex={-1}>
      <header class="bm-card-header">
        <CategoryChip category={topic.category} />
        <h2 class="bm-card-title" id={headingId}>
          {topic.title}
        </h2>
      </header>
      <PackLanguageNote packLanguage={packLanguage} />
      <TopicSummary topic={topic} packLanguage={packLanguage} />
      <h3 class="bm-section-title">{t('card.keyFacts')}</h3>
      <FactList facts={facts} packLanguage={packLanguage} />
      {relatedTitles.length > 0 && (
        <p class="bm-related">{t('card.related', { topics: relatedTitles.join(' · ') })}</p>
      )}
      <AsOfLine packTitle={packTitle} asOf={asOf} stale={stale} />
    </section>
  );
}
