/**
 * A pack import's problems as a reader reads them: how many, the first few
 * said in the UI language with what to do, and "did you mean" for a related
 * topic id that is nearly one of the pack's. The validator's `path: message`
 * lines stay the source of truth (validate-pack.ts); this only retells them.
 */
import { t } from './i18n';

/** Problems shown before "and N more": a reader fixes a few and tries again. */
export const SHOWN_PROBLEMS = 5;

export interface ImportProblem {
  /** Where, in words: "Topic 2 (“polar-code”), name 1 (en)". */
  where: string;
  /** What is wrong and what to do. */
  what: string;
}

export interface ImportReport {
  count: number;
  shown: ImportProblem[];
  /** Problems not shown. */
  more: number;
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** The closest of `candidates` to `id`, if it is close enough to be a typo. */
export function closestId(id: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** The topics of what was pasted, as far as it can be read: for naming them. */
function topicsOf(text: string): { id?: unknown; title?: unknown }[] {
  try {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    const topics = (parsed as { topics?: unknown })?.topics;
    return Array.isArray(topics) ? topics.filter((topic) => typeof topic === 'object' && topic !== null) : [];
  } catch {
    return [];
  }
}

const MORE_LINE = /^\(the pack\): (\d+) more problems not listed$/;

function describeWhere(path: string, topics: readonly { id?: unknown }[]): string {
  if (path === '(the pack)' || path === '') return t('views.import.wholeFile');
  const topic = /^topics\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (!topic) return t('views.import.field', { field: path });
  const index = Number(topic[1]);
  const id = topics[index]?.id;
  const name = typeof id === 'string' && id ? t('views.import.topicNamed', { n: index + 1, id }) : t('views.import.topic', { n: index + 1 });
  const rest = topic[2];
  if (!rest) return name;
  const alias = /^names(?:\.|\[")([^"\].]+)"?\]?\[(\d+)\]/.exec(rest) ?? /^aliases\[(\d+)\]/.exec(rest);
  if (alias && alias.length === 3 && alias[1] !== '*') return `${name}, ${t('views.import.nameIn', { n: Number(alias[2]) + 1, lang: alias[1]! })}`;
  if (alias) return `${name}, ${t('views.import.nameN', { n: Number(alias.at(-1)) + 1 })}`;
  const source = /^facts\[(\d+)\]\.sources\[(\d+)\]/.exec(rest);
  if (source) return `${name}, ${t('views.import.source', { fact: Number(source[1]) + 1, n: Number(source[2]) + 1 })}`;
  const fact = /^facts\[(\d+)\]/.exec(rest);
  if (fact) return `${name}, ${t('views.import.fact', { n: Number(fact[1]) + 1 })}`;
  const related = /^related\[(\d+)\]/.exec(rest);
  if (related) return `${name}, ${t('views.import.related', { n: Number(related[1]) + 1 })}`;
  return `${name}, ${t('views.import.field', { field: rest })}`;
}

function describeWhat(message: string, topicIds: readonly string[]): string {
  if (message.startsWith('is not valid JSON')) return t('views.import.notJson');
  if (message === 'must not be empty') return t('views.import.empty');
  if (message === 'is missing') return t('views.import.missing');
  if (message === 'is not a known field') return t('views.import.unknownField');
  if (/must be an https:\/\/ address/.test(message)) return t('views.import.https');
  const alias = /^is already an? (?:alias|name) of topics\[(\d+)\] \("([^"]*)"\)/.exec(message);
  if (alias) return t('views.import.sharedAlias', { id: alias[2]! });
  const unknown = /^names no topic of this pack \("([^"]*)"\)/.exec(message);
  if (unknown) {
    const guess = closestId(unknown[1]!, topicIds);
    return guess
      ? t('views.import.unknownRelatedGuess', { id: unknown[1]!, guess })
      : t('views.import.unknownRelated', { id: unknown[1]! });
  }
  const taken = /^"([^"]*)" is already a topic of "([^"]*)"$/.exec(message);
  if (taken) return t('views.import.takenId', { id: taken[1]!, pack: taken[2]! });
  if (message.startsWith("is the built-in pack's id")) return t('views.import.builtInId');
  const full = /^would bring the library to (\d+) names, over its limit of (\d+)/.exec(message);
  if (full) return t('views.import.libraryFull', { total: Number(full[1]), limit: Number(full[2]) });
  // The validator's own words: English, and specific.
  return message;
}

/** Retells `errors` (validate-pack.ts / importPack lines) for the reader; `text` is what they imported. */
export function importReport(errors: readonly string[], text: string, shown = SHOWN_PROBLEMS): ImportReport {
  const topics = topicsOf(text);
  const topicIds = topics.map((topic) => topic.id).filter((id): id is string => typeof id === 'string');
  let unlisted = 0;
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const line of errors) {
    const more = MORE_LINE.exec(line);
    if (more) {
      unlisted += Number(more[1]);
      continue;
    }
    const split = line.indexOf(': ');
    const path = split < 0 ? '' : line.slice(0, split);
    const problem = { where: describeWhere(path, topics), what: describeWhat(split < 0 ? line : line.slice(split + 2), topicIds) };
    const key = `${problem.where}\n${problem.what}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  const count = problems.length + unlisted;
  return { count, shown: problems.slice(0, shown), more: count - Math.min(shown, problems.length) };
}
