/**
 * Where a highlight must never go: code, editors, form fields, SVG, scripts
 * and our own UI. A region excludes everything inside it.
 */

export const EXCLUDED = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ace_editor',
  '[data-briefmark-ui]',
];

/** Any excluded element: a text node is excluded when its parent has such an ancestor-or-self. */
export const EXCLUDED_SELECTOR = EXCLUDED.join(', ');

const isTagName = (selector: string) => /^[a-z][a-z0-9]*$/.test(selector);

/**
 * Whether the scan skips an element and its whole subtree: EXCLUDED, the
 * document head, and `also` (the regions a reader leaves alone). It is asked
 * for every element of the page, so the tag is looked up first and the
 * selector engine is asked only about elements that have attributes (every
 * selector that is not a tag name needs one).
 */
export function excludedElementTest(also: readonly string[] = []): (element: Element) => boolean {
  const selectors = [...EXCLUDED, ...also];
  const tags = new Set([...selectors.filter(isTagName), 'head', 'title']);
  const byAttribute = selectors.filter((selector) => !isTagName(selector)).join(', ');
  return (element) => tags.has(element.localName) || (element.hasAttributes() && element.matches(byAttribute));
}

export const isExcludedElement = excludedElementTest();

/** Whether `node` lies in an excluded region. */
export function isInExcludedRegion(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!element?.closest(EXCLUDED_SELECTOR);
}
