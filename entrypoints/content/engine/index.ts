/**
 * The content engine, from one place: the content script, the tests and the
 * bench import it from here. See docs/engine.md.
 */
export { LivePage, blocksOf, outermost, type LivePageOptions } from './live-page';
export { highlight, pass, unhighlight, type PassResult } from './pipeline';
export { reconcile, type Marked, type Plan } from './reconcile';
export {
  MARK_CLASS,
  MARK_SELECTOR,
  MENTION_SELECTOR,
  CONTINUED_ATTRIBUTE,
  QUIET_ATTRIBUTE,
  addCounts,
  countMentions,
  isMark,
  marksIn,
  mentionsIn,
} from './dom-contract';
export { EXCLUDED, EXCLUDED_SELECTOR, isExcludedElement } from './exclusion';
export { heal, mentionText, piecesOf, unwrap, withTreeWalkers, type MarkAttributes } from './wrap';
export { FightPolicy } from './fights';
export { hasHydrationMarkers, hydrationSettled } from './hydration';
export { atOnce, inSlices, yieldToPage, type SliceOptions } from './scheduling';
