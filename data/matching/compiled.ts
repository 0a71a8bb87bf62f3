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
}

/** The compiled model: the automaton plus plain data (JSON-able). */
export interface CompiledMatching {
  automaton: Automaton;
  topics: string[];
  times: ({ from: string; to?: string } | null)[];
  forms: CompiledForm[];
  near: CompiledNear[];
  /** Per automaton pattern: its entries. */
  entries: Entry[][];
}

