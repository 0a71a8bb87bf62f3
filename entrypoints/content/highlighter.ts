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
 * Highlights every match of `matcher` under `root` (one element, or several
 * changed subtrees) in one walk. Returns how many marks were added.
 */
export function highlight(root: HTMLElement | HTMLElement[], matcher: CompiledMatcher, attributes: MarkAttributes): number {
  const pattern = matcher.pattern;
  if (!pattern) return 0;
  let added = 0;
  // mark.js calls `filter` with the matched string just before it wraps it,
  // then `each` with the new element: the topic found in one is used in the
  // other.
  let pendingTopic: string | null = null;
  pattern.lastIndex = 0;
  new Mark(root).markRegExp(pattern, {
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
