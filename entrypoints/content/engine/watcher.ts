/**
 * The page watcher: one MutationObserver over the page (and its open shadow
 * roots). It
 * - drops the records our own edits cause (`edit`);
 * - heals, inside the observer callback, so before the page paints: when the
 *   page writes to, removes or moves a text node we split, its pieces and
 *   marks come out and the node says exactly what the app wrote (wrap.ts);
 * - gathers what changed, for the next pass;
 * - counts fights: the page took one of our marks out while the text it
 *   came from stayed, or swapped marked elements for the same text again
 *   (markup put back). A removed element that took our marks with it for
 *   other content (a route change) is not a fight, nor is text the app
 *   rewrote.
 */
import { isMark, MARK_SELECTOR } from './dom-contract';
import { heal, isSplitOriginal, originalOfPiece } from './wrap';

const textOf = (nodes: NodeList) => Array.from(nodes, (node) => node.textContent ?? '').join('');

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface WatcherEvents {
  /** Nodes the page added or rewrote (or healed), and whether it removed marks. */
  changed(nodes: readonly Node[], marksRemoved: boolean): void;
  /** The page took our marks out again. */
  fought(): void;
}

export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Node>();
  private watching = false;

  constructor(view: Window & typeof globalThis, private readonly events: WatcherEvents) {
    this.observer = new view.MutationObserver((records) => this.read(records));
  }

  /** Starts watching `root` (again, after `disconnect`, with every root so far). */
  watch(root: Node): void {
    this.roots.add(root);
    if (this.watching) this.observer.observe(root, OBSERVED);
  }

  connect(): void {
    this.watching = true;
    for (const root of this.roots) this.observer.observe(root, OBSERVED);
  }

  disconnect(): void {
    this.watching = false;
    this.observer.disconnect();
  }

  /** Forgets every root. */
  clear(): void {
    this.disconnect();
    this.roots.clear();
  }

  /** Runs our own DOM edits; the page's records before them are read, the ones they cause dropped. */
  edit(change: () => void): void {
    if (this.watching) this.read(this.observer.takeRecords());
    change();
    if (this.watching) this.observer.takeRecords();
  }

  private read(records: MutationRecord[]): void {
    if (!this.watching || records.length === 0) return;
    const changed: Node[] = [];
    let marksRemoved = false;
    let fought = false;
    /** Pieces healed away with their original: the page replaced its text, no fight. */
    const healed = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') {
        // The app set its node's text: the pieces after it are stale.
        if (isSplitOriginal(record.target)) heal(record.target, true).forEach((piece) => healed.add(piece));
        changed.push(record.target);
        continue;
      }
      let removedMarkedText: string | null = null;
      record.removedNodes.forEach((node) => {
        if (isSplitOriginal(node)) {
          // Removed or moved: its pieces go too, and it holds all its text again.
          heal(node, false).forEach((piece) => healed.add(piece));
        } else if (isMark(node)) {
          marksRemoved = true;
          if (healed.has(node)) return;
          const original = originalOfPiece(node);
          if (original ? original.isConnected : record.target.isConnected) fought = true;
        } else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).querySelector(MARK_SELECTOR)) {
          marksRemoved = true;
          removedMarkedText = (removedMarkedText ?? '') + node.textContent;
        }
      });
      // Marked elements swapped for the same text (a page that puts its markup back): a fight. A route
      // change puts other text there.
      if (removedMarkedText && record.addedNodes.length > 0 && textOf(record.addedNodes) === removedMarkedText) fought = true;
      record.addedNodes.forEach((node) => changed.push(node));
      // Text taken out of a mark (the page rewrote it) leaves the mark behind.
      if (isMark(record.target)) changed.push(record.target);
      if (record.removedNodes.length > 0) changed.push(record.target);
    }
    // Healing edits are ours: their records are not the page's.
    this.observer.takeRecords();
    if (fought) this.events.fought();
    if (changed.length > 0 || marksRemoved) this.events.changed(changed, marksRemoved);
  }
}
