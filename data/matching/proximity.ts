/**
 * `near` rules: a topic's words found within N words of each other in one
 * sentence, in order or not. In scripts without spaces a clause counts as
 * one word, so there a rule's words need only share the sentence. Bounded: each rule has 2..4 words and a gap of
 * at most 8, and only the first MAX_HITS_PER_WORD hits of a word in a run are
 * tried, so no pack can make a run slow.
 */

export interface NearRuleShape {
  /** How many words the rule has. */
  words: number;
  /** Other words allowed between the rule's first and last word. */
  within: number;
  ordered: boolean;
}

/** One near-word found in a run. */
export interface WordHit {
  rule: number;
  /** Which of the rule's words. */
  word: number;
  /** [start, end) in the run's text. */
  start: number;
  end: number;
  /** The word's position in the run (words counted from 0). */
  wordIndex: number;
  /** Its last word's position (a near-word may be two words: "Punkte Plan"). */
  lastWordIndex: number;
  sentence: number;
}

export interface NearMatch {
  rule: number;
  start: number;
  end: number;
}

const MAX_HITS_PER_WORD = 16;

/** Sentence ends in a run: a stop, question or exclamation mark before a space or the end. */
const SENTENCE_END = /[.!?…;؟।]+(?=\s|$)|[。！？；]/g;

/** The offsets where each sentence of `text` ends, ascending (for `sentenceOf`). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let found = SENTENCE_END.exec(text); found; found = SENTENCE_END.exec(text)) ends.push(found.index + found[0].length);
  return ends;
}

/** The sentence (0-based) that offset `at` lies in. */
export function sentenceOf(ends: readonly number[], at: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Every place where a rule's words all occur in one sentence within its gap:
 * per rule, the shortest such spans, not overlapping each other.
 */
export function nearMatches(hits: readonly WordHit[], rules: readonly NearRuleShape[]): NearMatch[] {
  const byRule = new Map<number, WordHit[][]>();
  for (const hit of hits) {
    let slots = byRule.get(hit.rule);
    if (!slots) byRule.set(hit.rule, (slots = Array.from({ length: rules[hit.rule]!.words }, () => [])));
    const slot = slots[hit.word]!;
    if (slot.length < MAX_HITS_PER_WORD) slot.push(hit);
  }
  const found: NearMatch[] = [];
  for (const [ruleIndex, slots] of byRule) {
    if (slots.some((slot) => slot.length === 0)) continue;
    const rule = rules[ruleIndex]!;
    const spans: NearMatch[] = [];
    const chosen: WordHit[] = [];
    const choose = (slot: number): void => {
      if (slot === slots.length) {
        const first = Math.min(...chosen.map((hit) => hit.wordIndex));
        const last = Math.max(...chosen.map((hit) => hit.lastWordIndex));
        const wordsInRule = chosen.reduce((sum, hit) => sum + hit.lastWordIndex - hit.wordIndex + 1, 0);
        if (last - first + 1 - wordsInRule <= rule.within) {
          spans.push({
            rule: ruleIndex,
            start: Math.min(...chosen.map((hit) => hit.start)),
            end: Math.max(...chosen.map((hit) => hit.end)),
          });
        }
        return;
      }
      for (const hit of slots[slot]!) {
        const previous = chosen[chosen.length - 1];
        if (previous && hit.sentence !== previous.sentence) continue;
        // Order and overlap by characters, not word positions: Chinese and Japanese write a clause as
        // one "word", and a rule's words found inside it are still distinct and in order.
        if (rule.ordered && previous && hit.start < previous.end) continue;
        // Two words of a rule are never the same letters of the text.
        if (chosen.some((other) => other.start < hit.end && hit.start < other.end)) continue;
        // Prune: every chosen word must lie within the rule's reach of every other.
        const reach = rule.within + rule.words + 4;
        if (chosen.some((other) => Math.abs(other.wordIndex - hit.wordIndex) > reach)) continue;
        chosen.push(hit);
        choose(slot + 1);
        chosen.pop();
      }
    };
    choose(0);
    // Shortest first; then keep spans that overlap none already kept.
    spans.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    const kept: NearMatch[] = [];
    for (const span of spans) if (!kept.some((other) => other.start < span.end && span.start < other.end)) kept.push(span);
    found.push(...kept);
  }
  return found.sort((a, b) => a.start - b.start);
}
