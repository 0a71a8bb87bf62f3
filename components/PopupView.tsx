import type { Pack, Topic } from '../data/schema';
import { CategoryDot } from './CategoryChip';
import { AsOfLine } from './AsOfLine';
import { TopicToggleList } from './TopicToggleList';
import { Notice } from './Notice';

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
      </header>
      <Notice text={notice} />
      <section class="bm-panel" aria-labelledby="bm-page-heading">
        <h2 class="bm-panel-title" id="bm-page-heading">
          On this page
        </h2>
        <PageSection {...props} />
      </section>
      <PauseControls {...props} />
      {/* Open by default only when the page gives nothing else to show. */}
      <details class="bm-panel bm-topics" open={page.kind !== 'read' || !mentionsAny(pack, page.counts, disabled)}>
        <summary class="bm-panel-title">
          Tracked topics ({pack.topics.length - disabled.size} of {pack.topics.length})
        </summary>
        <TopicToggleList topics={pack.topics} disabled={disabled} onToggle={onToggle} />
      </details>
      <footer class="bm-popup-footer">
        <AsOfLine packTitle={pack.title} asOf={pack.asOf} stale={stale} />
        <p class="bm-privacy">Everything runs in your browser. Nothing you read is sent anywhere.</p>
        <button type="button" class="bm-link-button bm-options-link" onClick={props.onOpenOptions}>
          Packs, your own topics, colours and timeline…
        </button>
      </footer>
    </main>
  );
}

/** Pause on this site, pause everywhere, and the list of paused sites with resume. */
function PauseControls({ page, pause, onPauseSite, onPauseEverywhere }: PopupViewProps) {
  const host = page.kind === 'read' ? page.host : undefined;
  return (
    <section class="bm-panel bm-pause" aria-label="Pause">
      <div class="bm-pause-buttons">
        {/* When this site is paused, the notice above has the Resume button. */}
        {host && !pause.everywhere && !pause.sites.includes(host) && (
          <button
            type="button"
            class="bm-button"
            aria-pressed={pause.sites.includes(host)}
            onClick={() => onPauseSite(host, !pause.sites.includes(host))}
          >
            {pause.sites.includes(host) ? `Resume on ${host}` : `Pause on ${host}`}
          </button>
        )}
        <button
          type="button"
          class="bm-button"
          aria-pressed={pause.everywhere}
          onClick={() => onPauseEverywhere(!pause.everywhere)}
        >
          {pause.everywhere ? 'Resume everywhere' : 'Pause everywhere'}
        </button>
      </div>
      {pause.sites.length > 0 && (
        <details class="bm-paused-sites">
          <summary>Paused sites ({pause.sites.length})</summary>
          <ul>
            {pause.sites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="bm-link-button" onClick={() => onPauseSite(site, false)}>
                  Resume
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
  if (page.kind === 'loading') return <p class="bm-empty">Reading the page…</p>;
  if (page.kind === 'unreadable') {
    return (
      <div class="bm-empty" data-state="unreadable">
        <p>
          <strong>Briefmark can’t read this page.</strong>
        </p>
        <p>
          Browsers keep extensions out of their own pages (settings, new tab, extension stores) and local files. On a
          web page opened before Briefmark was installed, reload the page.
        </p>
      </div>
    );
  }
  if (page.paused) {
    const everywhere = pause.everywhere;
    return (
      <div class="bm-empty" data-state="paused">
        <p>
          <strong>{everywhere ? 'Briefmark is paused everywhere.' : `Briefmark is paused on ${page.host}.`}</strong>
        </p>
        <p>Nothing on this page is read or highlighted until you resume.</p>
        <button
          type="button"
          class="bm-button"
          onClick={() => (everywhere ? onPauseEverywhere(false) : onPauseSite(page.host, false))}
        >
          Resume
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
          <strong>No briefing topics on {page.host}.</strong>
        </p>
        <p>Mentions of the tracked topics below are highlighted on the page as you read.</p>
      </div>
    );
  }
  const total = mentioned.reduce((sum, topic) => sum + (page.counts[topic.id] ?? 0), 0);
  return (
    <>
      <p class="bm-page-total">
        {total} {total === 1 ? 'mention' : 'mentions'} of {mentioned.length}{' '}
        {mentioned.length === 1 ? 'topic' : 'topics'} on {page.host}
      </p>
      <ul class="bm-mentions">
        {mentioned.map((topic) => (
          <MentionItem key={topic.id} topic={topic} count={page.counts[topic.id] ?? 0} onReveal={onReveal} />
        ))}
      </ul>
    </>
  );
}

function MentionItem({ topic, count, onReveal }: { topic: Topic; count: number; onReveal(id: string): void }) {
  return (
    <li class="bm-mention" data-topic={topic.id}>
      <div class="bm-mention-head">
        <CategoryDot category={topic.category} />
        <span class="bm-mention-title">{topic.title}</span>
        <span class="bm-count" title={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
          {count}
        </span>
      </div>
      <div class="bm-mention-actions">
        <button type="button" class="bm-link-button" onClick={() => onReveal(topic.id)}>
          Show first mention
        </button>
        <details class="bm-mention-context">
          <summary>Context</summary>
          <p class="bm-summary">{topic.summary}</p>
          {topic.caveat && (
            <p class="bm-caveat">
              <strong>Disputed:</strong> {topic.caveat}
            </p>
          )}
        </details>
      </div>
    </li>
  );
}
