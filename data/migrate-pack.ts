/**
 * Packs of the first format (`schemaVersion: 1`) into the current one, with
 * nothing lost: `aliases` become the language-neutral names (`names['*']`,
 * each alias object kept as written, `suffixLetters` included) and the
 * page-wide `context` list becomes `context['*']`. A current pack comes back
 * as it is.
 *
 * Zod-free, so the content script can migrate packs it reads from storage;
 * validate-pack.ts checks a first-format pack against its own schema first,
 * so its errors name the paths the author wrote.
 */
import { ANY_LANGUAGE } from './language-codes';
import type { Pack, PackInput, PackV1, Topic, TopicV1 } from './schema';

/** A topic of either format, as parsed or as stored. */
export type AnyTopic = Topic | TopicV1;
/** A pack of either format, as parsed or as written (defaults left out). */
export type AnyPack = Pack | PackInput | PackV1;

export function isFirstFormat(pack: AnyPack): pack is PackV1 {
  return pack.schemaVersion === 1;
}

/** A current-format topic as written: the fields with defaults may be left out. */
type TopicAsWritten = PackInput['topics'][number];

export function migrateTopic(topic: AnyTopic | TopicAsWritten): Topic {
  if (!('aliases' in topic)) {
    // Only defaults can be missing from a checked pack: the rest is the parsed shape.
    if (topic.near && topic.context && topic.veto && topic.related) return topic as Topic;
    // The parsed shape, as the schema's defaults would make it, without zod.
    return { ...topic, near: topic.near ?? [], context: topic.context ?? {}, veto: topic.veto ?? {}, related: topic.related ?? [] } as Topic;
  }
  const { aliases, context, ...kept } = topic;
  const contextTerms = context ?? [];
  return {
    ...kept,
    names: { [ANY_LANGUAGE]: aliases },
    near: [],
    context: contextTerms.length > 0 ? { [ANY_LANGUAGE]: contextTerms } : {},
    veto: {},
    related: kept.related ?? [],
  };
}

/** `pack` in the current format, defaults filled in as parsing would; the same object when it already is. */
export function migratePack(pack: AnyPack): Pack {
  const topics = (pack.topics as readonly (AnyTopic | TopicAsWritten)[]).map(migrateTopic);
  if (!isFirstFormat(pack) && topics.every((topic, index) => topic === pack.topics[index])) return pack as Pack;
  return { ...pack, schemaVersion: 2, topics };
}
