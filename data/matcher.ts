/**
 * Compiles a pack's aliases into one regular expression, and maps each match
 * back to its topic.
 *
 * Plain TypeScript with no browser API: the content script runs the compiled
 * pattern in a single mark.js `markRegExp` walk, and the unit tests run the
 * same pattern over strings.
 */
import type { Alias, Pack, Topic } from './schema';
import { allNames, allTerms } from './topic-terms';

export interface AliasRule {
  text: string;
  caseSensitive: boolean;
  suffixLetters: number;
  needsContext: boolean;
}

export interface CompiledMatcher {
  /**
   * All enabled aliases in one global, Unicode, case-insensitive pattern,
   * built as a trie so the longest alias at a position is tried first.
   * `null` when nothing is enabled, so callers skip the walk entirely.
   */
  pattern: RegExp | null;
  /** The topic a matched string belongs to, or `null` to reject the match. */
  topicOf(matched: string): string | null;
}

export function aliasRule(alias: Alias): AliasRule {
  if (typeof alias === 'string') {
    return { text: alias, caseSensitive: false, suffixLetters: 0, needsContext: false };
  }
  return {
    text: alias.text,
    caseSensitive: alias.caseSensitive ?? false,
    suffixLetters: alias.suffixLetters ?? 0,
    needsContext: alias.needsContext ?? false,
  };
}

// Letters, combining marks and digits make a word: a match must not start or
// end inside one. `\b` would be ASCII-only and miss "БРИКС" or "Oreschnik's".
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const START = `(?<!${WORD_CHAR})`;
const END = `(?!${WORD_CHAR})`;
// A space or hyphen in an alias stands for any run of spaces, no-break
// spaces, hyphens and dashes: "Bella 1", "Bella-1", "Bella\u00a01".
const SEPARATOR_IN_ALIAS = /[\s\u00a0\u2010-\u2015-]+/u;
const SEPARATOR = '[\\s\\u00a0\\u2010-\\u2015\\-]+';
const APOSTROPHE = "['\\u2019\\u02bc]";
// "'S" too: capitals headlines write "BRICS'S".
const POSSESSIVE = `(?:${APOSTROPHE}[sS])?`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A case-insensitive piece is spelled out as `[xX]` classes rather than with
 * the `i` flag, so case-sensitive and case-insensitive aliases share one
 * pattern (JavaScript has no per-group case flag on Node 20).
 */
function literal(text: string, caseSensitive: boolean): string {
  let out = '';
  for (const char of text) {
    if (char === "'" || char === '\u2019' || char === '\u02bc') {
      out += APOSTROPHE;
      continue;
    }
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (caseSensitive || lower === upper || [...lower].length !== 1 || [...upper].length !== 1) {
      out += escapeRegExp(char);
    } else {
      out += `[${escapeRegExp(lower)}${escapeRegExp(upper)}]`;
    }
  }
  return out;
}

/** The regular-expression source for one alias, without boundaries. */
export function aliasSource(rule: AliasRule): string {
  const words = rule.text.trim().split(SEPARATOR_IN_ALIAS).filter(Boolean);
  const body = words.map((word) => literal(word, rule.caseSensitive)).join(SEPARATOR);
  const suffix = rule.suffixLetters > 0 ? `\\p{L}{0,${rule.suffixLetters}}` : '';
  return body + suffix + POSSESSIVE;
}

/**
 * Which of a pack's topics have one of their context terms in `text`.
 *
 * A context term counts only outside the topic's own ambiguous forms: the
 * "ракета" in "гиперзвуковая ракета" is no evidence that this hypersonic
 * missile is the topic's, and "Will for Peace" cannot vouch for itself.
 */
export function topicsWithContext(topics: readonly Topic[], text: string): Set<string> {
  const found = new Set<string>();
  for (const topic of topics) {
    if (allTerms(topic.context).length === 0) continue;
    const { probe, ambiguous } = contextPatterns(topic);
    probe.lastIndex = 0;
    // Usually the first term found settles it: no pass over the whole text.
    for (let hit = probe.exec(text); hit; hit = probe.exec(text)) {
      if (!ambiguous || !insideAmbiguous(text, hit.index, hit.index + hit[0].length, ambiguous)) {
        found.add(topic.id);
        break;
      }
    }
  }
  return found;
}

/**
 * The topics whose ambiguous forms occur in `text`: only they need their
 * context looked for, so a page's whole text is searched for few topics.
 */
export function topicsWithAmbiguousForms(topics: readonly Topic[], text: string): Topic[] {
  return topics.filter((topic) => {
    const { ambiguous } = contextPatterns(topic);
    if (!ambiguous) return false;
    ambiguous.lastIndex = 0;
    return ambiguous.test(text);
  });
}

/** Longer than any alias: the room around a context hit where an ambiguous form could hold it. */
const AMBIGUOUS_WINDOW = 100;

/** Whether [start, end) of `text` lies within one of a topic's ambiguous forms. */
function insideAmbiguous(text: string, start: number, end: number, ambiguous: RegExp): boolean {
  const from = Math.max(0, start - AMBIGUOUS_WINDOW);
  const around = text.slice(from, Math.min(text.length, end + AMBIGUOUS_WINDOW));
  ambiguous.lastIndex = 0;
  for (let form = ambiguous.exec(around); form; form = ambiguous.exec(around)) {
    if (from + form.index <= start && from + form.index + form[0].length >= end) return true;
  }
  return false;
}

interface ContextPatterns {
  /** Any of the topic's context terms (global: hits are read one by one). */
  probe: RegExp;
  /** Every one of the topic's `needsContext` aliases, or `null` if it has none. */
  ambiguous: RegExp | null;
}

// Pages are read again on every change: compile each topic's patterns once.
const contextCache = new WeakMap<Topic, ContextPatterns>();

function contextPatterns(topic: Topic): ContextPatterns {
  let patterns = contextCache.get(topic);
  if (!patterns) {
    const ambiguous = allNames(topic).map(aliasRule).filter((rule) => rule.needsContext);
    patterns = {
      probe: new RegExp(alternation(allTerms(topic.context).map((term) => aliasRule(term))), 'giu'),
      ambiguous: ambiguous.length > 0 ? new RegExp(alternation(ambiguous), 'giu') : null,
    };
    contextCache.set(topic, patterns);
  }
  return patterns;
}

/**
 * Aliases as a trie: "Bella 1|Bella-1|Bella I" becomes `bella(?:SEP(?:1|i))`.
 * A regular expression tries an alternation's branches one by one at every
 * position of the page's text; a trie rejects most positions after one
 * character, which makes the pattern several times faster than a flat list
 * of hundreds of aliases. An optional group is greedy, so the longest alias
 * at a position is tried first, and backtracking still finds a shorter one
 * when the longer fails its word boundary.
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const SUFFIX_ATOM = /^\\p\{L\}/;

/** One alias as regular-expression atoms (a character, a separator run, a suffix). */
function atomsOf(rule: AliasRule, foldCase: boolean): string[] {
  const atoms: string[] = [];
  rule.text
    .trim()
    .split(SEPARATOR_IN_ALIAS)
    .filter(Boolean)
    .forEach((word, index) => {
      if (index > 0) atoms.push(SEPARATOR);
      for (const char of word) {
        if (char === "'" || char === '\u2019' || char === '\u02bc') {
          atoms.push(APOSTROPHE);
          continue;
        }
        // "İ" lower-cases to two code points ("i̇"), which the `i` flag does
        // not match against "İ": such a letter is kept as written.
        const lower = char.toLowerCase();
        atoms.push(escapeRegExp(foldCase && [...lower].length === 1 ? lower : char));
      }
    });
  if (rule.suffixLetters > 0) atoms.push(`\\p{L}{0,${rule.suffixLetters}}`);
  return atoms;
}

function trieSource(rules: readonly AliasRule[], foldCase: boolean): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const rule of rules) {
    let node = root;
    for (const atom of atomsOf(rule, foldCase)) {
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = { children: new Map(), terminal: false }));
      node = next;
    }
    node.terminal = true;
  }
  const serialize = (node: TrieNode): string => {
    // Exact characters before a letter suffix, which could swallow them.
    const branches = [...node.children]
      .sort(([a], [b]) => Number(SUFFIX_ATOM.test(a)) - Number(SUFFIX_ATOM.test(b)))
      .map(([atom, child]) => atom + serialize(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.terminal ? `(?:${body})?` : body;
  };
  return serialize(root);
}

/** Whole-word alternatives of `rules`, possessive allowed: the source of a case-insensitive pattern. */
function alternation(rules: readonly AliasRule[]): string {
  return `${START}(?:${trieSource(rules, true)})${POSSESSIVE}${END}`;
}

export interface CompileOptions {
  /** Topics to leave out (the reader turned them off). */
  disabled?: ReadonlySet<string>;
  /**
   * Topics whose context terms the page carries. Their `needsContext`
   * aliases join the pattern; other topics' ambiguous forms stay out.
   */
  withContext?: ReadonlySet<string>;
}

/** The aliases of `topic` that apply under `options`. */
export function activeRules(topic: Topic, options: CompileOptions = {}): AliasRule[] {
  if (options.disabled?.has(topic.id)) return [];
  const contextPresent = options.withContext?.has(topic.id) ?? false;
  return allNames(topic).map(aliasRule).filter((rule) => !rule.needsContext || contextPresent);
}

export function compileMatcher(pack: Pick<Pack, 'topics'>, options: CompileOptions = {}): CompiledMatcher {
  const rulesByTopic = pack.topics
    .map((topic) => ({ id: topic.id, rules: activeRules(topic, options) }))
    .filter((entry) => entry.rules.length > 0);

  const allRules = rulesByTopic.flatMap((entry) => entry.rules);
  if (allRules.length === 0) return { pattern: null, topicOf: () => null };

  // One pattern, case-insensitive: case-sensitive aliases ("BRICS") are held
  // to their case by `topicOf`, which tests each match against its topic's
  // aliases exactly.
  const pattern = new RegExp(alternation(allRules), 'giu');
  // Each topic's aliases, anchored, to tell which topic a match is. Built on
  // the first match: a page with no mention never needs them.
  let anchored: { id: string; test: RegExp }[] | undefined;
  const anchoredTests = () =>
    (anchored ??= rulesByTopic.flatMap(({ id, rules }) => {
      const tests: { id: string; test: RegExp }[] = [];
      const folded = rules.filter((rule) => !rule.caseSensitive);
      const exact = rules.filter((rule) => rule.caseSensitive);
      if (folded.length > 0) tests.push({ id, test: new RegExp(`^(?:${trieSource(folded, true)})${POSSESSIVE}$`, 'iu') });
      if (exact.length > 0) tests.push({ id, test: new RegExp(`^(?:${trieSource(exact, false)})${POSSESSIVE}$`, 'u') });
      return tests;
    }));
  // The same few strings recur on a page ("BRICS", "Oreshnik"): remember them.
  const memo = new Map<string, string | null>();

  return {
    pattern,
    topicOf(matched) {
      let topic = memo.get(matched);
      if (topic === undefined) {
        topic = anchoredTests().find((entry) => entry.test.test(matched))?.id ?? null;
        memo.set(matched, topic);
      }
      return topic;
    },
  };
}

/** Every match of `matcher` in a plain string, with its topic: for tests and reports. */
export function findMentions(matcher: CompiledMatcher, text: string): { topic: string; text: string; index: number }[] {
  if (!matcher.pattern) return [];
  const found: { topic: string; text: string; index: number }[] = [];
  for (const match of text.matchAll(matcher.pattern)) {
    const topic = matcher.topicOf(match[0]);
    if (topic) found.push({ topic, text: match[0], index: match.index });
  }
  return found;
}
