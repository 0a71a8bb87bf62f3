/**
 * The one pipeline every pass runs, whatever started it: read runs → find
 * mentions (the model) → reconcile → wrap. As steps, so the same code runs at
 * once (`highlight`, for tests) or in slices (the live page).
 */
import type { MatchingModel, PageFacts } from '../../../data/matching/api';
import { CONTINUED_ATTRIBUTE, marksIn } from './dom-contract';
import { scan, type RunChange, type ScanSink } from './scan';
import { atOnce } from './scheduling';
import { textOffsets, unwrap, unwrapMention, wrapRanges, type BlockRange, type MarkAttributes } from './wrap';

export interface PassResult {
  /** Mentions wrapped. */
  added: number;
  /** Mentions taken out (stale, or of a topic turned off). */
  removed: number;
}

/**
 * A pass over `roots`: yields between steps (a caller may pause there), and
 * returns what it changed. The scan reads everything first; the changes are
 * then made context by context, each after checking that the page did not
 * change the run's text in between.
 */
export function* pass(
  roots: readonly Node[],
  model: MatchingModel,
  page: PageFacts,
  attributes: MarkAttributes,
  sink: ScanSink = {},
  skip?: (element: Element) => boolean,
): Generator<null, PassResult> {
  const byContext = new Map<Element, RunChange[]>();
  for (const change of scan(roots, model, page, sink, skip)) {
    if (!change) {
      yield null;
      continue;
    }
    const changes = byContext.get(change.context);
    if (changes) changes.push(change);
    else byContext.set(change.context, [change]);
  }
  const result: PassResult = { added: 0, removed: 0 };
  for (const [context, changes] of byContext) {
    const { added, removed } = apply(context, changes, attributes);
    result.added += added;
    result.removed += removed;
    yield null;
  }
  return result;
}

/** Makes the changes of the runs in one mark.js context. */
function apply(context: Element, changes: readonly RunChange[], attributes: MarkAttributes): PassResult {
  const result: PassResult = { added: 0, removed: 0 };
  if (!context.isConnected) return result;
  // Offsets count characters, which neither unwrapping nor wrapping changes.
  const offsets = textOffsets(context);
  const ranges: BlockRange[] = [];
  for (const change of changes) {
    const base = offsets.get(change.first);
    // The page moved the run's text since the scan: the watcher has it read again.
    if (base === undefined || !runIsIntact(change)) continue;
    for (const marked of change.plan.unwrap) {
      unwrapMention(marked.marks);
      result.removed++;
    }
    for (const mention of change.plan.wrap) ranges.push({ start: base + mention.start, end: base + mention.end, topicId: mention.topicId });
  }
  result.added = wrapRanges(context, ranges, attributes);
  return result;
}

/** Whether the run's text nodes still hold the text the scan read. */
function runIsIntact(change: RunChange): boolean {
  let text = '';
  let node: Node | null = change.first;
  const walker = change.first.ownerDocument.createTreeWalker(change.context, NodeFilter.SHOW_TEXT);
  walker.currentNode = change.first;
  while (node && text.length < change.text.length) {
    text += (node as Text).data;
    node = walker.nextNode();
  }
  return text === change.text;
}

/** Highlights `root` (one element, or several) at once. Returns how many mentions were added. */
export function highlight(root: Node | readonly Node[], model: MatchingModel, attributes: MarkAttributes, page: PageFacts = {}): number {
  return atOnce(pass(Array.isArray(root) ? root : [root as Node], model, page, attributes)).added;
}

/** Removes the marks of `topicIds` (all marks when omitted), merging their text back. Returns how many mentions. */
export function unhighlight(root: ParentNode, topicIds?: ReadonlySet<string>): number {
  let mentions = 0;
  for (const mark of marksIn(root, topicIds)) {
    if (!mark.hasAttribute(CONTINUED_ATTRIBUTE)) mentions++;
    unwrap(mark);
  }
  return mentions;
}
