/**
 * Moving between mentions from the keyboard: the next or previous mark from
 * the focused one, or, when none is focused, from the top of the viewport.
 */
import type { Direction } from '../../data/protocol';
import { MARK_SELECTOR } from './engine';

/** `marks` in reading order; the focused one is looked up from `doc`. */
export function stepTarget(doc: Document, marks: HTMLElement[], direction: Direction): HTMLElement | undefined {
  if (marks.length === 0) return undefined;
  // Focus inside a shadow root shows on the document as its host.
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const focused = (active as HTMLElement | null)?.closest<HTMLElement>(MARK_SELECTOR);
  let index = focused ? marks.indexOf(focused) : -1;
  if (index === -1) {
    // Start from what the reader is looking at, not from the top of the page.
    const firstInView = marks.findIndex((mark) => mark.getBoundingClientRect().top >= 0);
    if (firstInView === -1) return direction === 'next' ? marks[0] : marks[marks.length - 1];
    return direction === 'next' ? marks[firstInView] : marks[(firstInView - 1 + marks.length) % marks.length];
  }
  index = direction === 'next' ? (index + 1) % marks.length : (index - 1 + marks.length) % marks.length;
  return marks[index];
}
