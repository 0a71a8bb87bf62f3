/**
 * Compiles a pack (v2 names by language, or v1 aliases) into what the model
 * runs: one automaton over every head of every name, near-word, context and
 * veto term, and a table of what each head is. Runs when the library changes
 * (and at build time for the bundled pack), never per page: it is the only
 * part that needs the stemmers.
 */
import { buildAutomatonSteps } from './automaton';
import { formOf, type Form } from './forms';
import { EntryKind, leadingNodes, type CompiledForm, type CompiledMatching, type CompiledNear, type Entry, type MatchingAlias, type MatchingTopic } from './compiled';
import { stemmerOf } from './stemmers';
import { finished, inSlices, type Steps } from '../slicing';

const langsOf = <T>(value: Record<string, readonly T[]> | readonly T[] | undefined): [string, readonly T[]][] =>
  !value ? [] : Array.isArray(value) ? [['*', value as readonly T[]]] : Object.entries(value as Record<string, readonly T[]>);

/**
 * The near rule's word least likely in ordinary text: the longest (long
 * words are rare ones), a number counting as long ("28-point" is rarer than
 * "plan"). Only a run holding it is read in full for the rule.
 */
function anchorOf(forms: readonly (Form | null)[]): number {
  const weight = (form: Form | null) => {
    if (!form) return -1;
    const letters = form.words.reduce((sum, word) => sum + word.stem.length, 0);
    return form.words.some((word) => /\d/.test(word.stem)) ? Math.max(letters, 8) : letters;
  };
  let best = 0;
  forms.forEach((form, index) => {
    if (weight(form) > weight(forms[best]!)) best = index;
  });
  return best;
}

export function compileMatching(topics: readonly MatchingTopic[]): CompiledMatching {
  return finished(compileSteps(topics));
}

/**
 * `compileMatching` with the page let run between slices of `budgetMs` (the
 * background compiling a big library: in Firefox it shares its thread with
 * the options page). `yieldNow` resolves when the work may go on.
 */
export async function compileMatchingInSlices(
  topics: readonly MatchingTopic[],
  yieldNow: () => Promise<void>,
  now: () => number = () => performance.now(),
  budgetMs = 10,
): Promise<CompiledMatching> {
  return inSlices(compileSteps(topics), { yieldNow, now, budgetMs });
}

/** Names, words and terms handled between two steps of a compile. */
const TERMS_PER_STEP = 128;

function* compileSteps(topics: readonly MatchingTopic[]): Steps<CompiledMatching> {
  let terms = 0;
  const heads: string[] = [];
  const headIds = new Map<string, number>();
  const entries: Entry[][] = [];
  const forms: CompiledForm[] = [];
  const formIds = new Map<string, number>();
  const near: CompiledNear[] = [];

  const add = (form: Form | null, entry: Omit<Entry, 'form' | 'skip'>) => {
    if (!form) return;
    const compiled: CompiledForm = {
      words: form.words,
      headWord: form.headWord,
      compound: form.compound,
      substring: form.substring,
      ...(form.proclitics ? { proclitics: form.proclitics } : {}),
    };
    const formKey = JSON.stringify(compiled);
    let formId = formIds.get(formKey);
    if (formId === undefined) {
      formIds.set(formKey, (formId = forms.length));
      forms.push(compiled);
    }
    form.heads.forEach((head, index) => {
      let id = headIds.get(head);
      if (id === undefined) {
        headIds.set(head, (id = heads.length));
        heads.push(head);
        entries.push([]);
      }
      const list = entries[id]!;
      const next: Entry = { ...entry, form: formId, skip: form.skips[index]! };
      // The same name written twice (or in two languages alike) counts once.
      if (!list.some((other) => JSON.stringify(other) === JSON.stringify(next))) list.push(next);
    });
  };

  for (let topicIndex = 0; topicIndex < topics.length; topicIndex++) {
    const topic = topics[topicIndex]!;
    const names: [string, readonly MatchingAlias[]][] = topic.names ? Object.entries(topic.names) : [['*', topic.aliases ?? []]];
    for (const [lang, aliases] of names) {
      const stem = stemmerOf(lang);
      for (const alias of aliases) {
        const rule = typeof alias === 'string' ? { text: alias } : alias;
        const form = formOf(rule.text, lang, { exact: rule.exact, suffixLetters: rule.suffixLetters, stem });
        add(form, {
          kind: EntryKind.Name,
          topic: topicIndex,
          ambiguous: rule.needsContext ?? false,
          ...(rule.caseSensitive ? { caseText: rule.text } : {}),
        });
        if (++terms % TERMS_PER_STEP === 0) yield;
      }
    }
    for (const rule of topic.near ?? []) {
      const nearIndex = near.length;
      near.push({
        topic: topicIndex,
        words: rule.words.length,
        within: rule.within,
        ordered: rule.ordered ?? false,
        ambiguous: rule.needsContext ?? false,
      });
      const stem = stemmerOf(rule.lang);
      const wordForms = rule.words.map((word) => formOf(word, rule.lang, { stem }));
      near[nearIndex]!.anchor = anchorOf(wordForms);
      wordForms.forEach((form, wordIndex) =>
        add(form, { kind: EntryKind.NearWord, topic: topicIndex, ambiguous: false, near: nearIndex, word: wordIndex }),
      );
    }
    for (const [kind, lists] of [
      [EntryKind.Context, langsOf(topic.context)],
      [EntryKind.Veto, langsOf(topic.veto)],
    ] as const) {
      for (const [lang, list] of lists) {
        const stem = stemmerOf(lang);
        for (const term of list) add(formOf(term, lang, { stem }), { kind, topic: topicIndex, ambiguous: false });
      }
    }
    yield;
  }

  const compiled: CompiledMatching = {
    automaton: yield* buildAutomatonSteps(heads),
    topics: topics.map((topic) => topic.id),
    times: topics.map((topic) => topic.when ?? null),
    forms,
    near,
    entries,
  };
  compiled.leadingWhenAllOn = leadingNodes(compiled, compiled.topics.map(() => true));
  return compiled;
}
