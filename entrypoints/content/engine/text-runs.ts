/**
 * Reading a page's text as a reader does: in runs.
 *
 * A run is text that reads as one line of prose: consecutive text nodes
 * joined only by inline elements (`b`, `a`, `span`, ...), inside one block,
 * with no excluded region, line break or image between them. "Bella <b>1</b>"
 * and "the <a>Alaska</a> summit" are each one run, so a mention can be found
 * across their elements; "Alaska</p><p>summit" is two.
 *
 * Our own marks are inline too: a run is read with the text it holds, so a
 * mark's neighbours count as its context and a stale mark is seen (scan.ts).
 *
 * Inline is judged by tag name, not computed style: reading styles would
 * force a style recalculation on every page we visit.
 */

/** Elements that continue a run. Any other element breaks it. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'mark',
  'nobr',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** The nearest ancestor of `node` that is not inline: the block its run lies in. */
export function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.localName)) element = element.parentElement;
  return element;
}

/** The block `node` lies in: for an element that is not inline, itself. */
export function enclosingBlock(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE && !INLINE_TAGS.has((node as Element).localName)) return node as Element;
  return blockOf(node);
}

/** Whether the walk skips an element and everything in it. */
export type ExcludedTest = (element: Element) => boolean;

/**
 * A walk over the text under `root`, outside subtrees `excluded` rejects,
 * that says for each text node whether it continues the previous one's run.
 * The open shadow roots it passes go into `shadowRoots`, if given: the walk
 * does not enter them, and a caller walks them after.
 */
export class RunWalker {
  private readonly walker: TreeWalker;
  private broken = true;
  private previousBlock: Element | null = null;
  /** Whether the text node last returned continues the run before it. */
  continuesRun = false;

  constructor(root: Node, excluded: ExcludedTest, shadowRoots?: ShadowRoot[]) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      // Called for every element the walk passes, in document order: an
      // element that is not inline, or that we skip whole, ends the run.
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const element = node as Element;
        if (!INLINE_TAGS.has(element.localName)) this.broken = true;
        if (excluded(element)) {
          this.broken = true;
          return NodeFilter.FILTER_REJECT;
        }
        if (shadowRoots && element.shadowRoot) shadowRoots.push(element.shadowRoot);
        return NodeFilter.FILTER_SKIP;
      },
    });
  }

  /** The next text node, or `null` at the end. */
  next(): Text | null {
    const node = this.walker.nextNode() as Text | null;
    if (!node) return null;
    // Leaving a block shows as a change of block (no element is entered).
    const block = blockOf(node);
    this.continuesRun = !this.broken && block === this.previousBlock;
    this.broken = false;
    this.previousBlock = block;
    return node;
  }
}

/** The run's language: the nearest `lang` attribute, else the document's ('' when unknown). */
export function langOf(node: Node): string {
  const tagged = node.parentElement?.closest('[lang]');
  return tagged?.getAttribute('lang') ?? node.ownerDocument?.documentElement.lang ?? '';
}
