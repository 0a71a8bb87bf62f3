/**
 * Puts Briefmark's highlights into a page and takes them out again.
 *
 * Every decision here is about leaving the page as we found it:
 * - One mark.js `markRegExp` walk with one compiled pattern per pass, never
 *   one walk per alias.
 * - Text inside code, editors, form fields, SVG and our own UI is never
 *   touched (see EXCLUDED).
 * - Removal is the exact inverse of wrapping: mark.js splits a text node into
 *   "before", the mark and "after"; we merge those back into the original
 *   node instead of calling `normalize()`, which would also merge text nodes
 *   the page itself keeps apart, and costs a walk of the parent per mark.
 *
 * The functions take the root element as a parameter, so tests pass their own
 * document.
 */
import Mark from 'mark.js';
import type { CompiledMatcher } from '../../data/matcher';

/** The DOM contract: `<mark class="briefmark" data-topic="TOPIC_ID">`. */
export const MARK_CLASS = 'briefmark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;

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

// mark.js tests only a text node's direct parent against `exclude`, so each
// selector is given for descendants too. One combined selector keeps it to a
// single `matches()` call per text node.
export const EXCLUDE_SELECTOR = EXCLUDED.flatMap((selector) => [selector, `${selector} *`]).join(', ');

/** What marks.css gives a mark, for marks inside a page's shadow roots. */
const SHADOW_MARK_STYLE =
  'background-color: rgba(255, 196, 0, 0.32) !important; color: inherit !important; border-radius: 2px !important;' +
  'box-shadow: inset 0 -2px 0 var(--briefmark-category, #b08800) !important; cursor: help !important;';

/** Text nodes that mark.js split off after a mark: ours to merge back. */
const splitOffByUs = new WeakSet<Node>();

export interface MarkAttributes {
  /** The category colour of a topic, for the underline. */
  colorOf(topicId: string): string | undefined;
}

/**
 * Elements whose whole subtree the scan skips at once. The scan rejects them
 * as it meets them, so no text node pays for an ancestor check.
 */
const EXCLUDED_SUBTREES = [...EXCLUDED, 'head', 'title'].join(', ');

/** Text shorter than the shortest alias cannot hold a mention. */
const MIN_TEXT = 2;

/**
 * The scan: one TreeWalker pass over the text under `roots`, running the
 * compiled pattern on each text node without touching the DOM. It yields the
 * parent of each text node that holds a match, and `null` every 256 text
 * nodes so a caller can pause between slices.
 */
export function* scanText(roots: readonly Node[], pattern: RegExp, texts?: string[]): Generator<Element | null> {
  // A non-global copy: `test` must not carry lastIndex from node to node.
  const tester = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  for (const root of roots) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.TEXT_NODE
          ? NodeFilter.FILTER_ACCEPT
          : (node as Element).matches(EXCLUDED_SUBTREES)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      texts?.push(text);
      if (text.length >= MIN_TEXT && tester.test(text) && node.parentElement) yield node.parentElement;
      if (++seen % 256 === 0) yield null;
    }
  }
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

/**
 * Wraps every match under `contexts` in one mark.js `markRegExp` walk.
 * mark.js tests each text node's parent against `exclude`, so regions inside
 * a context (a `code` in a paragraph) stay untouched.
 */
function markContexts(contexts: Element[], matcher: CompiledMatcher, attributes: MarkAttributes): number {
  const pattern = matcher.pattern;
  if (!pattern || contexts.length === 0) return 0;
  let added = 0;
  // mark.js calls `filter` with the matched string just before it wraps it,
  // then `each` with the new element: the topic found in one is used in the
  // other.
  let pendingTopic: string | null = null;
  pattern.lastIndex = 0;
  new Mark(contexts as HTMLElement[]).markRegExp(pattern, {
    element: 'mark',
    className: MARK_CLASS,
    exclude: [EXCLUDE_SELECTOR],
    filter(_node, matched) {
      pendingTopic = matcher.topicOf(matched);
      return pendingTopic !== null;
    },
    each(element) {
      const mark = element as HTMLElement;
      const topic = pendingTopic!;
      mark.removeAttribute('data-markjs');
      mark.dataset.topic = topic;
      const color = attributes.colorOf(topic);
      if (color) mark.style.setProperty('--briefmark-category', color);
      // Focusable, so keyboard readers reach the card as pointer readers do.
      mark.tabIndex = 0;
      // The page's stylesheet (marks.css) does not reach into shadow roots.
      if (mark.getRootNode() !== mark.ownerDocument) mark.style.cssText += SHADOW_MARK_STYLE;
      if (mark.nextSibling) splitOffByUs.add(mark.nextSibling);
      added++;
    },
  });
  return added;
}

/**
 * Highlights every match of `matcher` under `root` (one element, or several
 * changed subtrees), at once. Returns how many marks were added.
 *
 * The scan finds the few elements whose text matches; mark.js then walks only
 * those, in one call. Most of a page holds no mention and is read once, by
 * the scan, at the cost of the pattern itself.
 */
export function highlight(root: Element | Element[], matcher: CompiledMatcher, attributes: MarkAttributes): number {
  if (!matcher.pattern) return 0;
  const roots = Array.isArray(root) ? root : [root];
  const found: Element[] = [];
  for (const parent of scanText(roots, matcher.pattern)) if (parent) found.push(parent);
  return markContexts(outermost(found), matcher, attributes);
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
function sliceClock({ sliceMs = 8, yieldToPage }: SliceOptions) {
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

/**
 * The scan in slices: the parents of matching text under `roots` (and, in
 * `texts`, every text it read). Resolves with `null` when aborted.
 */
export async function scanInSlices(
  roots: readonly Node[],
  pattern: RegExp,
  options: SliceOptions,
  texts?: string[],
): Promise<Element[] | null> {
  const clock = sliceClock(options);
  const found: Element[] = [];
  for (const parent of scanText(roots, pattern, texts)) {
    if (parent) found.push(parent);
    else if (clock.overBudget()) {
      await clock.pause();
      if (options.signal?.aborted) return null;
    }
  }
  return found;
}

/**
 * Marks the matches under `contexts` (outermost elements) in batches sized to
 * the slice budget, yielding to the page between batches. Resolves with how
 * many marks were added.
 */
export async function markInSlices(
  contexts: readonly Element[],
  matcher: CompiledMatcher,
  attributes: MarkAttributes,
  options: SliceOptions,
): Promise<number> {
  const clock = sliceClock(options);
  let added = 0;
  // A batch's time per context tells the next batch's size.
  let batch = 32;
  for (let i = 0; i < contexts.length; ) {
    if (options.signal?.aborted) break;
    const slice = contexts.slice(i, i + batch).filter((element) => element.isConnected);
    const started = performance.now();
    options.edit(() => {
      added += markContexts(slice, matcher, attributes);
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
  const clock = sliceClock(options);
  for (let i = 0; i < marks.length; ) {
    if (options.signal?.aborted) return;
    const end = Math.min(marks.length, i + 256);
    options.edit(() => {
      for (; i < end; i++) unwrap(marks[i]!);
    });
    if (clock.overBudget() && i < marks.length) await clock.pause();
  }
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
  return found ? markInSlices(outermost(found), matcher, attributes, options) : 0;
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
  const all = Array.from(root.querySelectorAll<HTMLElement>(MARK_SELECTOR));
  return topicIds ? all.filter((mark) => topicIds.has(mark.dataset.topic ?? '')) : all;
}

/** Removes the marks of `topicIds` (all marks when omitted). Returns how many. */
export function unhighlight(root: ParentNode, topicIds?: ReadonlySet<string>): number {
  const marks = marksIn(root, topicIds);
  for (const mark of marks) unwrap(mark);
  return marks.length;
}

/** Mentions per topic under `root`. */
export function countMentions(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of marksIn(root)) {
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

/**
 * The open shadow roots under `root`, nested ones included. mark.js does not
 * enter shadow roots, so their contents are walked as extra contexts.
 */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const elements = root.querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) {
    const shadow = elements[i]!.shadowRoot;
    if (shadow && !(elements[i] as HTMLElement).hasAttribute('data-briefmark-ui')) {
      found.push(shadow, ...openShadowRoots(shadow));
    }
  }
  return found;
}
