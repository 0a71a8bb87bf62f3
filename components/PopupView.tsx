import { useRef, useState } from 'preact/hooks';
import type { Pack, Topic } from '../data/schema';
import type { Freshness, PackAge } from '../data/pack-freshness';
import { formatDay } from '../data/dates';
import { CategoryDot } from './CategoryChip';
import { Notice } from './Notice';
import { PackLanguageNote } from './PackLanguageNote';
import { TopicContext } from './TopicSummary';
import { formatNumber, t } from '../data/i18n';

/** What the popup knows about the active tab. */
export type PageState =
  | { kind: 'loading' }
  /** Browser-internal pages, extension stores, or a tab opened before install. */
  | { kind: 'unreadable' }
  | { kind: 'read'; host: string; counts: Record<string, number>; paused: boolean; problem?: string };

export interface PopupViewProps {
  pack: Pack;
  /** How old each topic's pack is (data/pack-freshness.ts). */
  freshness: Freshness;
  page: PageState;
  disabled: ReadonlySet<string>;
  pause: { everywhere: boolean; sites: readonly string[] };
  /** Something the reader should know about their settings (a repair). */
  notice?: string;
  onToggle(topicId: string, enabled: boolean): void;
  onReveal(topicId: string): void;
  onPauseSite(host: string, paused: boolean): void;
  onPauseEverywhere(paused: boolean): void;
  /** Whatever keeps this page paused is lifted: the site, "everywhere", or both. */
  onResume(host: string): void;
  onOpenOptions(): void;
}

export function PopupView(props: PopupViewProps) {
  const { pack, page, notice } = props;
  const paused = page.kind === 'read' && page.paused;
  return (
    // Busy until the page has answered: the rows below still move then.
    <main class="bm-popup" aria-busy={page.kind === 'loading'}>
      <header class="bm-popup-header">
        <h1 class="bm-popup-title">Briefmark</h1>
        <p class="bm-popup-pack" title={pack.title}>
          {pack.title}
        </p>
        <PackLanguageNote packLanguage={pack.language} />
      </header>
      <Notice text={notice} />
      <Notice text={page.kind === 'read' && page.problem ? t('popup.pageProblem', { reason: page.problem }) : undefined} />
      <section class="bm-panel" aria-labelledby="bm-page-heading">
        <h2 class="bm-visually-hidden" id="bm-page-heading">
          {t('popup.onThisPage')}
        </h2>
        <PageStatus {...props} />
        {/* Paused, the page counts nothing: the one Resume is the whole story. */}
        {!paused && page.kind !== 'unreadable' && <TopicRows {...props} />}
      </section>
      <footer class="bm-popup-footer">
        <div class="bm-popup-actions">
          {!paused && <PauseButtons {...props} />}
          <button type="button" class="bm-link-button bm-options-link" onClick={props.onOpenOptions}>
            {t('views.popup.settings')}
          </button>
        </div>
        <FreshnessLine freshness={props.freshness} rowsShown={!paused && page.kind !== 'unreadable'} />
        <p class="bm-privacy">{t('popup.privacy')}</p>
      </footer>
    </main>
  );
}

/** One line about the page: reading, unreadable, paused (with the one Resume), nothing found, or the total. */
function PageStatus({ pack, page, disabled, pause, onResume }: PopupViewProps) {
  if (page.kind === 'loading') return <p class="bm-status">{t('popup.reading')}</p>;
  if (page.kind === 'unreadable') {
    return (
      <div class="bm-empty" data-state="unreadable">
        <p>
          <strong>{t('popup.unreadableTitle')}</strong>
        </p>
        <p>{t('popup.unreadableText')}</p>
      </div>
    );
  }
  if (page.paused) {
    const site = pause.sites.includes(page.host);
    const title = pause.everywhere && site
      ? t('views.popup.pausedBoth', { host: page.host })
      : pause.everywhere
        ? t('popup.pausedEverywhere')
        : t('popup.pausedOn', { host: page.host });
    const effect = pause.everywhere && site
      ? t('views.popup.resumeBoth', { host: page.host })
      : pause.everywhere
        ? t('views.popup.resumeEverywhere')
        : t('views.popup.resumeSite', { host: page.host });
    return (
      <div class="bm-empty bm-paused" data-state="paused">
        <p>
          <strong>{title}</strong>
        </p>
        <p>{effect}</p>
        <button type="button" class="bm-button bm-resume" onClick={() => onResume(page.host)}>
          {t('popup.resume')}
        </button>
      </div>
    );
  }
  const mentioned = pack.topics.filter((topic) => (page.counts[topic.id] ?? 0) > 0 && !disabled.has(topic.id));
  if (mentioned.length === 0) {
    return (
      <div class="bm-empty" data-state="empty">
        <p>
          <strong>{t('popup.noneTitle', { host: page.host })}</strong>
        </p>
        <p>{t('popup.noneText')}</p>
      </div>
    );
  }
  const total = mentioned.reduce((sum, topic) => sum + (page.counts[topic.id] ?? 0), 0);
  return (
    <p class="bm-page-total">
      {t('popup.total', {
        mentions: t('count.mentions', { count: total }),
        topics: t('count.topics', { count: mentioned.length }),
        host: page.host,
      })}
    </p>
  );
}

/**
 * Every topic of the library, one compact row each: most mentioned on this
 * page first. The order is fixed when the page first answers, so a row does
 * not jump away from the pointer when its switch is flipped.
 */
function TopicRows({ pack, page, disabled, freshness, onToggle, onReveal }: PopupViewProps) {
  const [open, setOpen] = useState<string>();
  const order = useRef<string[] | undefined>(undefined);
  const counts = page.kind === 'read' && !page.paused ? page.counts : {};
  if (!order.current && page.kind !== 'loading') {
    const index = new Map(pack.topics.map((topic, at) => [topic.id, at]));
    order.current = [...pack.topics]
      .sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || index.get(a.id)! - index.get(b.id)!)
      .map((topic) => topic.id);
  }
  const rank = new Map((order.current ?? []).map((id, at) => [id, at]));
  const topics = [...pack.topics].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  return (
    <ul class="bm-rows" aria-label={t('views.popup.topics', { on: pack.topics.length - disabled.size, total: pack.topics.length })}>
      {topics.map((topic) => (
        <TopicRow
          key={topic.id}
          topic={topic}
          count={counts[topic.id] ?? 0}
          enabled={!disabled.has(topic.id)}
          age={freshness.byTopic[topic.id]}
          open={open === topic.id}
          packLanguage={pack.language}
          onOpen={(id) => setOpen(open === id ? undefined : id)}
          onToggle={onToggle}
          onReveal={onReveal}
        />
      ))}
    </ul>
  );
}

function TopicRow({
  topic,
  count,
  enabled,
  age,
  open,
  packLanguage,
  onOpen,
  onToggle,
  onReveal,
}: {
  topic: Topic;
  count: number;
  enabled: boolean;
  age?: PackAge;
  open: boolean;
  packLanguage: string;
  onOpen(id: string): void;
  onToggle(id: string, enabled: boolean): void;
  onReveal(id: string): void;
}) {
  const detailId = `bm-context-${topic.id}`;
  const mentioned = enabled && count > 0;
  return (
    <li
      class={`bm-row${mentioned ? ' bm-mention' : ''}${enabled ? '' : ' bm-row-off'}${open ? ' bm-row-open' : ''}`}
      data-topic={topic.id}
      data-state={enabled ? 'on' : 'off'}
    >
      <div class="bm-row-head">
        <button type="button" class="bm-row-button" aria-expanded={open} aria-controls={detailId} onClick={() => onOpen(topic.id)}>
          <span class="bm-row-caret" aria-hidden="true" />
          <CategoryDot category={topic.category} />
          <span class="bm-mention-title" title={topic.title}>
            {topic.title}
          </span>
          {/* A narrow amber edge, named for screen readers: the footer says what it means. */}
          {age?.stale && (
            <span class="bm-stale-mark" title={t('views.popup.staleTitle', { pack: age.packTitle, date: formatDay(age.asOf) })}>
              <span class="bm-visually-hidden">{t('views.popup.staleMark')}</span>
            </span>
          )}
          {enabled ? (
            <span class={count > 0 ? 'bm-count' : 'bm-count bm-count-none'} title={t('count.mentions', { count })}>
              {formatNumber(count)}
            </span>
          ) : (
            <span class="bm-off-label">{t('views.popup.off')}</span>
          )}
        </button>
        <input
          type="checkbox"
          role="switch"
          class="bm-switch"
          checked={enabled}
          data-topic={topic.id}
          aria-label={t('views.popup.switch', { title: topic.title })}
          onChange={(event) => onToggle(topic.id, event.currentTarget.checked)}
        />
      </div>
      {open && (
        <div class="bm-row-detail" id={detailId} ref={(element) => element?.parentElement?.scrollIntoView?.({ block: 'nearest' })}>
          <TopicContext topic={topic} packLanguage={packLanguage} />
          {age && (
            <p class={age.stale ? 'bm-row-age bm-row-age-stale' : 'bm-row-age'}>
              {t(age.stale ? 'views.popup.fromStalePack' : 'views.popup.fromPack', {
                pack: age.packTitle,
                date: formatDay(age.asOf),
                days: age.days,
              })}
            </p>
          )}
          {mentioned && (
            <button type="button" class="bm-button bm-reveal" onClick={() => onReveal(topic.id)}>
              {t('popup.showFirst')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** Pausing: on this site, or everywhere. Resuming is the paused panel's one button. */
function PauseButtons({ page, onPauseSite, onPauseEverywhere }: PopupViewProps) {
  const host = page.kind === 'read' ? page.host : undefined;
  return (
    <div class="bm-pause-buttons" role="group" aria-label={t('popup.pause')}>
      {host && (
        <button type="button" class="bm-button bm-button-quiet" onClick={() => onPauseSite(host, true)}>
          {t('popup.pauseOn', { host })}
        </button>
      )}
      <button type="button" class="bm-button bm-button-quiet" onClick={() => onPauseEverywhere(true)}>
        {t('popup.pauseEverywhere')}
      </button>
    </div>
  );
}

/** The age of the briefings behind the list: the stale packs, or the oldest pack. Never the newest. */
function FreshnessLine({ freshness, rowsShown }: { freshness: Freshness; rowsShown: boolean }) {
  const [first, ...others] = freshness.stale;
  if (first) {
    return (
      <p class="bm-asof bm-asof-stale" data-stale-pack={first.packId}>
        <strong>{t('asOf.staleLead')}</strong>{' '}
        {/* The amber edges are explained only where there are rows to have them. */}
        {t(rowsShown ? 'views.popup.staleFooter' : 'asOf.stale', { pack: first.packTitle, date: formatDay(first.asOf), days: first.days })}
        {others.length > 0 && ` ${t('views.popup.staleOthers', { packs: others.map((pack) => `“${pack.packTitle}”`).join(', ') })}`}
      </p>
    );
  }
  const oldest = freshness.oldest;
  if (!oldest) return null;
  return (
    <p class="bm-asof">
      {t(freshness.packs.length > 1 ? 'views.popup.oldestPack' : 'asOf.current', { pack: oldest.packTitle, date: formatDay(oldest.asOf) })}
    </p>
  );
}
