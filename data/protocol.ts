/**
 * Messages between the popup and the content script of a tab, typed with
 * @webext-core/messaging (the wrapper WXT's docs recommend). Defining the
 * protocol touches no browser API; sending and listening do, in entrypoints.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface PageSummary {
  /** The page's address, so the popup can name the site it describes. */
  url: string;
  /** Mentions per topic id; topics with none are left out. */
  counts: Record<string, number>;
}

interface ProtocolMap {
  /** What the page mentions right now. */
  getPageSummary(): PageSummary;
  /** Scroll to a topic's first mention, focus it and open its card. */
  revealTopic(topicId: string): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
