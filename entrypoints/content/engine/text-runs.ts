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

// The DOM's constants, read once rather than off the globals at every node.
const ELEMENT_NODE = 1;

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
 * The open shadow roots under `root` go into `shadowRoots`, if given, in
 * document order: the walk does not enter them, and a caller walks them after.
 *
 * The browser walks the text nodes alone, with no filter: a filter is a call
 * from the browser into script at every node, and that was most of a walk's
 * cost. What a filter would see is worked out per parent element instead
 * (text nodes come in sibling groups), and the elements between two text
 * nodes of one block are looked at only to find one that breaks the run.
 */
export class RunWalker {
  private readonly walker: TreeWalker;
  /** Per element met under the root: the outermost excluded region under the root that holds it, or null. */
  private readonly regions = new Map<Element, Element | null>();
  private readonly blocks = new Map<Element, Element | null>();
  /** Excluded text was passed since the last text node returned. */
  private broken = true;
  private previous: Text | null = null;
  private previousBlock: Element | null = null;
  /** The parent whose region and block are below (undefined: none yet). */
  private readParent: Element | null | undefined = undefined;
  private parentRegion: Element | null = null;
  private parentBlock: Element | null = null;
  /** Whether the text node last returned continues the run before it. */
  continuesRun = false;
  /** The parent of the text node last returned. */
  parent: Element | null = null;

  constructor(
    private readonly root: Node,
    private readonly excluded: ExcludedTest,
    shadowRoots?: ShadowRoot[],
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    if (shadowRoots && 'querySelectorAll' in root) {
      for (const element of (root as ParentNode).querySelectorAll('*')) {
        const shadow = element.shadowRoot;
        if (shadow && !this.regionOf(element)) shadowRoots.push(shadow);
      }
    }
  }

  /** The next text node outside excluded regions, or `null` at the end. */
  next(): Text | null {
    for (;;) {
      const node = this.walker.nextNode() as Text | null;
      if (!node) return null;
      const parent = node.parentElement;
      if (parent !== this.readParent) {
        this.readParent = parent;
        this.parentRegion = this.regionOf(parent);
        this.parentBlock = this.parentRegion ? null : this.blockOfParent(parent, node);
      }
      if (this.parentRegion) {
        // Past the whole region: code and editors can hold thousands of text nodes.
        let last: Node = this.parentRegion;
        while (last.lastChild) last = last.lastChild;
        this.walker.currentNode = last;
        this.readParent = undefined;
        this.broken = true;
        continue;
      }
      const block = this.parentBlock;
      const previous = this.previous;
      // Leaving a block shows as a change of block; an element that breaks a run shows between the two nodes.
      this.continuesRun = !this.broken && previous !== null && block === this.previousBlock && !breakBetween(previous, node, this.excluded);
      this.broken = false;
      this.parent = parent;
      this.previous = node;
      this.previousBlock = block;
      return node;
    }
  }

  /** The outermost excluded region under the root that holds `element` (the root itself is never asked about). */
  private regionOf(element: Element | null): Element | null {
    if (!element || element === this.root) return null;
    const known = this.regions.get(element);
    if (known !== undefined) return known;
    const region = this.regionOf(element.parentElement) ?? (this.excluded(element) ? element : null);
    this.regions.set(element, region);
    return region;
  }

  private blockOfParent(parent: Element | null, node: Text): Element | null {
    if (!parent) return null;
    let block = this.blocks.get(parent);
    if (block === undefined) this.blocks.set(parent, (block = blockOf(node)));
    return block;
  }
}

/**
 * Whether an element that ends a run starts between text nodes `from` and
 * `to` of one block: one that is not inline, or is excluded, other than
 * those holding `to` (a block there would be `to`'s block, an excluded one
 * would hold no text the walk returns). Whatever lies wholly between them
 * holds no text the walk returns, so it is an empty element (`<br>`, `<img>`,
 * `<span></span>`) or one holding such elements.
 */
function breakBetween(from: Text, to: Text, excluded: ExcludedTest): boolean {
  if (to.previousSibling === from) return false;
  let node: Node | null = from;
  for (;;) {
    // The node after `node` and all it holds.
    while (node && !node.nextSibling) node = node.parentNode;
    // Past the document's end: `to` is not after `from` (never in one walk), so no run joins them.
    if (!node) return true;
    node = node.nextSibling!;
    // Into the inline elements that hold `to`.
    while (node !== to && node.nodeType === ELEMENT_NODE && (node as Element).contains(to)) node = node.firstChild!;
    if (node === to) return false;
    if (node.nodeType === ELEMENT_NODE && breaksRun(node as Element, excluded)) return true;
  }
}

/** Whether an element with no text in it, or one of its elements, ends a run. */
function breaksRun(element: Element, excluded: ExcludedTest): boolean {
  const ends = (candidate: Element) => !INLINE_TAGS.has(candidate.localName) || excluded(candidate);
  if (ends(element)) return true;
  if (!element.firstElementChild) return false;
  for (const inner of element.getElementsByTagName('*')) if (ends(inner)) return true;
  return false;
}

/** The run's language: the nearest `lang` attribute, else the document's ('' when unknown). */
export function langOf(node: Node): string {
  const tagged = node.parentElement?.closest('[lang]');
  return tagged?.getAttribute('lang') ?? node.ownerDocument?.documentElement.lang ?? '';
}
