/**
 * mark.js walks each context with a NodeIterator it never detaches. Chromium
 * keeps every NodeIterator of a document in one list, visited on every node
 * removal, until garbage collection: on a page with thousands of mentions,
 * each `replaceChild` that wraps one walks thousands of spent iterators (on
 * 6,667 matches, 380–400 ms of wrapping where plain splitText/replaceChild
 * takes 17 ms). A TreeWalker is not in that list.
 *
 * mark.js reads all of a context's text nodes before it changes any, shows
 * its filter text nodes only, and moves with `previousNode`/`nextNode`, which
 * a TreeWalker answers with the same nodes (tree-walkers.test.ts).
 */

/**
 * Runs `work` with `doc.createNodeIterator` answering TreeWalkers, then puts
 * the document's own back. The replacement is a property of the extension's
 * view of `doc` only: a content script's world is not the page's, so the page
 * never sees it.
 */
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
