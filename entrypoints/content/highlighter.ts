/**
 * Puts Briefmark's highlights into a page and takes them out again.
 *
 * Every decision here is about leaving the page as we found it:
 * - One compiled pattern, one scan of the page's text per pass, never one
 *   walk per alias; only the elements with a match are touched after it.
 * - Text inside code, editors, form fields, SVG and our own UI is never
 *   touched (see EXCLUDED).
 * - Removal is the exact inverse of wrapping: mark.js splits a text node into
 *   "before", the mark and "after"; we merge those back into the original
 *   node instead of calling `normalize()`, which would also merge text nodes
 *   the page itself keeps apart, and costs a walk of the parent per mark.
 * - Mentions are read in runs of text (text-runs.ts): "Bella <b>1</b>" is
 *   one mention, "BRICS<b>ton</b>" none. Text that is a run by itself (most
 *   text) is wrapped by mark.js `markRegExp`. A run of several text nodes
 *   that holds a mention is wrapped here, the way mark.js wraps (split,
 *   replace): mark.js reads one node at a time, and its `acrossElements` mode
 *   joins a context's text with no regard for blocks or excluded regions (it
 *   would read "Alaska</p><p>summit" as one phrase). A mention over several
 *   nodes gets several marks: the first is the one counted and focused, the
 *   others say `data-continued`.
 *
 * The functions take the root element as a parameter, so tests pass their own
 * document.
 */
import Mark from 'mark.js';
import { withTreeWalkers } from './tree-walkers';
import type { CompiledMatcher } from '../../data/matcher';
import { blockOf, multiNodeRuns, RunIndex, RunWalker } from './text-runs';

/** The DOM contract: `<mark class="briefmark" data-topic="TOPIC_ID">`. */
export const MARK_CLASS = 'briefmark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;
/** A later piece of a mention that runs across elements. */
const CONTINUED_ATTRIBUTE = 'data-continued';
/** The first (or only) mark of each mention: what is counted, focused and stepped through. */
export const MENTION_SELECTOR = `${MARK_SELECTOR}:not([${CONTINUED_ATTRIBUTE}])`;

/** Where a highlight must never go. Descendants are excluded too (below). */
export const EXCLUDED = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ace_editor',
  '[data-briefmark-ui]',
  MARK_SELECTOR,
];

/** Any excluded element: a text node is excluded when its parent has such an ancestor-or-self. */
export const EXCLUDED_SELECTOR = EXCLUDED.join(', ');

/** What marks.css gives a mark, for marks inside a page's shadow roots. */
const SHADOW_MARK_STYLE =
  'background-color: rgba(255, 196, 0, 0.32) !important; color: inherit !important; border-radius: 2px !important;' +
  'box-shadow: inset 0 -2px 0 var(--briefmark-category, #b08800) !important; cursor: help !important;';

/** Text nodes that mark.js split off after a mark: ours to merge back. */
const splitOffByUs = new WeakSet<Node>();
/** The marks of a mention that runs across elements, for each of them. */
const piecesOfMention = new WeakMap<Element, Element[]>();

export interface MarkAttributes {
  /** The category colour of a topic, for the underline. */
  colorOf(topicId: string): string | undefined;
}

/** Elements whose whole subtree the scan skips, by tag: EXCLUDED's plain tag names, and the document head. */
const EXCLUDED_TAGS = new Set([...EXCLUDED.filter((selector) => /^[a-z]+$/.test(selector)), 'head', 'title']);
/** The rest of EXCLUDED: selectors that need an attribute or a class. */
const EXCLUDED_BY_ATTRIBUTE = EXCLUDED.filter((selector) => !/^[a-z]+$/.test(selector)).join(', ');

/**
 * Whether the scan skips `element` and its whole subtree. It is asked for
 * every element of the page, so the tag is looked up first and the selector
 * engine is asked only about elements that have attributes.
 */
export function isExcludedElement(element: Element): boolean {
  return EXCLUDED_TAGS.has(element.localName) || (element.hasAttributes() && element.matches(EXCLUDED_BY_ATTRIBUTE));
}

/** Text shorter than the shortest alias cannot hold a mention. */
const MIN_TEXT = 2;

/** What a scan gathers besides the elements it yields. */
export interface ScanSink {
  /** Every text it read, for the context check. */
  texts?: string[];
  /** Blocks with a run of several text nodes that holds a match. */
  runBlocks?: Set<Element>;
  /** Open shadow roots met on the way, nested ones included; the scan reads them too. */
  shadowRoots?: ShadowRoot[];
}

/**
 * The scan: one TreeWalker pass over the text under `roots`, running the
 * compiled pattern over each run's text (see text-runs.ts) without touching
 * the DOM. It yields the parent of each text node that holds a match, and
 * `null` every 256 text nodes so a caller can pause between slices. A
 * matching run of several text nodes puts its block in `sink.runBlocks`
 * instead.
 */
export function* scanText(roots: readonly Node[], pattern: RegExp | null, sink: ScanSink = {}): Generator<Element | null> {
  if (!pattern) return;
  // A non-global copy: `test` must not carry lastIndex from run to run.
  const tester = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  const queue = [...roots];
  for (let next = 0; next < queue.length; next++) {
    const root = queue[next]!;
    const shadows: ShadowRoot[] = [];
    // The walker asks about the elements under its root, not the root itself.
    if (sink.shadowRoots && root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) shadows.push((root as Element).shadowRoot!);
    const walker = new RunWalker(root, isExcludedElement, sink.shadowRoots && shadows);
    let run: Text[] = [];
    let text = '';
    let seen = 0;
    for (let node = walker.next(); ; node = walker.next()) {
      if (!node || !walker.continuesRun) {
        if (text.length >= MIN_TEXT && tester.test(text)) {
          if (run.length === 1) {
            if (run[0]!.parentElement) yield run[0]!.parentElement;
          } else {
            const block = blockOf(run[0]!);
            if (block) sink.runBlocks?.add(block);
          }
        }
        run = [];
        text = '';
        if (!node) break;
      }
      run.push(node);
      text += node.data;
      sink.texts?.push(node.data);
      if (++seen % 256 === 0) yield null;
    }
    for (const shadow of shadows) {
      sink.shadowRoots!.push(shadow);
      queue.push(shadow);
    }
  }
}

/** Where each node's text starts in its run's text. */
function startsOf(run: readonly Text[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const node of run) {
    starts.push(offset);
    offset += node.length;
  }
  return starts;
}

/**
 * The outermost of `elements`: none inside another (a walk over an element
 * already covers its descendants; walking text twice could mark the remainder
 * of a split text node anew). Connected ones only, in their given order.
 */
export function outermost(elements: Iterable<Element>): Element[] {
  const all = new Set(elements);
  return [...all].filter((element) => {
    if (!element.isConnected) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (all.has(parent)) return false;
    }
    return true;
  });
}

/** Gives a new mark its topic, colour and focusability. */
function decorate(mark: HTMLElement, topic: string, attributes: MarkAttributes, continued: boolean): void {
  mark.removeAttribute('data-markjs');
  mark.dataset.topic = topic;
  const color = attributes.colorOf(topic);
  if (color) mark.style.setProperty('--briefmark-category', color);
  // Focusable, so keyboard readers reach the card as pointer readers do; a
  // mention is reached once, at its first mark.
  if (continued) mark.setAttribute(CONTINUED_ATTRIBUTE, '');
  else mark.tabIndex = 0;
  // The page's stylesheet (marks.css) does not reach into shadow roots.
  if (mark.getRootNode() !== mark.ownerDocument) mark.style.cssText += SHADOW_MARK_STYLE;
}

/**
 * Wraps every match under `contexts` in one mark.js `markRegExp` walk.
 * Regions inside a context (a `code` in a paragraph) are refused in `filter`,
 * per match, rather than with mark.js's `exclude`: that is tested on every
 * text node's parent, and only a descendant selector per excluded region
 * would catch text nested deeper, which costs an ancestor walk per selector
 * on every text node of every context. Text of runs of several nodes is
 * `wrapRuns`'s, and left alone.
 */
function markContexts(contexts: Element[], matcher: CompiledMatcher, attributes: MarkAttributes, runs: RunIndex): number {
  const pattern = matcher.pattern;
  if (!pattern || contexts.length === 0) return 0;
  let added = 0;
  // mark.js calls `filter` with the matched string just before it wraps it,
  // then `each` with the new element: the topic found in one is used in the
  // other.
  let pendingTopic: string | null = null;
  pattern.lastIndex = 0;
  const mark = new Mark(contexts as HTMLElement[]);
  withTreeWalkers(document, () => mark.markRegExp(pattern, {
    element: 'mark',
    className: MARK_CLASS,
    filter(node, matched) {
      pendingTopic = matcher.topicOf(matched);
      if (pendingTopic === null) return false;
      const text = node as Text;
      if (text.parentElement?.closest(EXCLUDED_SELECTOR) || !runs.leftToMarkJs(text)) pendingTopic = null;
      return pendingTopic !== null;
    },
    each(element) {
      decorate(element as HTMLElement, pendingTopic!, attributes, false);
      if (element.nextSibling) splitOffByUs.add(element.nextSibling);
      added++;
    },
  }));
  return added;
}

/**
 * Wraps the mentions of each run of several text nodes under `block`,
 * reading the run's text as one. Returns how many mentions were added.
 */
function wrapRuns(block: Element, matcher: CompiledMatcher, attributes: MarkAttributes, runs: RunIndex): number {
  if (!matcher.pattern || !block.isConnected) return 0;
  // A copy: `matchAll` starts from the pattern's lastIndex, which mark.js moves.
  const pattern = new RegExp(matcher.pattern.source, matcher.pattern.flags);
  let added = 0;
  for (const run of multiNodeRuns(block, isExcludedElement)) {
    const starts = startsOf(run);
    const text = run.map((node) => node.data).join('');
    const ends = run.map((node, i) => starts[i]! + node.length);
    const mentions: { start: number; end: number; topic: string }[] = [];
    for (const match of text.matchAll(pattern)) {
      const topic = matcher.topicOf(match[0]);
      if (topic) mentions.push({ start: match.index, end: match.index + match[0].length, topic });
    }
    if (mentions.length === 0) continue;
    run.forEach((node) => runs.wrapped.add(node));
    // Last first: splitting a node keeps the offsets before the split.
    for (const mention of mentions.reverse()) {
      const pieces: HTMLElement[] = [];
      for (let i = nodeAt(starts, mention.end - 1); i >= 0 && ends[i]! > mention.start; i--) {
        const from = Math.max(0, mention.start - starts[i]!);
        const to = Math.min(ends[i]!, mention.end) - starts[i]!;
        if (to > from) pieces.unshift(wrapPiece(run[i]!, from, to, runs.wrapped));
      }
      pieces.forEach((piece, index) => {
        decorate(piece, mention.topic, attributes, index > 0);
        if (pieces.length > 1) piecesOfMention.set(piece, pieces);
      });
      added++;
    }
  }
  return added;
}

/** The index of the run's node that holds character `offset`. */
function nodeAt(starts: readonly number[], offset: number): number {
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > offset) i--;
  return i;
}

/** Wraps [from, to) of `node` in a mark, as mark.js does: the node keeps the text before. */
function wrapPiece(node: Text, from: number, to: number, owned: WeakSet<Node>): HTMLElement {
  const piece = node.splitText(from);
  const after = piece.splitText(to - from);
  const mark = node.ownerDocument.createElement('mark');
  mark.className = MARK_CLASS;
  mark.textContent = piece.data;
  piece.parentNode!.replaceChild(mark, piece);
  splitOffByUs.add(after);
  owned.add(after);
  return mark;
}

/** What a scan found: where mark.js should walk, and which runs to wrap as runs. */
export interface Candidates {
  /** Parents of text that holds a match. */
  elements: Element[];
  /** Blocks with a run of several text nodes that holds a match. */
  runBlocks: Element[];
}

/** Whether a scan found anything at all. */
export function isEmpty(candidates: Candidates): boolean {
  return candidates.elements.length === 0 && candidates.runBlocks.length === 0;
}

/**
 * Highlights every match of `matcher` under `root` (one element, or several
 * changed subtrees), at once. Returns how many mentions were added.
 *
 * The scan finds the few elements whose text matches; mark.js then walks only
 * those, in one call. Most of a page holds no mention and is read once, by
 * the scan, at the cost of the pattern itself.
 */
export function highlight(root: Element | Element[], matcher: CompiledMatcher, attributes: MarkAttributes): number {
  if (!matcher.pattern) return 0;
  const roots = Array.isArray(root) ? root : [root];
  const elements: Element[] = [];
  const runBlocks = new Set<Element>();
  for (const parent of scanText(roots, matcher.pattern, { runBlocks })) if (parent) elements.push(parent);
  const runs = new RunIndex(isExcludedElement);
  let added = 0;
  for (const block of outermost(runBlocks)) added += wrapRuns(block, matcher, attributes, runs);
  return added + markContexts(outermost(elements), matcher, attributes, runs);
}

export interface SliceOptions {
  /** How long one slice may run before the page gets the main thread back. */
  sliceMs?: number;
  /** Resolves when the page has had its turn. */
  yieldToPage(): Promise<void>;
  /** Runs a slice's DOM edits (so the caller can drop the mutation records they cause). */
  edit(change: () => void): void;
  /** Stops the work between slices. */
  signal?: { readonly aborted: boolean };
}

/** A clock for slices: says when one is over budget, and pauses for the page. */
export function sliceClock({ sliceMs = 8, yieldToPage }: Pick<SliceOptions, 'sliceMs' | 'yieldToPage'>) {
  let sliceStart = performance.now();
  return {
    sliceMs,
    overBudget: () => performance.now() - sliceStart > sliceMs,
    async pause() {
      await yieldToPage();
      sliceStart = performance.now();
    },
  };
}
type SliceClock = ReturnType<typeof sliceClock>;

/**
 * Runs `each` over `items` as page edits, in slices: the clock is read after
 * every item, since what one costs varies a lot with the page (256 unwraps
 * at a time once took 61 ms on a 5 MB page). Stops between slices once
 * aborted.
 */
async function forEachInSlices<T>(items: readonly T[], each: (item: T) => void, clock: SliceClock, options: SliceOptions): Promise<void> {
  for (let i = 0; i < items.length; ) {
    if (options.signal?.aborted) return;
    options.edit(() => {
      do each(items[i++]!);
      while (i < items.length && !clock.overBudget());
    });
    if (i < items.length) await clock.pause();
  }
}

/**
 * The scan in slices: what `scanText` finds under `roots` (and, in `sink`,
 * every text it read and the shadow roots it met). Resolves with `null` when
 * aborted.
 */
export async function scanInSlices(
  roots: readonly Node[],
  pattern: RegExp | null,
  options: SliceOptions,
  sink: Pick<ScanSink, 'texts' | 'shadowRoots'> = {},
): Promise<Candidates | null> {
  const clock = sliceClock(options);
  const elements: Element[] = [];
  const runBlocks = new Set<Element>();
  for (const parent of scanText(roots, pattern, { ...sink, runBlocks })) {
    if (parent) elements.push(parent);
    else if (clock.overBudget()) {
      await clock.pause();
      if (options.signal?.aborted) return null;
    }
  }
  return { elements, runBlocks: [...runBlocks] };
}

/**
 * Marks what a scan found: runs first, then mark.js over the outermost
 * elements in batches sized to the slice budget, yielding to the page
 * between batches. Resolves with how many mentions were added.
 */
export async function markInSlices(
  candidates: Candidates,
  matcher: CompiledMatcher,
  attributes: MarkAttributes,
  options: SliceOptions,
): Promise<number> {
  const clock = sliceClock(options);
  const runs = new RunIndex(isExcludedElement);
  // Runs first: mark.js then knows which text is theirs.
  let added = 0;
  const wrapBlock = (block: Element) => void (added += wrapRuns(block, matcher, attributes, runs));
  await forEachInSlices(outermost(candidates.runBlocks), wrapBlock, clock, options);
  const contexts = outermost(candidates.elements);
  // A batch's time per context tells the next batch's size.
  let batch = 32;
  for (let i = 0; i < contexts.length; ) {
    if (options.signal?.aborted) break;
    const slice = contexts.slice(i, i + batch).filter((element) => element.isConnected);
    const started = performance.now();
    options.edit(() => {
      added += markContexts(slice, matcher, attributes, runs);
    });
    i += batch;
    const perContext = (performance.now() - started) / Math.max(1, slice.length);
    // At most 64: mark.js checks each context against every other one.
    batch = Math.max(1, Math.min(64, Math.floor(clock.sliceMs / 2 / Math.max(perContext, 0.001))));
    if (clock.overBudget() && i < contexts.length) await clock.pause();
  }
  return added;
}

/** Removes `marks` in slices, yielding to the page between them. */
export async function unwrapInSlices(marks: readonly Element[], options: SliceOptions): Promise<void> {
  await forEachInSlices(marks, unwrap, sliceClock(options), options);
}

/**
 * `highlight`, split into slices of at most `sliceMs` that yield to the page
 * between them, so a long page never blocks it for long.
 */
export async function highlightInSlices(
  roots: readonly Element[],
  matcher: CompiledMatcher,
  attributes: MarkAttributes,
  options: SliceOptions,
): Promise<number> {
  if (!matcher.pattern) return 0;
  const found = await scanInSlices(roots, matcher.pattern, options);
  return found ? markInSlices(found, matcher, attributes, options) : 0;
}

/** Removes one mark, restoring its text into the text node it came from. */
export function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.textContent ?? '';
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  if (before && before.nodeType === Node.TEXT_NODE) {
    const original = before as Text;
    original.appendData(text);
    parent.removeChild(mark);
    if (after && after.nodeType === Node.TEXT_NODE && splitOffByUs.has(after)) {
      original.appendData((after as Text).data);
      parent.removeChild(after);
    }
  } else {
    // The page moved things around; put the text back where the mark was.
    parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
  }
}

/** The marks under `root`, optionally only those of some topics, in document order. */
export function marksIn(root: ParentNode, topicIds?: ReadonlySet<string>): HTMLElement[] {
  return ofTopics(root.querySelectorAll<HTMLElement>(MARK_SELECTOR), topicIds);
}

/** The mentions under `root` (one mark each: the first of its pieces), in document order. */
export function mentionsIn(root: ParentNode, topicIds?: ReadonlySet<string>): HTMLElement[] {
  return ofTopics(root.querySelectorAll<HTMLElement>(MENTION_SELECTOR), topicIds);
}

function ofTopics(marks: NodeListOf<HTMLElement>, topicIds?: ReadonlySet<string>): HTMLElement[] {
  const all = Array.from(marks);
  return topicIds ? all.filter((mark) => topicIds.has(mark.dataset.topic ?? '')) : all;
}

/** Every mark of the mention `mark` belongs to (just `mark` for most). */
export function piecesOf(mark: Element): readonly Element[] {
  return piecesOfMention.get(mark) ?? [mark];
}

/** The text of the whole mention `mark` belongs to. */
export function mentionText(mark: Element): string {
  return piecesOf(mark)
    .map((piece) => piece.textContent ?? '')
    .join('');
}

/** Removes the marks of `topicIds` (all marks when omitted). Returns how many mentions. */
export function unhighlight(root: ParentNode, topicIds?: ReadonlySet<string>): number {
  let mentions = 0;
  for (const mark of marksIn(root, topicIds)) {
    if (!mark.hasAttribute(CONTINUED_ATTRIBUTE)) mentions++;
    unwrap(mark);
  }
  return mentions;
}

/** Mentions per topic under `root`. */
export function countMentions(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of mentionsIn(root)) {
    const topic = mark.dataset.topic;
    if (topic) counts[topic] = (counts[topic] ?? 0) + 1;
  }
  return counts;
}

/** Per-topic counts added up. */
export function addCounts(...all: Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const counts of all) {
    for (const [topic, n] of Object.entries(counts)) total[topic] = (total[topic] ?? 0) + n;
  }
  return total;
}
