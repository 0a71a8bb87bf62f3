/**
 * The scan: one TreeWalker pass over the text under some roots, read in runs
 * (text-runs.ts). For each run that the model may mention, or that holds our
 * marks, it asks the model for the run's mentions and reconciles (reconcile.ts)
 * what to change. It reads the DOM and never changes it.
 *
 * Cost: a run that holds no mark and that `mayMention` rejects costs the
 * walk and one test of the model's cheap pattern; nothing else.
 */
import type { MatchingModel, PageFacts } from '../../../data/matching/api';
import { CONTINUED_ATTRIBUTE, isMark } from './dom-contract';
import { isIdle, reconcile, type Marked, type Plan } from './reconcile';
import { isExcludedElement } from './exclusion';
import { langOf, RunWalker, type ExcludedTest } from './text-runs';
import { piecesOf } from './wrap';

/** Text shorter than the shortest alias cannot hold a mention. */
const MIN_TEXT = 2;

/** A run that needs changes: where to make them, and what they are (offsets into the run's text). */
export interface RunChange {
  /** The smallest element that holds the whole run: mark.js's context for it. */
  context: Element;
  /** The run's first text node: where its offsets start. */
  first: Text;
  /** The run's text, as read. */
  text: string;
  plan: Plan<HTMLElement>;
}

export interface ScanSink {
  /** Open shadow roots met on the way, nested ones included; the scan reads them too. */
  shadowRoots?: ShadowRoot[];
}

/** The smallest element that holds both `first` and `last`. */
function contextOf(first: Text, last: Text): Element | null {
  let element = first.parentElement;
  while (element && !element.contains(last)) element = element.parentElement;
  return element;
}

/**
 * Yields the changes each run under `roots` needs, and `null` every 256 text
 * nodes so a caller can pause between slices.
 */
export function* scan(
  roots: readonly Node[],
  model: MatchingModel,
  page: PageFacts,
  sink: ScanSink = {},
  /** Elements whose subtree is not read: the excluded regions, and any the reader leaves alone. */
  skip: ExcludedTest = isExcludedElement,
): Generator<RunChange | null> {
  const queue = [...roots];
  // Counted over all roots: a pass over many small roots (the blocks of a topic's marks) pauses too.
  let seen = 0;
  for (let next = 0; next < queue.length; next++) {
    const root = queue[next]!;
    const shadows: ShadowRoot[] = [];
    // The walker asks about the elements under its root, not the root itself.
    if (sink.shadowRoots && root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) shadows.push((root as Element).shadowRoot!);
    const walker = new RunWalker(root, skip, sink.shadowRoots && shadows);
    let run: Text[] = [];
    let text = '';
    let marked: Marked<HTMLElement>[] = [];
    let lastParent: Element | null = null;
    let parentIsMark = false;
    for (let node = walker.next(); ; node = walker.next()) {
      if (!node || !walker.continuesRun) {
        if (run.length > 0 && (marked.length > 0 || text.length >= MIN_TEXT)) {
          const may = model.mayMention(text);
          if (may || marked.length > 0) {
            const mentions = may ? model.mentionsIn({ text, lang: langOf(run[0]!) }, page) : [];
            const plan = reconcile(mentions, marked);
            const context = isIdle(plan) ? null : contextOf(run[0]!, run[run.length - 1]!);
            if (context) yield { context, first: run[0]!, text, plan };
          }
        }
        run = [];
        text = '';
        marked = [];
        if (!node) break;
      }
      // Text nodes come in sibling groups: whether their parent is a mark is asked once per group.
      const parent = walker.parent;
      if (parent !== lastParent) {
        lastParent = parent;
        parentIsMark = isMark(parent);
      }
      if (parentIsMark) readMark(parent as HTMLElement, text.length, node.length, marked);
      run.push(node);
      text += node.data;
      if (++seen % 256 === 0) yield null;
    }
    for (const shadow of shadows) {
      sink.shadowRoots!.push(shadow);
      queue.push(shadow);
    }
  }
}

/** Adds the text of one of our marks, at `start` of the run, to the run's marked ranges. */
function readMark(mark: HTMLElement, start: number, length: number, marked: Marked<HTMLElement>[]): void {
  const last = marked[marked.length - 1];
  if (!mark.hasAttribute(CONTINUED_ATTRIBUTE)) {
    marked.push({ start, end: start + length, topicId: mark.dataset.topic ?? '', marks: mark });
  } else if (last && last.end === start && last.marks !== mark && piecesOf(last.marks).includes(mark)) {
    last.end = start + length;
  } else {
    // A later piece without its first: never a mention by itself.
    marked.push({ start, end: start + length, topicId: '', marks: mark });
  }
}
