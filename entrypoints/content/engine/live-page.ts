/**
 * The orchestrator: keeps a page highlighted while it changes. Every trigger
 * (first pass, the page's changes, topics on or off, the end of a back-off)
 * runs the one pipeline (pipeline.ts) over some roots, queued and in slices
 * (scheduling.ts); the watcher (watcher.ts) heals and says what changed.
 *
 * The `document` is a parameter, so tests can pass their own.
 */
import type { MatchingModel, PageFacts } from '../../../data/matching';
import { addCounts, countMentions, marksIn, mentionsIn } from './dom-contract';
import { excludedElementTest, isExcludedElement, isInExcludedRegion } from './exclusion';
import { FightPolicy } from './fights';
import { pass, unhighlight } from './pipeline';
import { Debounce, inSlices, PassQueue, yieldToPage, type Timers } from './scheduling';
import { enclosingBlock } from './text-runs';
import { PageWatcher } from './watcher';
import type { MarkAttributes } from './wrap';

export interface LivePageOptions {
  /**
   * The matching model for a set of switched-off topics. The content script
   * loads a compiled one (built at build time, or by the background when the
   * library changes); tests compile the pack with createMatchingModel.
   */
  model(disabled: ReadonlySet<string>): MatchingModel;
  attributes: MarkAttributes;
  /** Selectors of the parts of the page the reader leaves alone (data/density.ts), read when highlighting starts. */
  leaveAlone?(): readonly string[];
  /** What the page says about itself (page-facts.ts), read when highlighting starts. */
  pageFacts?(): PageFacts;
  /** Called after each pass that changed the marks, with the new counts. */
  onCountsChanged?(counts: Record<string, number>): void;
  /** Called when a pass threw (the page keeps what it showed; the next trigger tries again). */
  onPassFailed?(error: unknown): void;
  setTimeout?(handler: () => void, ms: number): number;
  clearTimeout?(id: number | undefined): void;
  /** Gives the page the main thread between slices (the benchmark wraps it to time the slices). */
  yieldToPage?(): Promise<void>;
}

export class LivePage {
  private model: MatchingModel;
  private disabled = new Set<string>();
  private facts: PageFacts = {};
  /** The regions left alone as one selector (undefined for none), and the scan's test for what it skips. */
  private leaveAlone: string | undefined;
  private skip = isExcludedElement;
  private running = false;
  private shadowRoots: ShadowRoot[] = [];
  private readonly pending = new Set<Node>();
  /** The page removed marks since the last flush: the counts must be sent again. */
  private marksRemoved = false;
  private readonly queue: PassQueue;
  private readonly fights = new FightPolicy();
  private readonly debounce: Debounce;
  private readonly watcher: PageWatcher;

  constructor(
    private readonly doc: Document,
    private readonly options: LivePageOptions,
  ) {
    const view = doc.defaultView!;
    this.queue = new PassQueue((error) => this.options.onPassFailed?.(error));
    const timers: Timers = {
      setTimeout: options.setTimeout ?? ((handler, ms) => view.setTimeout(handler, ms)),
      clearTimeout: options.clearTimeout ?? ((id) => view.clearTimeout(id)),
    };
    this.debounce = new Debounce(timers, () => this.flush());
    this.watcher = new PageWatcher(view, {
      changed: (nodes, marksRemoved) => {
        if (!this.running) return;
        nodes.forEach((node) => this.pending.add(node));
        this.marksRemoved ||= marksRemoved;
        this.debounce.poke();
      },
      fought: () => this.fights.fight(Date.now()),
    });
    this.model = this.modelFor(new Set());
  }

  /** The model for the switches, loaded when a run first needs it. */
  private modelFor(disabled: ReadonlySet<string>): MatchingModel {
    let model: MatchingModel | undefined;
    const loaded = () => (model ??= this.options.model(disabled));
    return {
      mayMention: (text) => loaded().mayMention(text),
      mentionsIn: (run, page) => loaded().mentionsIn(run, page),
    };
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Resolves once every queued pass is done (the popup asks for counts after it). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Highlights the whole page and starts following its changes. */
  start(disabled: ReadonlySet<string>): void {
    this.disabled = new Set(disabled);
    this.model = this.modelFor(this.disabled);
    this.facts = this.options.pageFacts?.() ?? { url: this.doc.location?.href };
    const leaveAlone = this.options.leaveAlone?.() ?? [];
    this.leaveAlone = leaveAlone.length > 0 ? leaveAlone.join(', ') : undefined;
    this.skip = excludedElementTest(leaveAlone);
    this.shadowRoots = [];
    this.running = true;
    this.fights.reset();
    this.watcher.watch(this.doc.body);
    this.watcher.connect();
    this.run(() => this.contexts(), true);
  }

  /** Removes every highlight and stops watching: the page's text is as its app wrote it. */
  stop(): void {
    this.running = false;
    this.queue.cancel();
    this.debounce.cancel();
    this.watcher.edit(() => this.containers().forEach((root) => unhighlight(root)));
    this.pending.clear();
    this.watcher.clear();
    this.report();
  }

  /** Applies a new set of switched-off topics, reading again only what can change. */
  setDisabled(disabled: ReadonlySet<string>): void {
    const turnedOff = new Set([...disabled].filter((id) => !this.disabled.has(id)));
    const turnedOn = [...this.disabled].some((id) => !disabled.has(id));
    this.disabled = new Set(disabled);
    if (!this.running || (turnedOff.size === 0 && !turnedOn)) return;
    this.model = this.modelFor(this.disabled);
    // A topic turned on may be anywhere; one turned off is only where its marks are.
    if (turnedOn) this.run(() => this.contexts(), true);
    else this.run(() => blocksOf(this.marks(turnedOff), this.leaveAlone), true);
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

  /** What a pass over everything starts from: the body and each shadow root's children. */
  private contexts(): Node[] {
    return [this.doc.body, ...this.shadowRoots.flatMap((shadow) => Array.from(shadow.children))];
  }

  /** Queues the pipeline over `roots()` (worked out when the pass starts); reports when counts can have changed. */
  private run(roots: () => Node[], report: boolean, marksRemoved = false): void {
    this.queue.enqueue(async (signal) => {
      const shadowRoots: ShadowRoot[] = [];
      const steps = pass(roots(), this.model, this.facts, this.options.attributes, { shadowRoots }, this.skip);
      const result = await inSlices(steps, {
        yieldToPage: this.options.yieldToPage ?? yieldToPage,
        edit: (change) => this.watcher.edit(change),
        signal,
      });
      for (const shadow of shadowRoots) {
        if (this.shadowRoots.includes(shadow)) continue;
        this.shadowRoots.push(shadow);
        this.watcher.watch(shadow);
      }
      // Counting reads the whole page: only when the counts can have changed.
      if (result && (report || result.added > 0 || result.removed > 0 || marksRemoved)) this.report();
    }, () => !this.running);
  }

  private flush(): void {
    if (!this.running) return;
    if (this.fights.shouldBackOff(Date.now())) return this.backOff();
    const roots = blocksOf(this.pending, this.leaveAlone);
    this.pending.clear();
    const marksRemoved = this.marksRemoved;
    this.marksRemoved = false;
    if (roots.length === 0) {
      if (marksRemoved) this.report();
      return;
    }
    this.run(() => roots.filter((root) => root.isConnected), false, marksRemoved);
  }

  /** The page keeps undoing us: stop watching for a while, then read the whole page once more. */
  private backOff(): void {
    this.watcher.disconnect();
    this.pending.clear();
    this.debounce.later(() => {
      if (!this.running) return;
      this.watcher.connect();
      this.run(() => this.contexts(), true);
    }, this.fights.backOff(Date.now()));
  }

  private report(): void {
    this.options.onCountsChanged?.(this.counts());
  }
}

/**
 * The blocks to read again for changed nodes: whole runs, since a run's
 * mentions depend on all its text. Connected, outside excluded regions and
 * those `leaveAlone` names, none inside another (so no text is read twice).
 */
export function blocksOf(nodes: Iterable<Node>, leaveAlone?: string): Element[] {
  const blocks = new Set<Element>();
  for (const node of nodes) {
    if (!node.isConnected) continue;
    const block = enclosingBlock(node);
    if (block && !isInExcludedRegion(block) && !(leaveAlone && block.closest(leaveAlone))) blocks.add(block);
  }
  return outermost(blocks);
}

/** The outermost of `elements`: none inside another. */
export function outermost(elements: Iterable<Element>): Element[] {
  const all = new Set(elements);
  return [...all].filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (all.has(parent)) return false;
    }
    return true;
  });
}
