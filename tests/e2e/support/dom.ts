/**
 * Functions evaluated inside test pages. They are serialised by puppeteer,
 * so each must be self-contained.
 */

/** The exact node structure under `selector`, text node boundaries included. */
export function structureOf(selector: string, html?: string): string {
  const source = html ? new DOMParser().parseFromString(html, 'text/html') : document;
  const root = source.querySelector(selector);
  const walk = (node: Node): unknown => {
    if (node.nodeType === Node.TEXT_NODE) return `#text:${(node as Text).data}`;
    if (node.nodeType !== Node.ELEMENT_NODE) return `#${node.nodeName}`;
    const element = node as Element;
    const attrs = Array.from(element.attributes, (a) => `${a.name}=${a.value}`).sort();
    return [element.nodeName, attrs, Array.from(element.childNodes, walk)];
  };
  return JSON.stringify(root ? walk(root) : null);
}

/** Mentions per topic, read from the marks on the page (a mention split across elements counts once). */
export function markCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of document.querySelectorAll<HTMLElement>('mark.briefmark:not([data-continued])')) {
    const topic = mark.dataset.topic ?? '?';
    counts[topic] = (counts[topic] ?? 0) + 1;
  }
  return counts;
}
