import type { Topic } from '../data/schema';
import { CategoryChip } from './CategoryChip';
import { FactList } from './FactList';
import { AsOfLine } from './AsOfLine';

export interface TopicCardProps {
  topic: Topic;
  packTitle: string;
  asOf: string;
  stale: boolean;
  /** Titles of the related topics, already looked up. */
  relatedTitles: string[];
  /** How many key facts to show; the card stays short on the page. */
  maxFacts?: number;
}

/** The hover card: what a reader needs to place a mention in context. */
export function TopicCard({ topic, packTitle, asOf, stale, relatedTitles, maxFacts = 4 }: TopicCardProps) {
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
      <p class="bm-summary">{topic.summary}</p>
      {topic.caveat && (
        <p class="bm-caveat">
          <strong>Disputed:</strong> {topic.caveat}
        </p>
      )}
      <h3 class="bm-section-title">Key facts</h3>
      <FactList facts={facts} />
      {relatedTitles.length > 0 && <p class="bm-related">Related: {relatedTitles.join(' · ')}</p>}
      <AsOfLine packTitle={packTitle} asOf={asOf} stale={stale} />
    </section>
  );
}
