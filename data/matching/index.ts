/**
 * The matching model's entry point. This first version is an adapter over the
 * one-pattern matcher (data/matcher.ts) with run-local context; the model of
 * data/matching replaces it behind the same contract (api.ts).
 */
import type { Pack } from '../schema';
import { compileMatcher, topicsWithContext } from '../matcher';
import type { MatchingModel, Mention, PageFacts, RunText } from './api';

export type { MatchingModel, Mention, PageFacts, RunText } from './api';

export interface ModelOptions {
  /** Topics the reader turned off. */
  disabled?: ReadonlySet<string>;
}

export function createMatchingModel(pack: Pick<Pack, 'topics'>, options: ModelOptions = {}): MatchingModel {
  const topics = pack.topics.filter((topic) => !options.disabled?.has(topic.id));
  const everyForm = compileMatcher({ topics }, { withContext: new Set(topics.map((topic) => topic.id)) });
  const plain = compileMatcher({ topics });
  const tester = everyForm.pattern && new RegExp(everyForm.pattern.source, everyForm.pattern.flags.replace('g', ''));
  // One pattern per set of topics in context, not one per run (each compile costs milliseconds).
  const byContext = new Map<string, ReturnType<typeof compileMatcher>>();
  const withContextOf = (withContext: Set<string>) => {
    const key = [...withContext].sort().join(' ');
    let matcher = byContext.get(key);
    if (!matcher) byContext.set(key, (matcher = compileMatcher({ topics }, { withContext })));
    return matcher;
  };
  return {
    mayMention: (text) => tester?.test(text) ?? false,
    mentionsIn(run: RunText, _page: PageFacts): Mention[] {
      if (!everyForm.pattern || !tester!.test(run.text)) return [];
      const withContext = topicsWithContext(topics, run.text);
      const matcher = withContext.size > 0 ? withContextOf(withContext) : plain;
      const found: Mention[] = [];
      for (const match of run.text.matchAll(matcher.pattern!)) {
        const topicId = matcher.topicOf(match[0]);
        if (topicId) found.push({ start: match.index, end: match.index + match[0].length, topicId });
      }
      return found;
    },
  };
}
