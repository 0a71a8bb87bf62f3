/**
 * Same-origin frames. Each runs its own content script; the top frame reads
 * their marks directly (same origin: their documents are reachable) so the
 * popup and the badge count the whole page.
 */
import { countMentions } from './engine';

/** The top page's host name, or `undefined` in a frame of another origin. */
export function topHost(): string | undefined {
  try {
    return window.top!.location.hostname;
  } catch {
    return undefined;
  }
}

/** The documents of the same-origin frames in `doc` (cross-origin ones are skipped). */
export function frameDocuments(doc: Document): Document[] {
  const documents: Document[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
    try {
      const inner = frame.contentDocument;
      if (inner?.body) documents.push(inner, ...frameDocuments(inner));
    } catch {
      // Another origin: not ours to read.
    }
  }
  return documents;
}

export function frameCounts(doc: Document): Record<string, number> {
  return countMentions(doc.body);
}
