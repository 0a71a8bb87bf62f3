/**
 * A topic's names and terms over all its languages, for code that does not
 * care which language a form is written in (conflicts between packs, the
 * options page's list, the first-format matcher). Zod-free.
 */
import type { Alias, Topic } from './schema';

/** Every name of `topic`, language by language in the order written. */
export function allNames(topic: Pick<Topic, 'names'>): Alias[] {
  return Object.values(topic.names).flat();
}

/** Every term of a by-language list (`context`, `veto`). */
export function allTerms(byLanguage: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.values(byLanguage).flat();
}
