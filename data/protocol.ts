/**
 * Messages between the extension's parts, typed with @webext-core/messaging
 * (the wrapper WXT's docs recommend). Defining the protocol touches no browser
 * API; sending and listening do, in entrypoints.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface PageSummary {
  /** The page's address, so the popup can name the site it describes. */
  url: string;
  /** Mentions per topic id; topics with none are left out. */
  counts: Record<string, number>;
  /** Briefmark is paused here (on this site, or everywhere). */
  paused: boolean;
  /** Why highlighting failed on this page, when its last pass threw. */
  problem?: string;
}

export type Direction = 'next' | 'previous';

interface ProtocolMap {
  /** Popup → content script: what the page mentions right now. */
  getPageSummary(): PageSummary;
  /** Popup → content script: scroll to a topic's first mention, focus it and open its card. */
  revealTopic(topicId: string): boolean;
  /** Background → content script (keyboard shortcut): move to the next or previous mention. */
  stepMention(direction: Direction): boolean;
  /**
   * Content script → background: the mention count, for the toolbar badge.
   * The top frame sends the page's total (same-origin frames included); a
   * frame's script sends its own, and the background asks the top to recount.
   */
  mentionCount(total: number): void;
  /** Background → top frame: a frame's mentions changed; report the total again. */
  recount(): void;
  /** Any extension page → background: add a phrase to the reader's own topics (what "Track this phrase" does). */
  trackPhrase(phrase: string): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
