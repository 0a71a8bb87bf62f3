/**
 * A model whose mentions pass a test: what the content script puts around
 * the loaded model (the reader's muted phrases; topics the library holds).
 */
import type { MatchingModel, Mention, RunText } from './api';

export function keepMentions(model: MatchingModel, keep: (mention: Mention, run: RunText) => boolean): MatchingModel {
  return {
    mayMention: (text) => model.mayMention(text),
    mentionsIn: (run, page) => model.mentionsIn(run, page).filter((mention) => keep(mention, run)),
  };
}
