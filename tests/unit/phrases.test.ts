/**
 * The phrase suite (tests/phrases) against the real pack and the matching
 * model (data/matching), through the contract the content script uses. Each
 * phrase is one run on a page of its own: its own text decides which topics'
 * context terms are present.
 *
 * - A hit is a (phrase, topic) pair the matcher finds.
 * - Precision: hits that are right / all hits. A hit on a negative phrase, or
 *   a topic a positive phrase does not mention, is a false hit.
 * - Recall: positive phrases whose topic is found / all positive phrases.
 *
 * CI fails below precision 0.98 or recall 0.95; the report prints both, every
 * miss and every false hit.
 */
import { describe, expect, it } from 'vitest';
import { createMatchingModel } from '../../data/matching';
import { defaultPack } from '../../data/packs';
import { negatives } from '../phrases/negatives';
import { positives } from '../phrases/positives';

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;

// The model the content script runs; each phrase is one run on a page of its own, with no date.
const model = createMatchingModel(defaultPack);

function topicsFound(text: string): Set<string> {
  return new Set(model.mentionsIn({ text, lang: '' }, {}).map((mention) => mention.topicId));
}

interface Report {
  truePositives: number;
  falseHits: string[];
  misses: string[];
  precision: number;
  recall: number;
}

function score(): Report {
  let truePositives = 0;
  let found = 0;
  const falseHits: string[] = [];
  const misses: string[] = [];

  for (const phrase of positives) {
    const topics = topicsFound(phrase.text);
    if (topics.has(phrase.topic)) found += 1;
    else misses.push(`[${phrase.topic}] ${JSON.stringify(phrase.text)}`);
    for (const topic of topics) {
      if (topic === phrase.topic || phrase.also?.includes(topic)) truePositives += 1;
      else falseHits.push(`[${topic}] in a ${phrase.topic} phrase: ${JSON.stringify(phrase.text)}`);
    }
  }
  for (const phrase of negatives) {
    for (const topic of topicsFound(phrase.text)) {
      if (phrase.notTopic && topic !== phrase.notTopic) continue;
      falseHits.push(`[${topic}] in a negative (${phrase.why}): ${JSON.stringify(phrase.text)}`);
    }
  }

  const hits = truePositives + falseHits.length;
  return {
    truePositives,
    falseHits,
    misses,
    precision: hits === 0 ? 0 : truePositives / hits,
    recall: found / positives.length,
  };
}

describe('the phrase suite', () => {
  it('is large enough, and covers every topic in several languages', () => {
    expect(positives.length).toBeGreaterThanOrEqual(200);
    expect(negatives.length).toBeGreaterThanOrEqual(100);
    const ids = defaultPack.topics.map((topic) => topic.id);
    for (const id of ids) {
      expect(positives.filter((phrase) => phrase.topic === id).length, id).toBeGreaterThanOrEqual(12);
    }
    for (const phrase of [...positives, ...negatives.filter((n) => n.notTopic)]) {
      const topic = 'topic' in phrase ? phrase.topic : phrase.notTopic!;
      expect(ids, phrase.text).toContain(topic);
    }
    // Cyrillic (Russian and Ukrainian) and Latin-script non-English phrases.
    expect(positives.filter((phrase) => /[іїєґ]/i.test(phrase.text)).length).toBeGreaterThanOrEqual(12);
    expect(positives.filter((phrase) => /[ыэъё]/i.test(phrase.text)).length).toBeGreaterThanOrEqual(12);
    expect(new Set([...positives, ...negatives].map((phrase) => phrase.text)).size).toBe(
      positives.length + negatives.length,
    );
  });

  it(`keeps precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} with the real pack and model`, () => {
    const report = score();
    const lines = [
      `Phrase suite: ${positives.length} positives, ${negatives.length} negatives.`,
      `Precision ${report.precision.toFixed(4)} (${report.truePositives} right of ${report.truePositives + report.falseHits.length} hits)`,
      `Recall    ${report.recall.toFixed(4)} (${positives.length - report.misses.length} of ${positives.length} positives found)`,
      `Misses (${report.misses.length}):`,
      ...report.misses.map((miss) => `  - ${miss}`),
      `False hits (${report.falseHits.length}):`,
      ...report.falseHits.map((hit) => `  - ${hit}`),
    ];
    console.log(lines.join('\n'));
    expect(report.precision, lines.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(report.recall, lines.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
  }, 60_000);
});
