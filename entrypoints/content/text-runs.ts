/**
 * Reading a page's text as a reader does: in runs.
 *
 * A run is text that reads as one line of prose: consecutive text nodes
 * joined only by inline elements (`b`, `a`, `span`, ...), inside one block,
 * with no excluded region, line break or image between them. "Bella <b>1</b>"
 * and "the <a>Alaska</a> summit" are each one run, so a mention can be found
 * across their elements; "Alaska</p><p>summit" is two.
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

/**
 * A walk over the text under `root`, outside subtrees matching `excluded`,
 * that says for each text node whether it continues the previous one's run.
 */
export class RunWalker {
  private readonly walker: TreeWalker;
  private broken = true;
  private previousBlock: Element | null = null;
  /** Whether the text node last returned continues the run before it. */
  continuesRun = false;

  constructor(root: Node, excluded: string) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      // Called for every element the walk passes, in document order: an
      // element that is not inline, or that we skip whole, ends the run.
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const element = node as Element;
        if (!INLINE_TAGS.has(element.localName)) this.broken = true;
        if (element.matches(excluded)) {
          this.broken = true;
          return NodeFilter.FILTER_REJECT;
        }
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

/** The runs under `root` that have more than one text node, in document order. */
export function multiNodeRuns(root: Node, excluded: string): Text[][] {
  const runs: Text[][] = [];
  const walker = new RunWalker(root, excluded);
  let run: Text[] = [];
  for (let node = walker.next(); node; node = walker.next()) {
    if (!walker.continuesRun) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(node);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * The end of a run so far, kept short: a mention that crosses into the next
 * text node starts within its last `width` characters.
 */
export class RunTail {
  text = '';
  /** Whether the run has more text before `text` (so a match at 0 may be cut). */
  cut = false;

  constructor(private readonly width: number) {}

  /** `data` begins a new run (`continues` false) or extends this one. */
  push(data: string, continues: boolean): void {
    const joined = continues ? this.text + data : data;
    this.cut = (continues && this.cut) || joined.length > this.width;
    this.text = joined.length > this.width ? joined.slice(-this.width) : joined;
  }

  /**
   * Whether `pattern` (global) matches across the junction between this tail
   * and `head`, the text node that continues the run.
   */
  crossesInto(head: string, pattern: RegExp): boolean {
    const tail = this.text;
    if (tail === '' || head === '') return false;
    const headCut = head.length > this.width;
    const window = tail + (headCut ? head.slice(0, this.width) : head);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      const end = match.index + match[0].length;
      if (end <= tail.length) continue; // the tail's own mention
      if (match.index >= tail.length) return false; // the head's own, and any after it
      // At a cut edge the pattern could not see the letter beyond it.
      if ((this.cut && match.index === 0) || (headCut && end === window.length)) continue;
      return true;
    }
    return false;
  }
}
