/**
 * Moving between mentions from the keyboard: the next or previous mark from
 * the current one (the focused mark, or the mark whose card is open while its
 * link has focus), or, when there is none, from the top of the viewport.
 */
import type { Direction } from '../../data/protocol';
import { MARK_SELECTOR } from './engine';

/** `marks` in reading order; the focused one is looked up from `doc`, else `current`. */
export function stepTarget(doc: Document, marks: HTMLElement[], direction: Direction, current?: HTMLElement): HTMLElement | undefined {
  if (marks.length === 0) return undefined;
  // Focus inside a shadow root shows on the document as its host.
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const focusedMark = (active as HTMLElement | null)?.closest<HTMLElement>(MARK_SELECTOR);
  // A mention inside a link is reached as the link: the mark in it is the current one.
  const from = focusedMark ?? (current && active?.contains(current) ? current : undefined);
  let index = from ? marks.indexOf(from) : -1;
  if (index === -1) {
    // Start from what the reader is looking at, not from the top of the page.
    const firstInView = marks.findIndex((mark) => mark.getBoundingClientRect().top >= 0);
    if (firstInView === -1) return direction === 'next' ? marks[0] : marks[marks.length - 1];
    return direction === 'next' ? marks[firstInView] : marks[(firstInView - 1 + marks.length) % marks.length];
  }
  index = direction === 'next' ? (index + 1) % marks.length : (index - 1 + marks.length) % marks.length;
  return marks[index];
}
