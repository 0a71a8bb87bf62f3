/**
 * Reconciling a run's marks with its mentions: given what the model decides
 * a run mentions and what is already marked in it, which marks stay, which
 * go, and which mentions are wrapped. Pure (plain data in, plain data out), so it is tested without a DOM.
 *
 * A mark stays only when a mention has exactly its range and topic: a mark
 * whose text the page rewrote, whose topic was turned off, or that a longer
 * mention now covers ("BRICS" inside "BRICS Plus") goes, and the mention is
 * wrapped anew. The model's mentions never overlap, so what is wrapped never
 * overlaps what stays.
 */
import type { Mention } from '../../../data/matching/api';

/** A mention already marked in a run: [start, end) of the run's text, and whatever holds its marks. */
export interface Marked<M> {
  start: number;
  end: number;
  /** '' for a mark that cannot be read as one mention (a stray piece): it never stays. */
  topicId: string;
  marks: M;
}

export interface Plan<M> {
  /** Marks to take out, merged back into the text they came from. */
  unwrap: Marked<M>[];
  /** Mentions to wrap, in order. */
  wrap: Mention[];
}

const same = (mention: Mention, marked: Marked<unknown>) =>
  mention.start === marked.start && mention.end === marked.end && mention.topicId === marked.topicId;

export function reconcile<M>(mentions: readonly Mention[], marked: readonly Marked<M>[]): Plan<M> {
  if (marked.length === 0) return { unwrap: [], wrap: [...mentions] };
  // Both lists are in order of their start: one merge-like pass.
  const kept = new Set<Marked<M>>();
  const wrap: Mention[] = [];
  let j = 0;
  for (const mention of mentions) {
    while (j < marked.length && marked[j]!.start < mention.start) j++;
    const candidate = marked[j];
    if (candidate && same(mention, candidate)) kept.add(candidate);
    else wrap.push(mention);
  }
  return { unwrap: marked.filter((range) => !kept.has(range)), wrap };
}

/** Whether a plan changes anything. */
export const isIdle = (plan: Plan<unknown>) => plan.unwrap.length === 0 && plan.wrap.length === 0;
