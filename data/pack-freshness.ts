/**
 * How old each briefing pack behind the reader's topics is. The merged
 * library's `asOf` is the newest pack's date, which hides a stale pack as
 * soon as a newer one (or an own topic) joins: freshness is per pack, and a
 * topic is as fresh as the pack it comes from.
 */
import { STALE_AFTER_DAYS, daysSince, isStale } from './dates';
import { OWN_TOPICS_PACK_ID, type TopicOrigin } from './resolve-library';

export interface PackAge {
  packId: string;
  packTitle: string;
  asOf: string;
  /** Whole days from `asOf` to today. */
  days: number;
  stale: boolean;
}

export interface Freshness {
  /** Topic id → the age of its pack; own topics are absent. Has no prototype. */
  byTopic: Record<string, PackAge>;
  /** The packs of the given topics, oldest first. */
  packs: PackAge[];
  /** The stale ones among them, oldest first. */
  stale: PackAge[];
  /** The oldest of them: what a one-line "as of" must name. */
  oldest?: PackAge;
}

export function freshness(
  origin: Readonly<Record<string, TopicOrigin>>,
  topicIds: readonly string[],
  today: Date,
  thresholdDays = STALE_AFTER_DAYS,
): Freshness {
  const byPack = new Map<string, PackAge>();
  const byTopic: Record<string, PackAge> = Object.create(null);
  for (const topicId of topicIds) {
    const from = origin[topicId];
    // The reader's own topics are notes, not a dated briefing: they never go stale.
    if (!from || from.packId === OWN_TOPICS_PACK_ID) continue;
    let age = byPack.get(from.packId);
    if (!age) {
      age = {
        packId: from.packId,
        packTitle: from.packTitle,
        asOf: from.asOf,
        days: daysSince(from.asOf, today),
        stale: isStale(from.asOf, today, thresholdDays),
      };
      byPack.set(from.packId, age);
    }
    byTopic[topicId] = age;
  }
  const packs = [...byPack.values()].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  return { byTopic, packs, stale: packs.filter((pack) => pack.stale), oldest: packs[0] };
}
