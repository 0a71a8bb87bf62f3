/**
 * The contract between the matching model (data/matching) and the content
 * engine (entrypoints/content): the engine reads runs of text, asks the model
 * for the mentions in each run, and wraps exactly those ranges.
 *
 * A run is text that reads as one line of prose (see the engine's text runs):
 * in practice a paragraph, a heading, a list item. Every decision the model
 * makes about a run uses that run's text and the page's facts only, so a
 * run's mentions never change because another paragraph changed.
 */

/** One run of a page's text. */
export interface RunText {
  /** The run's text, as the page has it (offsets below index into it). */
  text: string;
  /** BCP 47 language of the run: the nearest `lang` attribute, else the page's; '' when unknown. */
  lang: string;
}

/** What the page says about itself, read once per page. */
export interface PageFacts {
  /** The page's publication day, YYYY-MM-DD, when the page states one. */
  published?: string;
  /** The page's address (a date in it counts when nothing else states one). */
  url?: string;
}

/** A decided mention: [start, end) of the run's text names `topicId`. */
export interface Mention {
  start: number;
  end: number;
  topicId: string;
}

export interface MatchingModel {
  /**
   * The cheap first pass: whether `text` can hold any mention of an enabled
   * topic. Linear in the text, independent of the number of names.
   */
  mayMention(text: string): boolean;
  /** The mentions in one run, decided (context, vetoes, dates), in order, not overlapping. */
  mentionsIn(run: RunText, page: PageFacts): Mention[];
}
