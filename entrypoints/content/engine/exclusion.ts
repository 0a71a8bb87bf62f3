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

/** Elements whose whole subtree the scan skips, by tag: EXCLUDED's plain tag names, and the document head. */
const EXCLUDED_TAGS = new Set([...EXCLUDED.filter((selector) => /^[a-z]+$/.test(selector)), 'head', 'title']);
/** The rest of EXCLUDED: selectors that need an attribute or a class. */
const EXCLUDED_BY_ATTRIBUTE = EXCLUDED.filter((selector) => !/^[a-z]+$/.test(selector)).join(', ');

/**
 * Whether the scan skips `element` and its whole subtree. It is asked for
 * every element of the page, so the tag is looked up first and the selector
 * engine is asked only about elements that have attributes.
 */
export function isExcludedElement(element: Element): boolean {
  return EXCLUDED_TAGS.has(element.localName) || (element.hasAttributes() && element.matches(EXCLUDED_BY_ATTRIBUTE));
}

/** Whether `node` lies in an excluded region. */
export function isInExcludedRegion(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!element?.closest(EXCLUDED_SELECTOR);
}
