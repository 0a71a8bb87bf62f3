import type { Category, Fact, Topic } from '../data/schema';
import { categoryColors, categoryLabel } from '../data/categories';
import { formatMonth, formatSpan } from '../data/dates';
import { t } from '../data/i18n';
import { SourceLinks } from './FactList';
import { ShowMore, PAGE_SIZE } from './ShowMore';
import { useState } from 'preact/hooks';

export interface TimelineTopic {
  topic: Topic;
  packTitle: string;
  /** The language of the topic's facts. */
  packLanguage?: string;
}

export type TimelineSelection = ReadonlySet<string> | 'all';

export interface TimelineProps {
  topics: readonly TimelineTopic[];
  /** Which topics' facts are shown: `'all'`, or a set of topic ids. */
  selected: TimelineSelection;
  onSelect(selection: TimelineSelection): void;
  /** The reader's category colours; the defaults where left out. */
  colors?: Partial<Record<Category, string>>;
}

export interface TimelineEvent {
  fact: Fact;
  topic: Topic;
  packTitle: string;
  packLanguage?: string;
}

export interface TimelineMonth {
  /** "2026-01". */
  key: string;
  /** "January 2026". */
  label: string;
  events: TimelineEvent[];
}

function isShown(selected: TimelineSelection, topicId: string): boolean {
  return selected === 'all' || selected.has(topicId);
}

/**
 * The dated facts of the selected topics, newest first, grouped by the month
 * they start in. Newest first because a reader opens the timeline to see what
 * happened lately; the month headings let them read back from there. Facts on
 * the same day keep the order of the topics and of each topic's facts.
 */
export function timelineMonths(topics: readonly TimelineTopic[], selected: TimelineSelection): TimelineMonth[] {
  const events: TimelineEvent[] = topics
    .filter(({ topic }) => isShown(selected, topic.id))
    .flatMap(({ topic, packTitle, packLanguage }) => topic.facts.map((fact) => ({ fact, topic, packTitle, packLanguage })));
  // Array.prototype.sort is stable: equal dates keep their order.
  events.sort((a, b) => (a.fact.date < b.fact.date ? 1 : a.fact.date > b.fact.date ? -1 : 0));
  const months: TimelineMonth[] = [];
  for (const event of events) {
    const key = event.fact.date.slice(0, 7);
    let month = months.at(-1);
    if (month?.key !== key) {
      month = { key, label: formatMonth(key), events: [] };
      months.push(month);
    }
    month.events.push(event);
  }
  return months;
}

/** The first `count` events of `months`, in the same months. */
export function firstEvents(months: readonly TimelineMonth[], count: number): TimelineMonth[] {
  const out: TimelineMonth[] = [];
  let left = count;
  for (const month of months) {
    if (left <= 0) break;
    out.push(month.events.length <= left ? month : { ...month, events: month.events.slice(0, left) });
    left -= month.events.length;
  }
  return out;
}

/** The selection after the reader presses a topic's chip. */
export function toggleTopic(selected: TimelineSelection, topicId: string, allIds: readonly string[]): TimelineSelection {
  const next = new Set(selected === 'all' ? [] : selected);
  if (next.has(topicId)) next.delete(topicId);
  else next.add(topicId);
  if (next.size === 0 || allIds.every((id) => next.has(id))) return 'all';
  return next;
}

/** The briefing's dated facts on a vertical timeline, filterable by topic. */
export function Timeline({ topics, selected, onSelect, colors }: TimelineProps) {
  const palette = categoryColors(colors);
  const dated = topics.filter(({ topic }) => topic.facts.length > 0);
  const allIds = dated.map(({ topic }) => topic.id);
  const months = timelineMonths(dated, selected);
  const eventCount = months.reduce((sum, month) => sum + month.events.length, 0);
  // A big library has thousands of facts and of topics to filter by: a page of facts, and the chips only once opened.
  const [shown, setShown] = useState(PAGE_SIZE);
  const [filterOpen, setFilterOpen] = useState(false);
  const showPack = new Set(dated.map(({ packTitle }) => packTitle)).size > 1;

  const only = selected !== 'all' && selected.size === 1 ? dated.find(({ topic }) => selected.has(topic.id))?.topic : undefined;
  const chosen = selected === 'all' ? t('options.all') : dated.filter(({ topic }) => selected.has(topic.id)).map(({ topic }) => topic.title).join(', ');

  return (
    <section class="bm-timeline" aria-label={t('options.timeline')}>
      {/* Folded: a dozen chips would push the timeline off the screen. */}
      <details class="bm-timeline-filter-box" onToggle={(event) => setFilterOpen(event.currentTarget.open)}>
        <summary>
          {t('options.showTopics')}: <strong class="bm-timeline-chosen">{chosen}</strong>
        </summary>
        <div class="bm-timeline-filter" role="group" aria-label={t('options.showTopics')}>
          <button type="button" class="bm-filter-chip" aria-pressed={selected === 'all'} onClick={() => onSelect('all')}>
            {t('options.all')}
          </button>
          {(filterOpen || dated.length <= PAGE_SIZE) && dated.map(({ topic }) => (
            <button
              type="button"
              class="bm-filter-chip"
              key={topic.id}
              data-topic={topic.id}
              aria-pressed={selected !== 'all' && selected.has(topic.id)}
              style={{ '--bm-category': palette[topic.category] }}
              onClick={() => onSelect(toggleTopic(selected, topic.id, allIds))}
            >
              <span class="bm-filter-dot" aria-hidden="true" />
              {topic.title}
            </button>
          ))}
        </div>
      </details>
      {only && <h3 class="bm-timeline-only" style={{ '--bm-category': palette[only.category] }}>{only.title}</h3>}
      {months.length === 0 ? (
        <p class="bm-timeline-empty">{t('options.noDatedFacts')}</p>
      ) : (
        <ol class="bm-timeline-months">
          {firstEvents(months, shown).map((month) => (
            <li class="bm-timeline-month" key={month.key}>
              <h3 class="bm-timeline-month-title" id={`bm-month-${month.key}`}>
                {month.label}
              </h3>
              <ol class="bm-timeline-events" aria-labelledby={`bm-month-${month.key}`}>
                {month.events.map(({ fact, topic, packTitle, packLanguage }) => (
                  <li
                    class="bm-timeline-event"
                    key={`${topic.id}-${fact.date}-${fact.text}`}
                    data-topic={topic.id}
                    style={{ '--bm-category': palette[topic.category] }}
                  >
                    <span class="bm-timeline-dot" title={categoryLabel(topic.category)} aria-hidden="true" />
                    <div class="bm-timeline-head">
                      <time class="bm-timeline-date" dateTime={fact.date}>
                        {formatSpan(fact.date, fact.endDate)}
                      </time>
                      {/* One topic shown: its title is said once, above. */}
                      {!only && <span class="bm-timeline-topic">{topic.title}</span>}
                      {showPack && !only && <span class="bm-timeline-pack">{packTitle}</span>}
                    </div>
                    <p class="bm-timeline-text" lang={packLanguage}>
                      {fact.text}
                    </p>
                    <SourceLinks sources={fact.sources} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      <ShowMore shown={shown} total={eventCount} onMore={() => setShown(shown + PAGE_SIZE)} />
    </section>
  );
}
