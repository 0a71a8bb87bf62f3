/**
 * The matching model at scan time: a compiled model (compile.ts, or loaded
 * from bytes, stored.ts) answers the content engine's two questions
 * (api.ts). One automaton pass over a run's folded text finds every head;
 * word forms, near rules, context and vetoes are checked only on what it
 * found; `decide` makes the call.
 */
import type { MatchingModel, Mention, PageFacts, RunText } from './api';
import { EntryKind, isAnchor, leadingNodes, tablesOf, type CompiledForm, type CompiledMatching, type Entry } from './compiled';
import { decide, type Candidate, type Hit, type TopicTimes } from './decide';
import { dayInUrl } from '../page-date';
import { fold, SEPARATOR, type Folded } from './normalise';
import { nearMatches, sentenceEnds, sentenceOf, type WordHit } from './proximity';

/** Letters a compound may add after its last word ("Oreschnikrakete"). */
const MAX_COMPOUND_LETTERS = 24;

/** The folded end of a form whose head ends at `at`, or -1 when the text does not hold the form. */
export function formEnd(units: Uint16Array, length: number, at: number, form: CompiledForm): number {
  const { words } = form;
  // A closed head (forms.ts) holds the separator after its word: the form ends before it.
  let position = !form.substring && units[at - 1] === SEPARATOR ? at - 1 : at;
  for (let w = form.headWord; w < words.length; w++) {
    const word = words[w]!;
    if (w > form.headWord) {
      if (units[position] !== SEPARATOR) return -1;
      position++;
      const { stem } = word;
      if (position + stem.length > length) return -1;
      for (let i = 0; i < stem.length; i++) if (units[position + i] !== stem.charCodeAt(i)) return -1;
      position += stem.length;
    }
    if (form.substring) continue;
    let wordEnd = position;
    while (wordEnd < length && units[wordEnd] !== SEPARATOR) wordEnd++;
    const letters = wordEnd - position;
    const last = w === words.length - 1;
    if (letters > (last && form.compound ? Math.max(word.ending, MAX_COMPOUND_LETTERS) : word.ending)) return -1;
    position = wordEnd;
  }
  return position;
}

/** Whether the letters before a head at `headStart` (back to the word's start) are an allowed clitic or none. */
export function procliticFits(units: Uint16Array, headStart: number, proclitics: readonly string[]): boolean {
  let wordStart = headStart;
  while (wordStart > 0 && units[wordStart - 1] !== SEPARATOR) wordStart--;
  const length = headStart - wordStart;
  if (length === 0) return true;
  return proclitics.some((clitic) => {
    if (clitic.length !== length) return false;
    for (let i = 0; i < length; i++) if (units[wordStart + i] !== clitic.charCodeAt(i)) return false;
    return true;
  });
}

/** Letters and digits as written, diacritics dropped, case kept: to hold "BRICS" to its capitals. */
const caseKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

const isUpper = (letter: string) => letter !== letter.toLowerCase();

/**
 * Whether the found text has the name's capitals, letter by letter. Only case
 * is compared (folding already matched the letters), so an inflected ending
 * ("Madura" for "Maduro") keeps the name's case pattern without its letters.
 */
function caseMatches(written: string, found: string): boolean {
  const want = caseKey(written);
  const got = caseKey(found);
  const compared = Math.min(want.length, got.length);
  if (compared === 0) return false;
  for (let i = 0; i < compared; i++) if (isUpper(want[i]!) !== isUpper(got[i]!)) return false;
  return true;
}

/** Each page's day, worked out once: a page has thousands of runs, and parsing its address is not cheap. */
const dayOfPage = new WeakMap<PageFacts, string | undefined>();

/** A page's day: its stated one, else a date in its address. */
function publishedDay(page: PageFacts): string | undefined {
  if (page.published) return page.published;
  if (!page.url) return undefined;
  if (!dayOfPage.has(page)) dayOfPage.set(page, dayInUrl(page.url));
  return dayOfPage.get(page);
}

export interface ModelOptions {
  /** Topics the reader turned off. */
  disabled?: ReadonlySet<string>;
}

export function modelOf(compiled: CompiledMatching, options: ModelOptions = {}): MatchingModel {
  const { automaton, near, topics } = compiled;
  const tables = tablesOf(compiled);
  const enabledTopic = topics.map((id) => !options.disabled?.has(id));
  // Per pattern: whether a hit on it can start a mention (a name, or a near rule's anchor, of an enabled topic).
  const times: TopicTimes = {};
  compiled.times.forEach((when, index) => {
    if (when) times[topics[index]!] = when;
  });
  const patternLength = automaton.arrays.patternLength;

  const leading = compiled.leadingWhenAllOn && enabledTopic.every(Boolean) ? compiled.leadingWhenAllOn : leadingNodes(compiled, enabledTopic);
  const mayMention = (text: string) => automaton.anyIn(text, leading);

  // One buffer for every run's folded text: nothing read from it outlives the call.
  let scratch: Folded | undefined;
  function mentionsIn(run: RunText, page: PageFacts): Mention[] {
    const { text } = run;
    const folded: Folded = (scratch = fold(text, scratch));
    const { units, length, start, end } = folded;
    const candidates: Candidate[] = [];
    const context: Hit[] = [];
    const veto: Hit[] = [];
    const wordHits: { entry: Entry; from: number; to: number }[] = [];
    automaton.scan(units, length, (pattern, headEnd) => {
      const headStart = headEnd - patternLength[pattern]!;
      for (const entry of tables.entriesAt(pattern)) {
        if (!enabledTopic[entry.topic]) continue;
        const form = tables.formAt(entry.form);
        if (form.proclitics && !procliticFits(units, headStart, form.proclitics)) continue;
        const formEndAt = formEnd(units, length, headEnd, form);
        if (formEndAt < 0) continue;
        const from = headStart + entry.skip;
        if (from >= formEndAt) continue;
        const hit: Hit = { start: start[from]!, end: end[formEndAt - 1]!, topicId: topics[entry.topic]! };
        if (entry.kind === EntryKind.Name) {
          if (entry.caseText && !caseMatches(entry.caseText, text.slice(hit.start, hit.end))) continue;
          candidates.push({ ...hit, ambiguous: entry.ambiguous });
        } else if (entry.kind === EntryKind.Context) context.push(hit);
        else if (entry.kind === EntryKind.Veto) veto.push(hit);
        else wordHits.push({ entry, from, to: formEndAt });
      }
    });
    if (wordHits.some(({ entry }) => isAnchor(near, entry.near!, entry.word!))) candidates.push(...nearCandidates(text, folded, wordHits));
    if (candidates.length === 0) return [];
    // A context term inside an ambiguous form cannot vouch for that form (decide.ts), but it may for another:
    // "captured in Venezuela" (a near rule) places the "Maduro" beside it.
    return decide(
      text,
      candidates,
      { context, veto },
      { published: publishedDay(page) },
      times,
    );
  }

  function nearCandidates(text: string, folded: Folded, found: { entry: Entry; from: number; to: number }[]): Candidate[] {
    // Word positions: separators before each folded offset.
    const wordAt = new Int32Array(folded.length + 1);
    for (let i = 0, words = -1; i < folded.length; i++) {
      if (folded.units[i] === SEPARATOR && i + 1 < folded.length) words++;
      wordAt[i] = words;
    }
    const ends = sentenceEnds(text);
    const hits: WordHit[] = found.map(({ entry, from, to }) => {
      const startOffset = folded.start[from]!;
      return {
        rule: entry.near!,
        word: entry.word!,
        start: startOffset,
        end: folded.end[to - 1]!,
        wordIndex: wordAt[from]!,
        lastWordIndex: wordAt[to - 1]!,
        sentence: sentenceOf(ends, startOffset),
      };
    });
    return nearMatches(hits, near).map((match) => ({
      start: match.start,
      end: match.end,
      topicId: topics[near[match.rule]!.topic]!,
      ambiguous: near[match.rule]!.ambiguous,
    }));
  }

  return { mayMention, mentionsIn };
}
