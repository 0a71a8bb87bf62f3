/**
 * The reader's settings, as WXT storage items. Defining an item touches no
 * browser API; reading and watching it does, and happens only in entrypoints.
 */
import { storage } from '#imports';
import { repairDisabledTopics, type RepairedSetting } from './settings-repair';
import { t } from './i18n';
import { DEFAULT_DENSITY, type Density } from './density';

/**
 * Topics the reader turned off. Stored as the switched-off set, not the
 * switched-on one, so a topic added by a later pack version starts enabled.
 * Small and per-reader: sync storage, well inside its 8 KB item quota.
 */
export const disabledTopicsItem = storage.defineItem<string[]>('sync:disabledTopics', {
  fallback: [],
  version: 1,
});

/** How much is highlighted (data/density.ts): small, per reader, synced. */
export const densityItem = storage.defineItem<Density>('sync:density', { fallback: DEFAULT_DENSITY, version: 1 });

/**
 * The topics the reader turned off, read defensively: a corrupt or old stored
 * value is repaired (see settings-repair.ts) and the repair written back, with
 * a notice for the reader when anything had to go. Never throws.
 */
export async function loadDisabledTopics(knownIds: readonly string[]): Promise<RepairedSetting<string[]>> {
  let raw: unknown;
  try {
    raw = await disabledTopicsItem.getValue();
  } catch {
    // Storage unavailable: show every topic, and leave what is stored alone.
    return { value: [], notice: t('notice.settingsUnreadable') };
  }
  const repaired = repairDisabledTopics(raw, knownIds);
  // Written back only when the set changed: order alone is no reason to race
  // another context's write.
  const sameSet =
    Array.isArray(raw) && JSON.stringify([...raw].sort()) === JSON.stringify([...repaired.value].sort());
  if (!sameSet) {
    try {
      await disabledTopicsItem.setValue(repaired.value);
    } catch {
      // The repaired value still applies now; the next read repairs again.
    }
  }
  return repaired;
}
