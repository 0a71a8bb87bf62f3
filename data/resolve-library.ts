/**
 * The reader's library of topic packs: the built-in briefing, packs they
 * imported, and their own topics, merged into the one pack the matcher reads.
 *
 * Pure TypeScript with no browser API. Everything here answers, never throws:
 * import and settings functions return `{ ok: false, errors }` with
 * path-specific messages (`topics[2].id: …`), and the caller keeps its
 * previous state until it gets `ok: true`.
 *
 * The rule for an alias that two enabled packs both claim: **the first pack in
 * library order keeps it.** Library order is the built-in pack first, then the
 * user's packs in the order they were imported (the order of the array given
 * to `resolveLibrary`). Within a pack, the earlier topic keeps it. The later
 * topic loses only that alias; a topic left with none stays listed and simply
 * never matches. Every such loss is reported as an `AliasConflict`.
 */
import { aliasKey, aliasText } from './alias-key';
import type { Alias, Pack, Topic } from './schema';
import { finished, inSlices, type Slicing, type Steps } from './slicing';
import { allNames } from './topic-terms';

export interface LibraryPack {
  pack: Pack;
  enabled: boolean;
  builtIn: boolean;
}

export interface AliasConflict {
  /** The alias as the topic that keeps it writes it. */
  alias: string;
  kept: { packId: string; topicId: string };
  /** Later topics that lost it, in library order. */
  dropped: { packId: string; topicId: string }[];
}

export interface TopicOrigin {
  packId: string;
  packTitle: string;
  asOf: string;
  /** The pack's language tag: its topics' summaries and facts are in it. */
  language: string;
}

export interface ResolvedLibrary {
  /**
   * One merged pack (`id: 'merged'`): the topics of every enabled pack in
   * library order, aliases claimed earlier removed. `title` is the enabled
   * packs' titles joined with " · " and `asOf` the newest of their dates; for
   * a topic's own pack and date use `origin`.
   */
  pack: Pack;
  conflicts: AliasConflict[];
  /** Topic id → the pack it comes from. Has no prototype: any id is safe to look up. */
  origin: Record<string, TopicOrigin>;
  /**
   * Topics left out because an earlier enabled pack has a topic with the same
   * id (imports refuse this; a library stored by other means might have it).
   */
  skippedTopics: { packId: string; topicId: string; keptIn: string }[];
}

export const MERGED_PACK_ID = 'merged';
/** The pack holding the reader's own topics (library.ts adds and edits them). */
export const OWN_TOPICS_PACK_ID = 'my-topics';

/** Built-in packs first, then the rest, each group in the order given. */
export function libraryOrder<T extends LibraryPack>(packs: readonly T[]): T[] {
  return [...packs.filter((entry) => entry.builtIn), ...packs.filter((entry) => !entry.builtIn)];
}

export interface ResolveOptions {
  /**
   * Topics the reader switched off. They claim no alias, so a later pack's
   * topic with the same alias is highlighted instead. Leave out to resolve
   * regardless of the switches.
   */
  disabledTopics?: ReadonlySet<string>;
}

/**
 * The topics of the enabled packs in library order, each id once (the first
 * pack with it keeps it), with where each comes from: what a card reads. No
 * alias is looked at, so a page can afford it with a library of any size.
 */
export function topicDirectory(packs: readonly LibraryPack[]): {
  topics: Map<string, Topic>;
  origin: Record<string, TopicOrigin>;
  skippedTopics: ResolvedLibrary['skippedTopics'];
  enabledPacks: Pack[];
} {
  const enabledPacks = libraryOrder(packs).filter((entry) => entry.enabled).map((entry) => entry.pack);
  const topics = new Map<string, Topic>();
  const origin: Record<string, TopicOrigin> = Object.create(null);
  const skippedTopics: ResolvedLibrary['skippedTopics'] = [];
  for (const pack of enabledPacks) {
    for (const topic of pack.topics) {
      const first = origin[topic.id];
      if (first) {
        skippedTopics.push({ packId: pack.id, topicId: topic.id, keptIn: first.packId });
        continue;
      }
      origin[topic.id] = { packId: pack.id, packTitle: pack.title, asOf: pack.asOf, language: pack.language };
      topics.set(topic.id, topic);
    }
  }
  return { topics, origin, skippedTopics, enabledPacks };
}

export function resolveLibrary(packs: readonly LibraryPack[], options: ResolveOptions = {}): ResolvedLibrary {
  return finished(resolveSteps(packs, options));
}

/** `resolveLibrary` with the page let run between slices: the settings page merging 50,000 names. */
export function resolveLibraryInSlices(packs: readonly LibraryPack[], options: ResolveOptions, slicing: Slicing): Promise<ResolvedLibrary> {
  return inSlices(resolveSteps(packs, options), slicing);
}

/** Topics merged between two steps. */
const TOPICS_PER_STEP = 256;

function* resolveSteps(packs: readonly LibraryPack[], options: ResolveOptions): Steps<ResolvedLibrary> {
  const { topics: kept, origin, skippedTopics, enabledPacks } = topicDirectory(packs);
  const owner = new Map<string, { packId: string; topicId: string; alias: string }>();
  const conflictByKey = new Map<string, AliasConflict>();
  const topics: Topic[] = [];
  const done = new Set<string>();

  for (const pack of enabledPacks) {
    for (const topic of pack.topics) {
      // The directory's topic for this id, once.
      if (kept.get(topic.id) !== topic || done.has(topic.id)) continue;
      done.add(topic.id);
      const claims = !options.disabledTopics?.has(topic.id);
      let dropped = 0;
      const keeps = (alias: Alias) => {
        const key = aliasKey(aliasText(alias));
        const holder = owner.get(key);
        if (holder === undefined) {
          if (claims) owner.set(key, { packId: pack.id, topicId: topic.id, alias: aliasText(alias).trim() });
          return true;
        }
        if (holder.topicId === topic.id) return true; // the same topic writing a form twice
        let conflict = conflictByKey.get(key);
        if (!conflict) {
          conflict = { alias: holder.alias, kept: { packId: holder.packId, topicId: holder.topicId }, dropped: [] };
          conflictByKey.set(key, conflict);
        }
        if (!conflict.dropped.some((entry) => entry.topicId === topic.id)) {
          conflict.dropped.push({ packId: pack.id, topicId: topic.id });
        }
        dropped++;
        return false;
      };
      const names = Object.fromEntries(Object.entries(topic.names)
          .map(([lang, forms]) => [lang, forms.filter(keeps)] as const)
          .filter(([, forms]) => forms.length > 0));
      topics.push(dropped === 0 ? topic : { ...topic, names });
      if (topics.length % TOPICS_PER_STEP === 0) yield;
    }
  }

  const first = enabledPacks[0];
  const merged: Pack = {
    schemaVersion: 2,
    id: MERGED_PACK_ID,
    title: enabledPacks.map((pack) => pack.title).join(' · '),
    language: first?.language ?? 'en',
    asOf: enabledPacks.reduce((newest, pack) => (pack.asOf > newest ? pack.asOf : newest), first?.asOf ?? ''),
    topics,
  };
  return { pack: merged, conflicts: [...conflictByKey.values()], origin, skippedTopics };
}

/**
 * Which of `aliases` an enabled topic already claims: for warning a reader who
 * tracks a phrase the library already highlights as another topic.
 */
export function claimedAliases(
  aliases: readonly string[],
  resolved: ResolvedLibrary,
): { alias: string; topicId: string; topicTitle: string; packTitle: string }[] {
  const owners = new Map<string, Topic>();
  for (const topic of resolved.pack.topics) {
    for (const alias of allNames(topic)) {
      const key = aliasKey(aliasText(alias));
      if (!owners.has(key)) owners.set(key, topic);
    }
  }
  const found: { alias: string; topicId: string; topicTitle: string; packTitle: string }[] = [];
  for (const alias of aliases) {
    const topic = owners.get(aliasKey(alias));
    if (topic) {
      found.push({
        alias: alias.trim(),
        topicId: topic.id,
        topicTitle: topic.title,
        packTitle: resolved.origin[topic.id]?.packTitle ?? '',
      });
    }
  }
  return found;
}
