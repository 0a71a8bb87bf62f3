/**
 * What the model reads (a pack's topics, v2 or v1) and what compiling them
 * gives (compile.ts): shared by the compiler, the stored form and the model.
 */
import type { Automaton } from './automaton';
import type { Form } from './forms';

/** An alias as matching.md's pack v2 (and v1) writes it. */
export type MatchingAlias =
  | string
  | { text: string; caseSensitive?: boolean; needsContext?: boolean; exact?: boolean; suffixLetters?: number };

export interface MatchingNear {
  words: string[];
  within: number;
  ordered?: boolean;
  lang: string;
  needsContext?: boolean;
}

/** The fields of a topic the model reads, v2 or v1 (see matching.md). */
export interface MatchingTopic {
  id: string;
  names?: Record<string, readonly MatchingAlias[]>;
  /** v1: read as names['*']. */
  aliases?: readonly MatchingAlias[];
  near?: readonly MatchingNear[];
  /** v2: by language; v1: one list, read as context['*']. */
  context?: Record<string, readonly string[]> | readonly string[];
  veto?: Record<string, readonly string[]>;
  when?: { from: string; to?: string };
}

export const EntryKind = { Name: 0, NearWord: 1, Context: 2, Veto: 3 } as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];

/** What one automaton pattern stands for (several entries may share a head). */
export interface Entry {
  kind: EntryKind;
  topic: number;
  /** Index into `forms`. */
  form: number;
  /** Folded units at the head's start that are not highlighted. */
  skip: number;
  /** Name entries: ambiguous (needs context). */
  ambiguous: boolean;
  /** Name entries: the letters as written, when the case must match. */
  caseText?: string;
  /** Near-word entries: the rule and the word. */
  near?: number;
  word?: number;
}

export interface CompiledForm {
  words: Form['words'];
  headWord: number;
  compound: boolean;
  substring: boolean;
  proclitics?: string[];
}

export interface CompiledNear {
  topic: number;
  words: number;
  within: number;
  ordered: boolean;
  ambiguous: boolean;
  /**
   * The word a run must hold before the rule is tried (every word must be
   * there for a match, so asking for one loses nothing): the one least likely
   * in ordinary text, so that "plan" or "cooperation" alone send no run to
   * the full scan. Absent in a model of an older build: every word leads.
   */
  anchor?: number;
}

/**
 * What the model reads per hit, made only when asked: a loaded model keeps
 * forms and entries in their stored columns (stored.ts), and a library of
 * 50,000 names would otherwise make every one of them at load.
 */
export interface MatchingTables {
  entriesAt(pattern: number): readonly Entry[];
  formAt(index: number): CompiledForm;
  /** Per pattern: whether one of its entries, of a topic `topics` marks, can start a mention (`leads`). */
  patternsOf(topics: readonly boolean[], leads: LeadTest): Uint8Array;
}

/** Whether an entry of `kind` (a near-word: of rule `near`, word `word`) can start a mention. */
export type LeadTest = (kind: EntryKind, near: number, word: number) => boolean;

/** The compiled model: the automaton plus plain data (JSON-able). */
export interface CompiledMatching {
  automaton: Automaton;
  topics: string[];
  times: ({ from: string; to?: string } | null)[];
  forms: CompiledForm[];
  near: CompiledNear[];
  /** Per automaton pattern: its entries. */
  entries: Entry[][];
  /** A loaded model's lazy view of `forms` and `entries` (which it makes in full only when read). */
  tables?: MatchingTables;
  /**
   * `leadingNodes` with every topic on, worked out once when compiled and
   * stored: on a page load it was most of a big library's load after decoding.
   */
  leadingWhenAllOn?: Uint8Array;
}

/** Whether word `word` of near rule `rule` is the one a run must hold for the rule (see CompiledNear.anchor). */
export const isAnchor = (near: readonly CompiledNear[], rule: number, word: number) => (near[rule]!.anchor ?? word) === word;

/**
 * Per automaton node: whether reaching it means a run may mention a topic
 * `enabledTopic` marks (a name, or a near rule's anchor, ends there): what
 * the first pass stops at.
 */
export function leadingNodes(compiled: CompiledMatching, enabledTopic: readonly boolean[]): Uint8Array {
  const leads = tablesOf(compiled).patternsOf(
    enabledTopic,
    (kind, rule, word) => kind === EntryKind.Name || (kind === EntryKind.NearWord && isAnchor(compiled.near, rule, word)),
  );
  return compiled.automaton.acceptingNodes(leads);
}

/** The tables of a model whose forms and entries are arrays already (just compiled). */
export function tablesOf(compiled: CompiledMatching): MatchingTables {
  if (compiled.tables) return compiled.tables;
  const { entries, forms } = compiled;
  return {
    entriesAt: (pattern) => entries[pattern]!,
    formAt: (index) => forms[index]!,
    patternsOf: (topics, leads) =>
      Uint8Array.from(entries, (list) => Number(list.some((entry) => topics[entry.topic] && leads(entry.kind, entry.near ?? -1, entry.word ?? -1)))),
  };
}

