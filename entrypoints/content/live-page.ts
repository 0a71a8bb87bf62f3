/**
 * Keeps a page highlighted while it changes: the first pass over the whole
 * page, then only what the page adds or rewrites.
 *
 * - Work is split into slices of a few milliseconds that yield to the page,
 *   and queued, so passes never overlap and a long page never freezes.
 * - Mutations are batched: work starts once the page has been quiet for a
 *   moment (at most MAX_WAIT_MS after the first change), so a page streaming
 *   in comments costs one pass per burst, not one per node.
 * - Only changed subtrees are read, and turning a topic off re-reads only the
 *   elements its marks were in.
 * - Our own edits never feed back: records they cause are taken and dropped.
 * - A page that keeps removing our highlights (a framework re-rendering them
 *   away) gets MAX_FIGHTS retries; then we back off, quietly and
 *   exponentially, so neither side loops.
 *
 * The `document` is a parameter, so tests can pass their own.
 */
import type { Pack, Topic } from '../../data/schema';
import { compileMatcher, topicsWithAmbiguousForms, topicsWithContext, type CompiledMatcher } from '../../data/matcher';
import { scanPattern } from '../../data/scan-pattern';
import {
  addCounts,
  EXCLUDED_SELECTOR,
  MARK_SELECTOR,
  countMentions,
  highlightInSlices,
  isEmpty,
  marksIn,
  markInSlices,
  mentionsIn,
  mentionText,
  piecesOf,
  outermost,
  scanInSlices,
  sliceClock,
  unhighlight,
  unwrap,
  unwrapInSlices,
  type MarkAttributes,
  type SliceOptions,
} from './highlighter';

const QUIET_MS = 60;
const MAX_WAIT_MS = 200;
const MAX_FIGHTS = 5;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 60_000;
/** Elements kept while they wait for their topic's context; past this, the whole page is read again instead. */
const MAX_WAITING = 500;
/** Past this many strings of read text, they are joined into one. */
const MAX_TEXT_PIECES = 64;

/** Nothing waits for its context. */
const noneWaiting = () => ({ topics: new Set<string>(), elements: new Set<Element>(), overflow: false });

export interface LivePageOptions {
  pack: Pack;
  /** `scanPattern(pack)`, built ahead (the bundled pack's, at build time). */
  prebuiltScan?: RegExp | null;
  attributes: MarkAttributes;
  /** Called after each pass that changed the marks, with the new counts. */
  onCountsChanged?(counts: Record<string, number>): void;
  setTimeout?(handler: () => void, ms: number): number;
  clearTimeout?(id: number | undefined): void;
  /** Gives the page the main thread between slices (the benchmark wraps it to time the slices). */
  yieldToPage?(): Promise<void>;
}

/**
 * Gives the page the main thread, and comes back soon. A message to
 * ourselves, not a timer (throttled in background tabs) nor
 * `scheduler.yield` (Chromium holds its continuations in hidden tabs).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export class LivePage {
  private disabled = new Set<string>();
  private withContext = new Set<string>();
  /** The pattern for the current switches and context, built when first needed. */
  private compiled: CompiledMatcher | undefined;
  /** Every alias of the enabled topics, ambiguous forms included: what each scan runs. */
  private scanning: RegExp | null | undefined;
  /**
   * Topics whose ambiguous forms ("Alaska") the page holds without their
   * context, and the elements holding them: read again when the context
   * arrives, instead of the whole page.
   */
  private waiting = noneWaiting();
  /**
   * The text the scans have read, one string per scan, newest last: where a
   * topic's context is looked for (not the page's scripts). Searched newest
   * first: context that arrives usually comes with the forms that need it.
   * Kept apart, not joined: one string in UTF-16 (a dash, a Cyrillic word)
   * makes V8 search all of a joined page about ten times slower.
   */
  private pageTexts: string[] = [];
  private observer: MutationObserver;
  private pending = new Set<Node>();
  private firstPendingAt = 0;
  private timer: number | undefined;
  private shadowRoots: ShadowRoot[] = [];
  private fights = 0;
  /** The page removed marks since the last flush: the counts must be sent again. */
  private marksRemoved = false;
  private backoffs = 0;
  private running = false;
  /** Bumped to cancel queued and running passes. */
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly allTopics: Set<string>;
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
    this.allTopics = new Set(options.pack.topics.map((topic) => topic.id));
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Resolves once every queued pass is done (the popup asks for counts after it). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Highlights the whole page and starts following its changes. */
  start(disabled: ReadonlySet<string>): void {
    this.disabled = new Set(disabled);
    this.scanning = undefined;
    this.withContext = new Set();
    this.compile();
    this.waiting = noneWaiting();
    this.pageTexts = [];
    this.shadowRoots = [];
    this.running = true;
    this.fights = 0;
    this.backoffs = 0;
    this.observe();
    this.enqueue((slices) => this.fullPass(slices));
  }

  /** Removes every highlight and stops watching: the page is as we found it. */
  stop(): void {
    this.running = false;
    this.generation++;
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
    const turnedOn = new Set([...this.disabled].filter((id) => !disabled.has(id)));
    this.disabled = new Set(disabled);
    if (!this.running || (turnedOff.size === 0 && turnedOn.size === 0)) return;
    this.scanning = undefined;
    this.compile();
    if (turnedOff.size > 0) {
      // Text a removed mark covered may hold another topic's mention: read
      // again only the elements those marks were in. In slices, like every pass.
      this.enqueue(async (slices) => {
        const marks = this.marks(turnedOff);
        const parents = outermost(marks.map((mark) => mark.parentElement).filter((p): p is HTMLElement => p !== null));
        await unwrapInSlices(marks, slices);
        await highlightInSlices(parents, this.matcher, this.options.attributes, slices);
        this.report();
      });
    }
    if (turnedOn.size > 0) {
      // Only the newly enabled topics' aliases: existing marks are skipped by the scan.
      const onlyNew = compileMatcher(this.options.pack, {
        disabled: new Set([...this.allTopics].filter((id) => !turnedOn.has(id))),
        withContext: this.withContext,
      });
      this.enqueue(async (slices) => {
        await highlightInSlices(this.contexts(), onlyNew, this.options.attributes, slices);
        this.report();
      });
    }
  }

  /** Mentions per topic, shadow roots included. */
  counts(): Record<string, number> {
    return addCounts(...this.containers().map(countMentions));
  }

  /** Every mark in document order (shadow-root marks after the document's). */
  marks(topicIds?: ReadonlySet<string>): HTMLElement[] {
    return this.containers().flatMap((root) => marksIn(root, topicIds));
  }

  /** Every mention's first mark, in the order of `marks`: what a reader steps through. */
  mentions(topicIds?: ReadonlySet<string>): HTMLElement[] {
    return this.containers().flatMap((root) => mentionsIn(root, topicIds));
  }

  /** The body and the open shadow roots found so far. */
  private containers(): ParentNode[] {
    return [this.doc.body, ...this.shadowRoots.filter((shadow) => shadow.host.isConnected)];
  }

  /** What a walk over everything starts from: the body and each shadow root's children. */
  private contexts(): Element[] {
    return [this.doc.body, ...this.shadowRoots.flatMap((shadow) => Array.from(shadow.children))];
  }

  private get matcher(): CompiledMatcher {
    return (this.compiled ??= compileMatcher(this.options.pack, { disabled: this.disabled, withContext: this.withContext }));
  }

  /** The switches or the context changed: the pattern is built again when next needed. */
  private compile(): void {
    this.compiled = undefined;
  }

  /** Queues a pass; a pass queued before a stop or restart never runs. */
  private enqueue(pass: (slices: SliceOptions) => Promise<void>): void {
    const generation = this.generation;
    const page = this;
    const slices: SliceOptions = {
      yieldToPage: this.options.yieldToPage ?? yieldToPage,
      edit: (change) => this.edit(change),
      signal: {
        get aborted() {
          return generation !== page.generation || !page.running;
        },
      },
    };
    this.queue = this.queue
      .then(() => (slices.signal!.aborted ? undefined : pass(slices)))
      .catch(() => undefined); // Never throw into the page.
  }

  private async fullPass(slices: SliceOptions): Promise<void> {
    await this.readAndMark([this.doc.body], slices, true);
  }

  /** `scanPattern` for the enabled topics: the bundled pack's is built ahead. */
  private get everyAliasPattern(): RegExp | null {
    if (this.scanning === undefined) {
      const prebuilt = this.disabled.size === 0 ? this.options.prebuiltScan : undefined;
      this.scanning = prebuilt ?? scanPattern(this.options.pack, this.disabled);
    }
    return this.scanning;
  }

  /**
   * Reads `roots` (the whole page when `wholePage`) and marks what counts.
   *
   * The scan runs every alias, ambiguous forms included, and reads the text.
   * Which ambiguous forms count depends on context, settled here: for topics
   * whose forms occur without context yet, the page's text is searched once;
   * topics still without context wait, with the elements holding their forms,
   * until new text brings it. So a page that mentions nothing, or grows
   * without new context, costs one scan of what changed.
   */
  private async readAndMark(roots: readonly Node[], slices: SliceOptions, wholePage: boolean, removed = 0): Promise<void> {
    const texts: string[] = [];
    const shadowRoots: ShadowRoot[] = [];
    const pattern = this.everyAliasPattern;
    const found = pattern ? await scanInSlices(roots, pattern, slices, { texts, shadowRoots }) : null;
    if (!found) return;
    for (const shadow of shadowRoots) {
      if (this.shadowRoots.includes(shadow)) continue;
      this.shadowRoots.push(shadow);
      this.observer.observe(shadow, OBSERVED);
    }
    const newText = texts.join('\n');
    if (wholePage) this.pageTexts = [newText];
    else this.pageTexts.push(newText);
    // A page that changes all the time (a ticker) would keep a string per change.
    if (this.pageTexts.length > MAX_TEXT_PIECES) this.pageTexts = [this.pageTexts.join('\n')];
    const topics = this.options.pack.topics;
    // Context the new text brings to topics that were waiting for it.
    const waitingTopics = topics.filter((topic) => this.waiting.topics.has(topic.id));
    const arrived = new Set(
      waitingTopics.length > 0 ? (await this.topicsWhere(waitingTopics, hasContextIn([newText]), slices)).map((t) => t.id) : [],
    );
    // Ambiguous forms among what was found, of topics without context.
    const candidates = [...found.elements, ...found.runBlocks];
    const withForms =
      candidates.length === 0
        ? []
        : await this.topicsWhere(
            topics.filter((topic) => !this.withContext.has(topic.id) && !arrived.has(topic.id)),
            hasAmbiguousFormsIn(candidates.map((element) => element.textContent ?? '').join('\n')),
            slices,
          );
    if (slices.signal?.aborted) return;
    // A waiting topic's context was looked for in the page's text when it
    // began to wait, and in each new text since (just now, above): it waits on.
    const toWait = withForms.filter((topic) => this.waiting.topics.has(topic.id));
    const undecided = withForms.filter((topic) => !this.waiting.topics.has(topic.id));
    if (undecided.length > 0) {
      // Their context may be anywhere on the page (rare outside the first pass).
      const inContext = new Set(
        (await this.topicsWhere(undecided, hasContextIn(this.pageTexts), slices)).map((t) => t.id),
      );
      if (slices.signal?.aborted) return;
      inContext.forEach((id) => this.withContext.add(id));
      toWait.push(...undecided.filter((topic) => !inContext.has(topic.id)));
      if (inContext.size > 0) this.compile();
    }
    if (toWait.length > 0) this.wait(toWait, candidates);
    if (arrived.size > 0) {
      arrived.forEach((id) => {
        this.withContext.add(id);
        this.waiting.topics.delete(id);
      });
      this.compile();
    }
    let added = isEmpty(found) ? 0 : await markInSlices(found, this.matcher, this.options.attributes, slices);
    if (arrived.size > 0 && !wholePage) {
      // The elements that waited for this context are read again.
      const waited = this.waiting.overflow ? this.contexts() : outermost(this.waiting.elements);
      if (this.waiting.topics.size === 0) this.waiting = noneWaiting();
      added += await highlightInSlices(waited, this.matcher, this.options.attributes, slices);
    }
    // Counting reads the whole page: only when the counts can have changed.
    if (wholePage || added > 0 || removed > 0) this.report();
  }

  /**
   * The topics `test` accepts. Each test is a pass over a page's text, so
   * the page gets the main thread back between topics once a slice is spent.
   */
  private async topicsWhere(topics: readonly Topic[], test: (topic: Topic) => boolean, slices: SliceOptions): Promise<Topic[]> {
    const accepted: Topic[] = [];
    const clock = sliceClock(slices);
    for (const topic of topics) {
      if (test(topic)) accepted.push(topic);
      if (clock.overBudget()) await clock.pause();
    }
    return accepted;
  }

  /** Keeps `topics` waiting for their context, with those of `candidates` that hold their forms. */
  private wait(topics: readonly Topic[], candidates: readonly Element[]): void {
    for (const topic of topics) this.waiting.topics.add(topic.id);
    for (const element of candidates) {
      if (this.waiting.overflow) return;
      if (topicsWithAmbiguousForms(topics, element.textContent ?? '').length === 0) continue;
      this.waiting.elements.add(element);
      if (this.waiting.elements.size > MAX_WAITING) {
        this.waiting.overflow = true;
        this.waiting.elements.clear();
      }
    }
  }

  private observe(): void {
    for (const root of this.containers()) this.observer.observe(root as Node, OBSERVED);
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
    if (removedOurs) {
      this.fights++;
      this.marksRemoved = true;
    }
    if (this.pending.size === 0 && !removedOurs) return;
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
    const marksRemoved = this.marksRemoved;
    this.marksRemoved = false;
    if (roots.length === 0) {
      if (marksRemoved) this.report();
      return;
    }

    this.enqueue(async (slices) => {
      // A mark whose text the page rewrote no longer says what it marks.
      let removed = 0;
      this.edit(() => {
        for (const root of roots) {
          for (const mark of marksIn(root)) {
            if (this.matcher.topicOf(mentionText(mark)) === mark.dataset.topic) continue;
            piecesOf(mark).forEach(unwrap);
            removed++;
          }
        }
      });
      // The page may have removed marks itself: the counts changed then too.
      if (marksRemoved) removed++;
      await this.readAndMark(roots.filter((root) => root.isConnected), slices, false, removed);
    });
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
      this.observe();
      this.enqueue(async (slices) => {
        await highlightInSlices(this.contexts(), this.matcher, this.options.attributes, slices);
        this.report();
      });
    }, delay);
  }

  private report(): void {
    this.options.onCountsChanged?.(this.counts());
  }
}

/** Whether any of `texts` carries the topic's context, the last (newest) searched first. */
const hasContextIn = (texts: readonly string[]) => (topic: Topic) =>
  texts.findLast((text) => topicsWithContext([topic], text).size > 0) !== undefined;
const hasAmbiguousFormsIn = (text: string) => (topic: Topic) => topicsWithAmbiguousForms([topic], text).length > 0;

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

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
    if (!element || !element.isConnected || element.ownerDocument !== doc) continue;
    const mark = element.closest<HTMLElement>(MARK_SELECTOR);
    const root = mark?.parentElement ?? element;
    if (root.closest(EXCLUDED_SELECTOR)) continue;
    elements.add(root);
  }
  return outermost(elements) as HTMLElement[];
}
