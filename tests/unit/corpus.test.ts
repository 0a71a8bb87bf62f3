/**
 * Recall and precision on real news passages (tests/corpus/score.ts), in
 * both page modes, gated. The full report (figures per language and topic,
 * every miss and false hit) is printed and written to
 * tests/artifacts/corpus-report.txt, which is not committed.
 *
 * Skips with a message when the shared corpus is absent; with CI=true that
 * is a failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, loadPassages, precision, recall, report, scoreCorpus, sharedDir, type Mode } from '../corpus/score';

/**
 * The gates, a little under what is achieved (docs/matching.md: recall and
 * precision 1.000 in both modes on 2 Dec 2026), above the target
 * (recall 0.95, precision 0.98, in both modes and every language). Raise
 * them as the model improves, never lower them to pass.
 */
const GATES: Record<Mode, { recall: number; precision: number }> = {
  alone: { recall: 0.98, precision: 0.99 },
  mixed: { recall: 0.98, precision: 0.99 },
};
/** Every language with at least this many required topics must reach LANGUAGE_GATE in both modes. */
const LANGUAGE_MIN_REQUIRED = 3;
const LANGUAGE_GATE = { recall: 0.95, precision: 0.98 };

const dir = sharedDir();

describe('the corpus of real passages', () => {
  if (!dir) {
    it('is absent', () => {
      const message = 'The shared corpus (../shared/corpus/passages.json, or $BRIEFMARK_SHARED) is absent: skipping the corpus scores.';
      if (process.env.CI === 'true') throw new Error(`${message} CI must have it.`);
      console.warn(message);
    });
    return;
  }

  const passages = loadPassages(dir);
  const scores = scoreCorpus(passages);
  const text = report(scores);
  mkdirSync(path.join(REPO_ROOT, 'tests', 'artifacts'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, 'tests', 'artifacts', 'corpus-report.txt'), text);
  console.log(text);

  it('has the labeled passages', () => {
    expect(passages.length).toBeGreaterThan(300);
  });

  it.each(scores.map((result) => [result.mode, result] as const))('%s: recall and precision at or above the gates', (mode, result) => {
    const achieved = { recall: recall(result.overall), precision: precision(result.overall) };
    expect(achieved.recall, `${mode} recall`).toBeGreaterThanOrEqual(GATES[mode].recall);
    expect(achieved.precision, `${mode} precision`).toBeGreaterThanOrEqual(GATES[mode].precision);
  });

  it.each(scores.map((result) => [result.mode, result] as const))('%s: every language with enough passages at or above the language gate', (mode, result) => {
    const gated = [...result.byLanguage].filter(([, tally]) => tally.required >= LANGUAGE_MIN_REQUIRED);
    expect(gated.length).toBeGreaterThan(15);
    for (const [lang, tally] of gated) {
      expect(recall(tally), `${mode} ${lang} recall`).toBeGreaterThanOrEqual(LANGUAGE_GATE.recall);
      expect(precision(tally), `${mode} ${lang} precision`).toBeGreaterThanOrEqual(LANGUAGE_GATE.precision);
    }
  });
});
