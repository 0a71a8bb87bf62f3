/**
 * Editing one of the reader's own topics in place: its title, phrases, note
 * and category change; its id stays (switches, colours and highlights key on
 * it). Answers with errors named as the form's fields, never throws.
 */
import { validatePack } from './validate-pack';
import { aliasKey, type Category, type Pack } from './schema';
import { ANY_LANGUAGE } from './language-codes';
import { OWN_TOPIC_SUMMARY, type OwnTopicResult } from './library';

export interface OwnTopicEdit {
  title: string;
  aliases: string[];
  note: string;
  category: Category;
}

/** What the form shows for a topic: its phrases in the form's one field. */
export function ownTopicFields(pack: Pack, topicId: string): OwnTopicEdit | undefined {
  const topic = pack.topics.find((entry) => entry.id === topicId);
  if (!topic) return undefined;
  const aliases = Object.values(topic.names).flat().map((alias) => (typeof alias === 'string' ? alias : alias.text));
  return { title: topic.title, aliases, note: topic.summary === OWN_TOPIC_SUMMARY ? '' : topic.summary, category: topic.category };
}

export function editOwnTopic(own: Pack, topicId: string, edit: OwnTopicEdit): OwnTopicResult {
  const index = own.topics.findIndex((topic) => topic.id === topicId);
  if (index < 0) return { ok: false, errors: ['title: this topic is no longer in your topics'] };
  const seen = new Set<string>();
  const aliases = edit.aliases
    .map((alias) => alias.trim())
    .filter((alias) => {
      const key = aliasKey(alias);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (aliases.length === 0) return { ok: false, errors: ['aliases: must list at least one alias'] };
  const old = own.topics[index]!;
  const topic = {
    ...old,
    title: edit.title.trim(),
    category: edit.category,
    summary: edit.note.trim() || OWN_TOPIC_SUMMARY,
    names: { [ANY_LANGUAGE]: aliases },
  };
  const result = validatePack({ ...own, topics: own.topics.map((entry, at) => (at === index ? topic : entry)) });
  if (result.ok) return { ok: true, pack: result.pack, topicId };
  const prefix = `topics[${index}].`;
  const names = `${prefix}names[${JSON.stringify(ANY_LANGUAGE)}]`;
  return {
    ok: false,
    errors: result.errors.map((error) => {
      if (error.startsWith(names)) return `aliases${error.slice(names.length)}`;
      if (error.startsWith(`${prefix}summary`)) return `note${error.slice(`${prefix}summary`.length)}`;
      return error.startsWith(prefix) ? error.slice(prefix.length) : error;
    }),
  };
}
