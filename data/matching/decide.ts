/**
 * The decision step: which of a run's candidate mentions count. Pure, with
 * no DOM: the model finds candidates (names, near rules) and evidence
 * (context and veto terms) in one pass, and this decides with the run's text
 * and the page's date only, so a paragraph's mentions never depend on
 * another paragraph.
 *
 * - A page dated before a topic's `when.from` reports none of that topic.
 * - An ambiguous candidate counts only with evidence for its topic in its
 *   window (its sentence, or within CONTEXT_WINDOW_CHARS of it in the run):
 *   a context term, or an unambiguous mention of the same topic. A veto term
 *   of its topic in that window rules it out, and so does a year written in
 *   its sentence before the year of `when.from` ("the 2022 Istanbul talks"),
 *   unless it follows "since" ("the first talks since 2022") or the sentence
 *   also has a year from then on.
 * - Overlaps go to the longest span (the earlier one at a tie).
 */
export interface Hit {
  start: number;
  end: number;
  topicId: string;
}
/** A name or `near` match: [start, end) of the run's text. */
export interface Candidate extends Hit {
  ambiguous: boolean;
}
/** Context and veto terms found in the run, with the topic whose list they are in. */
export interface Evidence {
  context: Hit[];
  veto: Hit[];
}
export interface TopicTimes {
  [topicId: string]: { from: string; to?: string } | undefined;
}

/**
 * How far from an ambiguous form, in characters of the run, evidence still
 * counts when it is in another sentence. Chosen on the corpus (docs/matching.md).
 */
export const CONTEXT_WINDOW_CHARS = 200;

export interface DecideOptions {
  /** For measurement only: another window than CONTEXT_WINDOW_CHARS. */
  windowChars?: number;
}

export function decide(
  run: string,
  candidates: readonly Candidate[],
  evidence: Evidence,
  page: { published?: string },
  times: TopicTimes,
  options: DecideOptions = {},
): Hit[] {
  const windowChars = options.windowChars ?? CONTEXT_WINDOW_CHARS;
  const sentences = new SentenceIndex(run);
  // The page date rules a topic out before anything else is weighed.
  const dated = candidates.filter((candidate) => {
    const from = times[candidate.topicId]?.from;
    return !(from && page.published && page.published < from);
  });
  const plain = dated.filter((candidate) => !candidate.ambiguous);
  // Evidence by topic, in order, so that each candidate looks only at what lies near it.
  const vetoes = new TopicIndex(evidence.veto);
  const confirmations = new TopicIndex([...evidence.context, ...plain]);
  const yearVerdicts = new Map<string, boolean>();

  const kept = dated.filter((candidate) => {
    if (!candidate.ambiguous) return true;
    const [sentenceStart, sentenceEnd] = sentences.bounds(candidate);
    const lo = Math.min(sentenceStart, candidate.start - windowChars - MAX_SPAN);
    const hi = Math.max(sentenceEnd, candidate.end + windowChars);
    const near = (hit: Hit) => sentences.same(hit, candidate) || gap(hit, candidate) <= windowChars;
    // A veto counts even inside the form ("the 20-point plan for Gaza" as one near-rule span);
    // context inside it is the form vouching for itself.
    if (vetoes.some(candidate.topicId, lo, hi, near)) return false;
    const from = times[candidate.topicId]?.from;
    if (from) {
      const key = `${sentenceStart}:${from}`;
      let ruledOut = yearVerdicts.get(key);
      if (ruledOut === undefined) yearVerdicts.set(key, (ruledOut = yearRulesOut(run.slice(sentenceStart, sentenceEnd), Number(from.slice(0, 4)))));
      if (ruledOut) return false;
    }
    return confirmations.some(candidate.topicId, lo, hi, (hit) => near(hit) && !inside(hit, candidate));
  });
  return longestFirst(kept, run.length);
}

/** Longer than any name, near-rule span or term: how far before a window a hit may start and still reach into it. */
const MAX_SPAN = 1000;

/** Hits by topic, sorted by start: `some` visits only those starting in [lo, hi). */
class TopicIndex {
  private readonly byTopic = new Map<string, Hit[]>();

  constructor(hits: readonly Hit[]) {
    for (const hit of hits) {
      let list = this.byTopic.get(hit.topicId);
      if (!list) this.byTopic.set(hit.topicId, (list = []));
      list.push(hit);
    }
    for (const list of this.byTopic.values()) list.sort((a, b) => a.start - b.start);
  }

  some(topicId: string, lo: number, hi: number, test: (hit: Hit) => boolean): boolean {
    const list = this.byTopic.get(topicId);
    if (!list) return false;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle]!.start < lo) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < list.length && list[i]!.start < hi; i++) if (test(list[i]!)) return true;
    return false;
  }
}

/** Whether `hit` lies within `span` (a context term that is part of the ambiguous form itself). */
function inside(hit: Hit, span: Hit): boolean {
  return hit.start >= span.start && hit.end <= span.end;
}

/** Characters between two spans; 0 when they touch or overlap. */
function gap(a: Hit, b: Hit): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/** In order; where spans overlap, the longest (the earlier at a tie) stays. */
function longestFirst(hits: readonly Hit[], length: number): Hit[] {
  const byPreference = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Characters already covered by a chosen span: each hit checks only its own.
  const covered = new Uint8Array(length);
  const chosen: Hit[] = [];
  for (const hit of byPreference) {
    let free = true;
    for (let i = hit.start; i < hit.end && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, hit.start, hit.end);
    chosen.push({ start: hit.start, end: hit.end, topicId: hit.topicId });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// ——— Sentences ————————————————————————————————————————————————————————

/**
 * Where a sentence ends: a full stop, question or exclamation mark (Latin,
 * CJK, Arabic, Devanagari, Greek and Armenian forms) with a space or the
 * run's end after it, or a CJK/Arabic/Devanagari mark alone (those scripts
 * put no space after it); a line break too. "U.S. officials": a full stop
 * followed by a lower-case letter ends nothing.
 */
const SENTENCE_END = /[.!?…;](?=["'»”’)\]]*(?:\s+(?!\p{Ll})|$))|[。！？؟।۔։]|\n/gu;

class SentenceIndex {
  /** Start offsets of the run's sentences, ascending; the first is 0. */
  private readonly starts: number[] = [0];

  constructor(private readonly run: string) {
    for (const end of run.matchAll(SENTENCE_END)) this.starts.push(end.index + end[0].length);
  }

  /** The index of the sentence holding `offset`. */
  private indexOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  same(a: Hit, b: Hit): boolean {
    return this.indexOf(a.start) === this.indexOf(b.start);
  }

  /** [start, end) of the sentence holding `hit`'s start. */
  bounds(hit: Hit): [number, number] {
    const index = this.indexOf(hit.start);
    return [this.starts[index]!, this.starts[index + 1] ?? this.run.length];
  }
}

// ——— Written years ——————————————————————————————————————————————————

/** A year 1900–2099 standing alone (not part of a longer number or a date like 2022-05-16's day). */
const YEAR = /(?<![\p{N}])(19|20)\d\d(?![\p{N}])/gu;

/**
 * Words that make a year "from then on", so it is no evidence of an older
 * event: "since 2022", "the first talks since the invasion of February 2022".
 * Long words count anywhere in the few words before the year; short
 * prepositions (с, з, od, ab) only right before it. Chinese, Japanese,
 * Korean and Turkish say it after the year.
 */
const SINCE_WORDS = /(?:^|[^\p{L}])(?:since|seit|depuis|desde|sinds|sedan|siden|dall[oa']?|dal|från|начиная|від|з тих пір|kể từ|sejak|beri|óta|από)(?:[^\p{L}]|$)/iu;
const SINCE_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:с|со|з|із|от|od|ab|fra|от|yılından)\s+(?:\p{L}+\s+)?$/iu;
const SINCE_AFTER = /^\s*(?:年)?\s*(?:以来|以降|から|이후|부터|['’]?(?:den|dan|ten|tan) (?:beri|bu yana)|yılından bu yana|óta|ota)/u;
/**
 * Chinese, Japanese and Korean close a "since" clause after it: "2015년 …
 * 만난 이후 10년 만에" (the first time in ten years since the 2015 meeting).
 */
const SINCE_CLAUSE_AFTER = /以来|以降|ぶり|振り|이후|만에|만의/u;
/** How far after a year such a clause may close. */
const CLAUSE_REACH = 30;
/** How far before a year a long "since" word still governs it. */
const SINCE_REACH = 40;

/**
 * Whether `sentence` dates its event before `fromYear`: it writes a year
 * before it (not after "since"), and none from it on.
 */
export function yearRulesOut(sentence: string, fromYear: number): boolean {
  let before = false;
  for (const match of sentence.matchAll(YEAR)) {
    const year = Number(match[0]);
    if (year >= fromYear) return false;
    const preceding = sentence.slice(Math.max(0, match.index - SINCE_REACH), match.index);
    const following = sentence.slice(match.index + 4, match.index + 24);
    const clause = sentence.slice(match.index + 4, match.index + 4 + CLAUSE_REACH);
    if (SINCE_WORDS.test(preceding) || SINCE_RIGHT_BEFORE.test(preceding) || SINCE_AFTER.test(following) || SINCE_CLAUSE_AFTER.test(clause)) continue;
    before = true;
  }
  return before;
}
