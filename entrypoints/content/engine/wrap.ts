/**
 * Wrap and unwrap: the one adapter around mark.js, the product's highlighter.
 *
 * - The scan decides exactly which ranges of a run to mark; mark.js wraps
 *   them with `markRanges`, one call per block. mark.js reads a context's text
 *   as every text node under it except those whose parent is script, style,
 *   title, head or html (its defaults; no `exclude` is passed): the offsets
 *   handed to it are counted the same way here (`textOffsets`), so text of an
 *   excluded region inside a block (a `code`) shifts both alike.
 * - mark.js splits the page's text node: the original keeps the text before
 *   the mention, the mark and the rest are new nodes. Frameworks hold on to
 *   their text nodes, so every piece is remembered with its original: when
 *   the page rewrites, removes or moves an original, `heal` takes its pieces
 *   out and the original says again exactly what the app wrote.
 * - Removal is the exact inverse of wrapping: a mark's text and the piece
 *   after it are merged back into the text before it (never `normalize()`,
 *   which would also merge text nodes the page keeps apart).
 * - mark.js walks each context with a NodeIterator it never detaches. Chromium
 *   keeps every NodeIterator of a document in one list, visited on every node
 *   removal until garbage collection: on a page with thousands of mentions
 *   each wrap walks thousands of spent iterators (see docs/engine.md and
 *   commit 5419c7f). While mark.js runs, `document.createNodeIterator`
 *   answers TreeWalkers instead (same nodes for how mark.js moves: tested in
 *   tree-walkers.test.ts), in the content script's own view of the document
 *   only: the page never sees it.
 */
import Mark from 'mark.js';
import { CONTINUED_ATTRIBUTE, MARK_CLASS } from './dom-contract';

/** A range of a block's text (as mark.js reads it) to mark as `topicId`. */
export interface BlockRange {
  start: number;
  end: number;
  topicId: string;
}

export interface MarkAttributes {
  /** The category colour of a topic, for the underline. */
  colorOf(topicId: string): string | undefined;
  /** Whether the page is dark: its marks take the dark tint (marks.css), which keeps light text readable. */
  onDarkPage?(): boolean;
}

/** What marks.css gives a mark, for marks inside a page's shadow roots (the stylesheet does not reach them). */
const SHADOW_MARK_STYLE =
  'background-color: rgba(255, 196, 0, 0.32) !important; color: inherit !important; border-radius: 2px !important;' +
  'box-shadow: inset 0 -2px 0 var(--briefmark-category, #b08800) !important; cursor: help !important;';
const SHADOW_DARK_MARK_STYLE = 'background-color: rgba(92, 62, 0, 0.72) !important;';
/** Where a mark sits inside something already focusable, it adds no stop of its own. */
const FOCUSABLE_ANCESTOR = 'a[href], button, summary, label, [tabindex]';

/** Each piece (a mark, or text split off after one) → the page's text node it was split from. */
const originalOf = new WeakMap<Node, Text>();
/** Each split original → its pieces, in document order after it. */
const piecesOfOriginal = new WeakMap<Text, Node[]>();
/** The marks of a mention that runs across elements, for each of them. */
const marksOfMention = new WeakMap<Element, Element[]>();

/** The text nodes whose parent mark.js leaves out by default. */
const MARKJS_SKIPS = new Set(['script', 'style', 'title', 'head', 'html']);

/** Where each text node of `block` starts in the block's text as mark.js reads it. */
export function textOffsets(block: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentNode;
    if (parent && parent.nodeType === Node.ELEMENT_NODE && MARKJS_SKIPS.has((parent as Element).localName)) continue;
    offsets.set(node, offset);
    offset += node.length;
  }
  return offsets;
}

/** Gives a new mark its topic, colour and focusability. */
function decorate(mark: HTMLElement, topic: string, attributes: MarkAttributes, continued: boolean): void {
  mark.removeAttribute('data-markjs');
  mark.dataset.topic = topic;
  const color = attributes.colorOf(topic);
  if (color) mark.style.setProperty('--briefmark-category', color);
  const dark = attributes.onDarkPage?.() ?? false;
  if (dark) mark.dataset.tone = 'dark';
  // Focusable from script but no tab stop: the keyboard reaches mentions
  // through one entry point (keyboard-entry.tsx), not a stop per mention. A
  // mention is reached once, at its first mark; one inside a link is reached
  // as the link, which stays the page's one stop.
  if (continued) mark.setAttribute(CONTINUED_ATTRIBUTE, '');
  else if (!mark.parentElement?.closest(FOCUSABLE_ANCESTOR)) mark.tabIndex = -1;
  if (mark.getRootNode() !== mark.ownerDocument) mark.style.cssText += SHADOW_MARK_STYLE + (dark ? SHADOW_DARK_MARK_STYLE : '');
}

/** Remembers `pieces`, just split off `from`, as pieces of `from`'s original. */
function remember(from: Text, pieces: Node[]): void {
  const original = originalOf.get(from) ?? from;
  let list = piecesOfOriginal.get(original);
  if (!list) piecesOfOriginal.set(original, (list = []));
  list.splice(from === original ? 0 : list.indexOf(from) + 1, 0, ...pieces);
  for (const piece of pieces) originalOf.set(piece, original);
}

/** Forgets `piece` (it was merged back or removed). */
function forget(piece: Node): void {
  const original = originalOf.get(piece);
  if (!original) return;
  originalOf.delete(piece);
  const list = piecesOfOriginal.get(original);
  const at = list?.indexOf(piece) ?? -1;
  if (at >= 0) list!.splice(at, 1);
  if (list && list.length === 0) piecesOfOriginal.delete(original);
}

/** Runs `work` with `doc.createNodeIterator` answering TreeWalkers (see the top of this file). */
export function withTreeWalkers<T>(doc: Document, work: () => T): T {
  const own = Object.getOwnPropertyDescriptor(doc, 'createNodeIterator');
  Object.defineProperty(doc, 'createNodeIterator', {
    configurable: true,
    value: (root: Node, whatToShow?: number, filter?: NodeFilter | null) => doc.createTreeWalker(root, whatToShow, filter),
  });
  try {
    return work();
  } finally {
    if (own) Object.defineProperty(doc, 'createNodeIterator', own);
    else delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}

/**
 * Wraps `ranges` of `block`'s text (offsets as `textOffsets` counts them, in
 * order, not overlapping) in one mark.js `markRanges` call. Returns how many
 * mentions were wrapped.
 */
export function wrapRanges(block: Element, ranges: readonly BlockRange[], attributes: MarkAttributes): number {
  if (ranges.length === 0 || !block.isConnected) return 0;
  const marksOf = new Map<object, HTMLElement[]>();
  const asMarkJs = ranges.map((range) => ({ start: range.start, length: range.end - range.start, topicId: range.topicId }));
  // mark.js uses the global `document`; the block's own is the one to patch.
  withTreeWalkers(document, () =>
    new Mark(block as HTMLElement).markRanges(asMarkJs, {
      element: 'mark',
      className: MARK_CLASS,
      each(element: Element, range: object) {
        const mark = element as HTMLElement;
        // mark.js has just split the text before `mark`: it and the text after are new.
        const from = mark.previousSibling as Text;
        remember(from, mark.nextSibling ? [mark, mark.nextSibling] : [mark]);
        let marks = marksOf.get(range);
        if (!marks) marksOf.set(range, (marks = []));
        decorate(mark, (range as { topicId: string }).topicId, attributes, marks.length > 0);
        marks.push(mark);
      },
    } as Mark.MarkRangesOptions),
  );
  for (const marks of marksOf.values()) if (marks.length > 1) for (const mark of marks) marksOfMention.set(mark, marks);
  return marksOf.size;
}

/** Every mark of the mention `mark` belongs to (just `mark` for most). */
export function piecesOf(mark: Element): readonly Element[] {
  return marksOfMention.get(mark) ?? [mark];
}

/** The text of the whole mention `mark` belongs to. */
export function mentionText(mark: Element): string {
  return piecesOf(mark)
    .map((piece) => piece.textContent ?? '')
    .join('');
}

/** Removes one mark, merging its text (and the piece split off after it) into the text before it. */
export function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  marksOfMention.delete(mark);
  if (!parent) return forget(mark);
  const text = mark.textContent ?? '';
  const before = mark.previousSibling;
  const after = mark.nextSibling;
  const original = originalOf.get(mark);
  forget(mark);
  if (before && before.nodeType === Node.TEXT_NODE) {
    const into = before as Text;
    into.appendData(text);
    parent.removeChild(mark);
    if (after && after.nodeType === Node.TEXT_NODE && original && originalOf.get(after) === original) {
      into.appendData((after as Text).data);
      parent.removeChild(after);
      forget(after);
    }
  } else {
    // The page moved things around; put the text back where the mark was.
    parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
  }
}

/** Removes every mark of the mention `mark` belongs to. */
export function unwrapMention(mark: Element): void {
  for (const piece of [...piecesOf(mark)]) unwrap(piece);
}

/** Whether `node` is a page's text node that we split (it has pieces). */
export function isSplitOriginal(node: Node): node is Text {
  return node.nodeType === Node.TEXT_NODE && piecesOfOriginal.has(node as Text);
}

/** The original text node a piece (a mark, or text split off) came from. */
export function originalOfPiece(node: Node): Text | undefined {
  return originalOf.get(node);
}

/**
 * The page wrote to, removed or moved `original`, a text node we split: its
 * pieces and marks are taken out wherever they are, and the marks of its
 * mentions in other nodes merged back. `rewritten`: the page set its text,
 * which is then already all the app wrote; otherwise the pieces' text goes
 * back into it, so it holds what it held before we split it. Returns the
 * pieces taken out.
 */
export function heal(original: Text, rewritten: boolean): Node[] {
  const pieces = piecesOfOriginal.get(original);
  if (!pieces) return [];
  for (const piece of pieces) {
    if (piece.nodeType !== Node.ELEMENT_NODE) continue;
    for (const other of piecesOf(piece as Element)) if (originalOf.get(other) !== original) unwrap(other);
  }
  let text = '';
  for (const piece of [...pieces]) {
    text += piece.textContent ?? '';
    piece.parentNode?.removeChild(piece);
    originalOf.delete(piece);
    if (piece.nodeType === Node.ELEMENT_NODE) marksOfMention.delete(piece as Element);
  }
  piecesOfOriginal.delete(original);
  if (!rewritten && text) original.appendData(text);
  return pieces;
}
