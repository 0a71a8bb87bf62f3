import type { Topic } from '../data/schema';
import { CategoryChip } from './CategoryChip';
import { FactList, newestFirst } from './FactList';
import { AsOfLine } from './AsOfLine';
import { PackLanguageNote } from './PackLanguageNote';
import { t } from '../data/i18n';

/** What the reader can do from the card; each writes a setting, which every tab follows. */
export interface TopicCardActions {
  /** Never highlight this phrase (the mention's text), whatever topic it names. */
  mutePhrase(): void;
  muteTopic(): void;
  pauseSite(): void;
  /** Show a related topic in the card. */
  openTopic(topicId: string): void;
}

export interface TopicCardProps {
  topic: Topic;
  packTitle: string;
  asOf: string;
  stale: boolean;
  /** Titles of the related topics, already looked up, in the order of `topic.related`. */
  relatedTitles: string[];
  /** The pack's language tag ("en"): its summaries and facts are in it, whatever the UI's language. */
  packLanguage?: string;
  /** How many of the newest facts the glance shows. */
  maxFacts?: number;
  /** The full view: the whole summary, every fact as a timeline, related topics. */
  expanded?: boolean;
  onToggleExpanded?(): void;
  /** The mention's text, for "don't highlight “…”". */
  phrase?: string;
  /** The site the page is on, for "pause on …". */
  site?: string;
  actions?: TopicCardActions;
  /** The page's colours, light or dark: the card follows them. */
  tone?: 'light' | 'dark';
  today?: Date;
}

/** Ends at an initial or an abbreviation ("the U.S.", "Gen."), where a segmenter may wrongly see a sentence end. */
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{Lu}\.)+\s*$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Lt|Col|No|vs|etc|approx)\.\s*$/u;

/** The summary's first sentence: the gist a glance needs (the full view has the rest). */
export function gistOf(summary: string, language = 'en'): string {
  try {
    let gist = '';
    for (const { segment } of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(summary)) {
      gist += segment;
      if (!ABBREVIATION_END.test(gist)) break;
    }
    return gist.trim() || summary;
  } catch {
    return summary;
  }
}

/**
 * The hover card, as glanceable as an encyclopedia's link preview: title, the
 * gist, a disputed note, the newest facts with dates and sources, how fresh
 * the briefing is, and what the reader can do. "More" opens the full view in
 * the card itself, so the reader stays where they are reading.
 */
export function TopicCard(props: TopicCardProps) {
  const { topic, packTitle, asOf, stale, relatedTitles, packLanguage, maxFacts = 3, expanded = false, actions } = props;
  const headingId = `bm-card-title-${topic.id}`;
  const facts = newestFirst(topic.facts);
  const shown = expanded ? facts : facts.slice(0, maxFacts);
  return (
    <section
      class={expanded ? 'bm-card bm-card-expanded' : 'bm-card'}
      role="dialog"
      aria-labelledby={headingId}
      data-topic={topic.id}
      data-tone={props.tone}
      tabIndex={-1}
    >
      <header class="bm-card-header">
        <p class="bm-card-kicker">
          <CategoryChip category={topic.category} />
          <span class="bm-card-pack">{packTitle}</span>
        </p>
        <h2 class="bm-card-title" id={headingId}>
          {topic.title}
        </h2>
      </header>
      <PackLanguageNote packLanguage={packLanguage} />
      <div class="bm-pack-text" lang={packLanguage}>
        <p class={expanded ? 'bm-summary' : 'bm-summary bm-gist'}>{expanded ? topic.summary : gistOf(topic.summary, packLanguage)}</p>
        {topic.caveat && (
          <p class="bm-caveat">
            <span class={expanded ? undefined : 'bm-clamp-2'}>
              <strong>{t('card.disputed')}</strong> {topic.caveat}
            </span>
          </p>
        )}
      </div>
      {shown.length > 0 && (
        <>
          <h3 class="bm-section-title">{expanded ? t('card.timeline') : t('card.latest')}</h3>
          <FactList facts={shown} packLanguage={packLanguage} brief={!expanded} />
        </>
      )}
      {expanded && relatedTitles.length > 0 && (
        <>
          <h3 class="bm-section-title">{t('card.relatedTitle')}</h3>
          <ul class="bm-related-list">
            {topic.related.map((id, index) => (
              <li key={id}>
                <button type="button" class="bm-link-button bm-related-topic" data-topic={id} onClick={() => actions?.openTopic(id)}>
                  {relatedTitles[index] ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <AsOfLine packTitle={packTitle} asOf={asOf} stale={stale} today={props.today} />
      <footer class="bm-card-footer">
        <button type="button" class="bm-card-more" aria-expanded={expanded} onClick={() => props.onToggleExpanded?.()}>
          {expanded ? t('card.less') : t('card.more', { count: facts.length })}
        </button>
        {actions && (
          <div class="bm-card-actions" role="group" aria-label={t('card.stopLabel')}>
            {props.phrase && (
              <button type="button" class="bm-card-action" data-action="mute-phrase" onClick={actions.mutePhrase}>
                {t('card.mutePhrase', { phrase: props.phrase })}
              </button>
            )}
            <button type="button" class="bm-card-action" data-action="mute-topic" onClick={actions.muteTopic}>
              {t('card.muteTopic')}
            </button>
            <button
              type="button"
              class="bm-card-action"
              data-action="pause-site"
              title={props.site ? t('card.pauseSiteTitle', { site: props.site }) : undefined}
              onClick={actions.pauseSite}
            >
              {t('card.pauseSite')}
            </button>
          </div>
        )}
      </footer>
    </section>
  );
}
