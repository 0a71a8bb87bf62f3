/**
 * Turns whatever storage holds for "topics the reader turned off" into a clean
 * list, and says so when it had to drop or reset anything.
 *
 * Pure and total: any value in, a `string[]` out, never an exception. Ids of
 * topics the current pack does not have are kept: they may belong to a pack
 * added later, and dropping them would switch those topics back on unasked.
 */

/**
 * A topic id, as schema.ts's `KEBAB_ID` (a test keeps the two equal). Not
 * imported from there: the content script reads settings, and schema.ts
 * would bring zod into it.
 */
import { t } from './i18n';

export const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The schema's longest id. */
const MAX_ID_LENGTH = 64;

export interface RepairedSetting<T> {
  value: T;
  /** For the reader, when something stored could not be kept. */
  notice?: string;
}

/**
 * How much of the list is kept: sync storage refuses an item over 8 KB
 * (QUOTA_BYTES_PER_ITEM, key included), so the list stays under it as JSON.
 */
export const MAX_DISABLED_TOPICS_JSON = 7_800;

/** Shapes earlier builds or other tools may have written, as a list of entries. */
function entriesOf(raw: unknown): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  // One id, or ids joined by commas or spaces.
  if (typeof raw === 'string') return raw.split(/[\s,]+/).filter(Boolean);
  if (typeof raw === 'object' && raw !== null) {
    // A wrapped list ({ disabled: [...] }), as a settings object would hold it.
    for (const key of ['disabledTopics', 'disabled', 'value']) {
      const inner: unknown = Object.getOwnPropertyDescriptor(raw, key)?.value;
      if (Array.isArray(inner)) return inner;
    }
  }
  return null;
}

/** An entry as a topic id, or `null` when it cannot be one. */
function idOf(entry: unknown): string | null {
  if (typeof entry !== 'string') return null;
  const id = entry.trim().toLowerCase();
  return id.length <= MAX_ID_LENGTH && TOPIC_ID.test(id) ? id : null;
}

function describeKind(raw: unknown): string {
  if (Array.isArray(raw)) return t('notice.kind.list');
  if (raw === null) return t('notice.kind.empty');
  if (typeof raw === 'object') return t('notice.kind.object');
  if (typeof raw === 'number') return t('notice.kind.number');
  if (typeof raw === 'boolean') return t('notice.kind.boolean');
  return t('notice.kind.value', { type: typeof raw });
}

export function repairDisabledTopics(raw: unknown, knownTopicIds: readonly string[]): RepairedSetting<string[]> {
  if (raw === undefined || raw === null) return { value: [] };
  const entries = entriesOf(raw);
  if (entries === null) {
    return {
      value: [],
      notice: t('notice.repairUnreadable', { kind: describeKind(raw) }),
    };
  }

  const ids: string[] = [];
  const seen = new Set<string>();
  let unreadable = 0;
  // A sparse array's holes are unreadable entries too: index, don't iterate.
  for (let index = 0; index < entries.length; index++) {
    const id = idOf(entries[index]);
    if (id === null) unreadable++;
    else if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  }

  // Over the storage limit: keep the current pack's topics first.
  const known = new Set(knownTopicIds);
  const byPriority = [...ids.filter((id) => known.has(id)), ...ids.filter((id) => !known.has(id))];
  const value: string[] = [];
  let size = 2; // "[]"
  for (const id of byPriority) {
    const cost = id.length + 3; // quotes and a comma
    if (size + cost > MAX_DISABLED_TOPICS_JSON) break;
    size += cost;
    value.push(id);
  }
  const keptIds = new Set(value);
  const ordered = ids.filter((id) => keptIds.has(id));

  const notices: string[] = [];
  if (unreadable > 0) {
    const rest = ids.length === 0 ? t('notice.allOn') : t('notice.restOff', { count: ids.length });
    notices.push(t('notice.repairDropped', { entries: t('notice.unreadableEntries', { count: unreadable }), rest }));
  }
  if (ordered.length < ids.length) {
    notices.push(t('notice.repairTooLong', { kept: ordered.length, total: ids.length }));
  }
  return notices.length === 0 ? { value: ordered } : { value: ordered, notice: notices.join(' ') };
}
