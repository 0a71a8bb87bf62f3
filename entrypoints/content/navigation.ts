/**
 * Moving between mentions from the keyboard: the next or previous mark from
 * the focused one, or, when none is focused, from the top of the viewport.
 */
import type { Direction } from '../../data/protocol';
import { MARK_SELECTOR, marksIn } from './highlighter';

export function stepTarget(doc: Document, direction: Direction): HTMLElement | undefined {
  const marks = marksIn(doc.body);
  if (marks.length === 0) return undefined;
  const focused = (doc.activeElement as HTMLElement | null)?.closest<HTMLElement>(MARK_SELECTOR);
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
