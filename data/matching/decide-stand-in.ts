/**
 * A stand-in for decide.ts (the schema helper's, to the interface agreed in
 * docs/design: matching.md), until it lands: an ambiguous form counts with a
 * context term of its topic in the same sentence or within WINDOW characters
 * and no veto there; a page dated before a topic's event reports none of it;
 * overlaps go to the longest. Replace the import in model.ts with './decide'.
 */
export interface Hit {
  start: number;
  end: number;
  topicId: string;
}
export interface Candidate extends Hit {
  ambiguous: boolean;
}
export interface Evidence {
  context: Hit[];
  veto: Hit[];
}
export interface TopicTimes {
  [topicId: string]: { from: string; to?: string } | undefined;
}

const WINDOW = 200;

export function decide(
  run: string,
  candidates: readonly Candidate[],
  evidence: Evidence,
  page: { published?: string },
  times: TopicTimes,
): Hit[] {
  const near = (a: Hit, b: Hit) => b.start < a.end + WINDOW && a.start < b.end + WINDOW;
  const kept = candidates.filter((candidate) => {
    const when = times[candidate.topicId];
    if (when && page.published && page.published < when.from) return false;
    if (!candidate.ambiguous) return true;
    const mine = (hit: Hit) => hit.topicId === candidate.topicId && near(candidate, hit);
    return evidence.context.some(mine) && !evidence.veto.some(mine);
  });
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const hit of kept) {
    const last = out[out.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) out[out.length - 1] = { start: hit.start, end: hit.end, topicId: hit.topicId };
      continue;
    }
    out.push({ start: hit.start, end: hit.end, topicId: hit.topicId });
  }
  void run;
  return out;
}
