import type { CompiledMatcher } from '../../data/matcher';
import type { MatchingModel } from '../../data/matching/api';

/**
 * A matching model that finds exactly what one compiled pattern finds in each
 * run: for engine tests whose expectations are written in terms of the
 * pattern (context given as compile options, not read from the run).
 */
export function modelOf(matcher: CompiledMatcher): MatchingModel {
  const pattern = matcher.pattern;
  const tester = pattern && new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return {
    mayMention: (text) => tester?.test(text) ?? false,
    mentionsIn: ({ text }) =>
      pattern
        ? [...text.matchAll(new RegExp(pattern.source, pattern.flags))].flatMap((match) => {
            const topicId = matcher.topicOf(match[0]);
            return topicId ? [{ start: match.index, end: match.index + match[0].length, topicId }] : [];
          })
        : [],
  };
}
