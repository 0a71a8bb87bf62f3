import type { Pack, Topic } from '../data/schema';
import { CategoryDot } from './CategoryChip';
import { AsOfLine } from './AsOfLine';
import { TopicToggleList } from './TopicToggleList';
import { Notice } from './Notice';
import { PackLanguageNote } from './PackLanguageNote';
import { TopicSummary } from './TopicSummary';
import { formatNumber, t } from '../data/i18n';

/** What the popup knows about the active tab. */
export type PageState =
  | { kind: 'loading' }
  /** Browser-internal pages, extension stores, or a tab opened before install. */
  | { kind: 'unreadable' }
  | { kind: 'read'; host: string; counts: Record<string, number>; paused: boolean };

export interface PopupViewProps {
  pack: Pack;
  stale: boolean;
  page: PageState;
  disabled: ReadonlySet<string>;
  pause: { everywhere: boolean; sites: readonly string[] };
  /** Something the reader should know about their settings (a repair). */
  notice?: string;
  onToggle(topicId: string, enabled: boolean): void;
  onReveal(topicId: string): void;
  onPauseSite(host: string, paused: boolean): void;
  onPauseEverywhere(paused: boolean): void;
  onOpenOptions(): void;
}

export function PopupView(props: PopupViewProps) {
  const { pack, stale, page, disabled, notice, onToggle } = props;
  return (
    // Busy until the page has answered: the panels below still move then.
    <main class="bm-popup" aria-busy={page.kind === 'loading'}>
      <header class="bm-popup-header">
        <h1 class="bm-popup-title">Briefmark</h1>
        <p class="bm-popup-pack">{pack.title}</p>
        <PackLanguageNote packLanguage={pack.language} />
      </header>
      <Notice text={notice} />
      <section class="bm-panel" aria-labelledby="bm-page-heading">
        <h2 class="bm-panel-title" id="bm-page-heading">
          {t('popup.onThisPage')}
        </h2>
        <PageSection {...props} />
      </section>
      <PauseControls {...props} />
      {/* Open by default only when the page gives nothing else to show. */}
      <details class="bm-panel bm-topics" open={page.kind !== 'read' || !mentionsAny(pack, page.counts, disabled)}>
        <summary class="bm-panel-title">
          {t('popup.trackedTopics', { on: pack.topics.length - disabled.size, total: pack.topics.length })}
        </summary>
        <TopicToggleList topics={pack.topics} disabled={disabled} onToggle={onToggle} />
      </details>
      <footer class="bm-popup-footer">
        <AsOfLine packTitle={pack.title} asOf={pack.asOf} stale={stale} />
        <p class="bm-privacy">{t('popup.privacy')}</p>
        <button type="button" class="bm-link-button bm-options-link" onClick={props.onOpenOptions}>
          {t('popup.openOptions')}
        </button>
      </footer>
    </main>
  );
}

/** Pause on this site, pause everywhere, and the list of paused sites with resume. */
function PauseControls({ page, pause, onPauseSite, onPauseEverywhere }: PopupViewProps) {
  const host = page.kind === 'read' ? page.host : undefined;
  return (
    <section class="bm-panel bm-pause" aria-label={t('popup.pause')}>
      <div class="bm-pause-buttons">
        {/* When this site is paused, the notice above has the Resume button. */}
        {host && !pause.everywhere && !pause.sites.includes(host) && (
          <button
            type="button"
            class="bm-button"
            aria-pressed={pause.sites.includes(host)}
            onClick={() => onPauseSite(host, !pause.sites.includes(host))}
          >
            {t(pause.sites.includes(host) ? 'popup.resumeOn' : 'popup.pauseOn', { host })}
          </button>
        )}
        <button
          type="button"
          class="bm-button"
          aria-pressed={pause.everywhere}
          onClick={() => onPauseEverywhere(!pause.everywhere)}
        >
          {t(pause.everywhere ? 'popup.resumeEverywhere' : 'popup.pauseEverywhere')}
        </button>
      </div>
      {pause.sites.length > 0 && (
        <details class="bm-paused-sites">
          <summary>{t('popup.pausedSites', { count: pause.sites.length })}</summary>
          <ul>
            {pause.sites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="bm-link-button" onClick={() => onPauseSite(site, false)}>
                  {t('popup.resume')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function mentionsAny(pack: Pack, counts: Record<string, number>, disabled: ReadonlySet<string>): boolean {
  return pack.topics.some((topic) => (counts[topic.id] ?? 0) > 0 && !disabled.has(topic.id));
}

function PageSection({ pack, page, disabled, pause, onReveal, onPauseSite, onPauseEverywhere }: PopupViewProps) {
  if (page.kind === 'loading') return <p class="bm-empty">{t('popup.reading')}</p>;
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
    const everywhere = pause.everywhere;
    return (
      <div class="bm-empty" data-state="paused">
        <p>
          <strong>{everywhere ? t('popup.pausedEverywhere') : t('popup.pausedOn', { host: page.host })}</strong>
        </p>
        <p>{t('popup.pausedText')}</p>
        <button
          type="button"
          class="bm-button"
          onClick={() => (everywhere ? onPauseEverywhere(false) : onPauseSite(page.host, false))}
        >
          {t('popup.resume')}
        </button>
      </div>
    );
  }
  const mentioned = pack.topics
    .filter((topic) => (page.counts[topic.id] ?? 0) > 0 && !disabled.has(topic.id))
    .sort((a, b) => (page.counts[b.id] ?? 0) - (page.counts[a.id] ?? 0));
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
    <>
      <p class="bm-page-total">
        {t('popup.total', {
          mentions: t('count.mentions', { count: total }),
          topics: t('count.topics', { count: mentioned.length }),
          host: page.host,
        })}
      </p>
      <ul class="bm-mentions">
        {mentioned.map((topic) => (
          <MentionItem
            key={topic.id}
            topic={topic}
            count={page.counts[topic.id] ?? 0}
            packLanguage={pack.language}
            onReveal={onReveal}
          />
        ))}
      </ul>
    </>
  );
}

function MentionItem({
  topic,
  count,
  packLanguage,
  onReveal,
}: {
  topic: Topic;
  count: number;
  packLanguage: string;
  onReveal(id: string): void;
}) {
  return (
    <li class="bm-mention" data-topic={topic.id}>
      <div class="bm-mention-head">
        <CategoryDot category={topic.category} />
        <span class="bm-mention-title">{topic.title}</span>
        <span class="bm-count" title={t('count.mentions', { count })}>
          {formatNumber(count)}
        </span>
      </div>
      <div class="bm-mention-actions">
        <button type="button" class="bm-link-button" onClick={() => onReveal(topic.id)}>
          {t('popup.showFirst')}
        </button>
        <details class="bm-mention-context">
          <summary>{t('popup.context')}</summary>
          <TopicSummary topic={topic} packLanguage={packLanguage} />
        </details>
      </div>
    </li>
  );
}
