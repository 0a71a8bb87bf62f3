/**
 * The phrase suite's data shapes. Each phrase is read as its own page: its
 * text decides which topics' context terms are present.
 */

/** A phrase that mentions `topic`, which the matcher must find. */
export interface PositivePhrase {
  text: string;
  topic: string;
  /** Other topics the phrase truly mentions too (found or not, never a false hit). */
  also?: readonly string[];
}

/**
 * A phrase that mentions none of the briefing's topics, or, with `notTopic`,
 * one that must not be read as that topic (others may be found).
 */
export interface NegativePhrase {
  text: string;
  why: string;
  notTopic?: string;
}

/** Many phrases about one topic. */
export function about(topic: string, texts: readonly string[]): PositivePhrase[] {
  return texts.map((text) => ({ text, topic }));
}
