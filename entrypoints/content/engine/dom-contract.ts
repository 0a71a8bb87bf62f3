/**
 * The DOM contract: what Briefmark puts into a page, and how the rest of the
 * extension (card, popup counts, keyboard steps, tests) finds it.
 *
 * `<mark class="briefmark" data-topic="TOPIC_ID">`; a mention that runs across
 * elements ("Bella <b>1</b>") has several marks, and every mark after the
 * first says `data-continued`.
 */
export const MARK_CLASS = 'briefmark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;
/** A later piece of a mention that runs across elements. */
export const CONTINUED_ATTRIBUTE = 'data-continued';
/** A mention the reader's density setting keeps quiet ("first mention only"): plain text to the eye. */
export const QUIET_ATTRIBUTE = 'data-quiet';
/** The first (or only) mark of each mention: what is counted, focused and stepped through. */
export const MENTION_SELECTOR = `${MARK_SELECTOR}:not([${CONTINUED_ATTRIBUTE}])`;

/** Whether `node` is one of our marks. */
export function isMark(node: Node | null): node is HTMLElement {
  return !!node && node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'mark' && (node as Element).classList.contains(MARK_CLASS);
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
