/**
 * The reader's settings, as WXT storage items. Defining an item touches no
 * browser API; reading and watching it does, and happens only in entrypoints.
 */
import { storage } from '#imports';

/**
 * Topics the reader turned off. Stored as the switched-off set, not the
 * switched-on one, so a topic added by a later pack version starts enabled.
 * Small and per-reader: sync storage, well inside its 8 KB item quota.
 */
export const disabledTopicsItem = storage.defineItem<string[]>('sync:disabledTopics', {
  fallback: [],
  version: 1,
});
