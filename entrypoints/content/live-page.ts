/**
 * Keeps a page highlighted while it changes: the first pass over the whole
 * page, then only what the page adds or rewrites.
 *
 * - Mutations are batched: work starts once the page has been quiet for a
 *   moment (at most MAX_WAIT_MS after the first change), so a page streaming
 *   in comments costs one pass per burst, not one per node.
 * - Only changed subtrees are walked, all of them in one mark.js walk.
 * - Our own edits never feed back: records they cause are taken and dropped.
 * - A page that keeps removing our highlights (a framework re-rendering them
 *   away) gets MAX_FIGHTS retries; then we back off, quietly and
 *   exponentially, so neither side loops.
 *
 * The `document` is a parameter, so tests can pass their own.
 */
import type { Pack } from '../../data/schema';
import { compileMatcher, topicsWithContext, type CompiledMatcher } from '../../data/matcher';
import {
  addCounts,
  EXCLUDE_SELECTOR,
  MARK_SELECTOR,
  countMentions,
  highlight,
  marksIn,
  openShadowRoots,
  unhighlight,
  unwrap,
  type MarkAttributes,
} from './highlighter';

const QUIET_MS = 60;
const MAX_WAIT_MS = 200;
const MAX_FIGHTS = 5;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 60_000;

export interface LivePageOptions {
  pack: Pack;
  attributes: MarkAttributes;
  /** Called after each pass that changed the marks, with the new counts. */
  onCountsChanged?(counts: Record<string, number>): void;
  setTimeout?(handler: () => void, ms: number): number;
  clearTimeout?(id: number | undefined): void;
}

export class LivePage {
  private disabled = new Set<string>();
  private withContext = new Set<string>();
  private matcher: CompiledMatcher = { pattern: null, topicOf: () => null };
  private observer: MutationObserver;
  private pending = new Set<Node>();
  private firstPendingAt = 0;
  private timer: number | undefined;
  private shadowRoots: ShadowRoot[] = [];
  private fights = 0;
  private backoffs = 0;
  private running = false;
  private readonly setTimer: (handler: () => void, ms: number) => number;
  private readonly clearTimer: (id: number | undefined) => void;

  constructor(
    private readonly doc: Document,
    private readonly options: LivePageOptions,
  ) {
    const view = doc.defaultView!;
    this.setTimer = options.setTimeout ?? ((handler, ms) => view.setTimeout(handler, ms));
    this.clearTimer = options.clearTimeout ?? ((id) => view.clearTimeout(id));
    this.observer = new view.MutationObserver((records) => this.collect(records));
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Highlights the whole page and starts following its changes. */
  start(disabled: ReadonlySet<string>): void {
    this.disabled = new Set(disabled);
    this.running = true;
    this.fights = 0;
    this.backoffs = 0;
    this.fullPass();
    this.observe();
  }

  /** Removes every highlight and stops watching: the page is as we found it. */
  stop(): void {
    this.running = false;
    this.clearTimer(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.observer.disconnect();
    this.edit(() => this.containers().forEach((root) => unhighlight(root)));
    this.report();
  }

  /** Applies a new set of switched-off topics, touching only what changed. */
  setDisabled(disabled: ReadonlySet<string>): void {
    const turnedOff = new Set([...disabled].filter((id) => !this.disabled.has(id)));
    const changed = turnedOff.size > 0 || [...this.disabled].some((id) => !disabled.has(id));
    this.disabled = new Set(disabled);
    if (!changed || !this.running) return;
    this.edit(() => {
      if (turnedOff.size > 0) this.containers().forEach((root) => unhighlight(root, turnedOff));
      // Existing marks are excluded from the walk, so this adds only what is
      // missing: newly enabled topics, and text a removed topic had covered.
      this.compile();
      this.highlightEverything();
    });
    this.report();
  }

  /** Mentions per topic, shadow roots included. */
  counts(): Record<string, number> {
    return addCounts(...this.containers().map(countMentions));
  }

  /** Every mark in document order (shadow-root marks after the document's). */
  marks(topicIds?: ReadonlySet<string>): HTMLElement[] {
    return this.containers().flatMap((root) => marksIn(root, topicIds));
  }

  /** The body and the open shadow roots found on the last full pass. */
  private containers(): ParentNode[] {
    return [this.doc.body, ...this.shadowRoots.filter((shadow) => shadow.host.isConnected)];
  }

  /** One walk over the body and every open shadow root's contents. */
  private highlightEverything(): void {
    const contexts = [this.doc.body, ...this.shadowRoots.flatMap((shadow) => Array.from(shadow.children) as HTMLElement[])];
    highlight(contexts, this.matcher, this.options.attributes);
  }

  private compile(): void {
    this.matcher = compileMatcher(this.options.pack, { disabled: this.disabled, withContext: this.withContext });
  }

  private fullPass(): void {
    // Ambiguous aliases ("Alaska") count only where the page carries the
    // topic's context: one cheap read of the page's text decides which.
    this.shadowRoots = openShadowRoots(this.doc.body);
    const text = [this.doc.body, ...this.shadowRoots].map((root) => root.textContent ?? '').join('\n');
    this.withContext = topicsWithContext(this.options.pack.topics, text);
    this.compile();
    this.edit(() => this.highlightEverything());
    this.report();
  }

  private observe(): void {
    for (const root of this.containers()) {
      this.observer.observe(root as Node, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Runs our own DOM edits; the mutation records they cause are dropped. */
  private edit(change: () => void): void {
    this.collect(this.observer.takeRecords());
    change();
    this.observer.takeRecords();
  }

  private collect(records: MutationRecord[]): void {
    if (!this.running || records.length === 0) return;
    let removedOurs = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.pending.add(record.target);
        continue;
      }
      record.addedNodes.forEach((node) => this.pending.add(node));
      record.removedNodes.forEach((node) => {
        if (holdsOurs(node)) removedOurs = true;
      });
      // Text taken out of a mark (the page rewrote it) leaves the mark behind.
      if (isOurs(record.target)) this.pending.add(record.target);
    }
    if (removedOurs) this.fights++;
    if (this.pending.size === 0) return;
    const now = Date.now();
    if (this.timer === undefined) this.firstPendingAt = now;
    this.clearTimer(this.timer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstPendingAt + MAX_WAIT_MS - now));
    this.timer = this.setTimer(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    if (!this.running) return;
    if (this.fights > MAX_FIGHTS) return this.backOff();
    const roots = changedRoots(this.pending, this.doc);
    this.pending.clear();
    if (roots.length === 0) return;
    // Web components added with the new content bring their shadow roots.
    for (const shadow of roots.flatMap((root) => [root.shadowRoot, ...openShadowRoots(root)])) {
      if (!shadow || this.shadowRoots.includes(shadow)) continue;
      this.shadowRoots.push(shadow);
      this.observer.observe(shadow, { childList: true, subtree: true, characterData: true });
      roots.push(...(Array.from(shadow.children) as HTMLElement[]));
    }

    // New text may bring a topic's context ("Putin" after "Alaska"): then the
    // whole page gets one more pass for that topic's ambiguous forms.
    const addedText = roots.map((root) => root.textContent ?? '').join('\n');
    const newlyInContext = [...topicsWithContext(this.options.pack.topics, addedText)].filter(
      (id) => !this.withContext.has(id),
    );
    if (newlyInContext.length > 0) {
      newlyInContext.forEach((id) => this.withContext.add(id));
      this.compile();
      this.edit(() => this.highlightEverything());
    } else {
      this.edit(() => {
        // A mark whose text the page rewrote no longer says what it marks.
        for (const root of roots) {
          for (const mark of marksIn(root)) {
            if (this.matcher.topicOf(mark.textContent ?? '') !== mark.dataset.topic) unwrap(mark);
          }
        }
        highlight(roots, this.matcher, this.options.attributes);
      });
    }
    this.report();
  }

  private backOff(): void {
    // The page keeps undoing us: stop watching for a while, then look again once.
    this.observer.disconnect();
    this.pending.clear();
    const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** this.backoffs++);
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      if (!this.running) return;
      this.fights = MAX_FIGHTS - 1; // one more fight after a rest means back off again, longer
      this.edit(() => this.highlightEverything());
      this.observe();
      this.report();
    }, delay);
  }

  private report(): void {
    this.options.onCountsChanged?.(this.counts());
  }
}

function isOurs(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(MARK_SELECTOR);
}

/** A removed node that is, or contains, one of our marks: the page undid our work. */
function holdsOurs(node: Node): boolean {
  return isOurs(node) || (node.nodeType === Node.ELEMENT_NODE && (node as Element).querySelector(MARK_SELECTOR) !== null);
}

/**
 * The elements to walk for a batch of changed nodes: connected, outside
 * excluded regions, and none inside another (so no text is walked twice).
 */
export function changedRoots(nodes: Iterable<Node>, doc: Document): HTMLElement[] {
  const elements = new Set<HTMLElement>();
  for (const node of nodes) {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement;
    if (!element || !element.isConnected) continue;
    const mark = element.closest<HTMLElement>(MARK_SELECTOR);
    const root = mark?.parentElement ?? element;
    if (root.closest(EXCLUDE_SELECTOR)) continue;
    elements.add(root);
  }
  return [...elements].filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (elements.has(parent)) return false;
    }
    return true;
  });
}
