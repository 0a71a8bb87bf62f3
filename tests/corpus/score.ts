/**
 * Scores the matching model on the labeled news passages of
 * ../shared/corpus/passages.json (its README says how they are labeled),
 * through createMatchingModel and the bundled pack: the model the content
 * script runs.
 *
 * - "alone": each passage is one page, its own run, the page's address the
 *   passage's source (its date, if the address has one, is the page's date,
 *   as the content script would read it from the address alone).
 * - "mixed": 25 passages on one page, each a run, the page undated (a front
 *   page or a live blog). Passages are dealt into pages by a seeded shuffle,
 *   so pages mix topics and languages, and the same every run.
 *
 * A required topic (an `expect` id without "?") is found when one of its
 * mentions lies in the passage; a mention whose topic the passage does not
 * allow (with or without "?") is a false hit. Recall counts required topics,
 * precision counts mentions.
 *
 * Never copy passages from the corpus into the project: this reads them at
 * test time, and its report goes to tests/artifacts (git-ignored).
 */
import { random } from '../bench/random';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatchingModel, type MatchingModel, type Mention } from '../../data/matching/index';
import { defaultPack } from '../../data/packs';
import { publicationDay } from '../../data/page-date';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PASSAGES_PER_PAGE = 25;
const MIXED_PAGE_URL = 'https://example.org/live';
const SHUFFLE_SEED = 11;

export interface Passage {
  id: string;
  lang: string;
  text: string;
  expect: string[];
  source: string;
}

export type Mode = 'alone' | 'mixed';

/**
 * The shared folder: $BRIEFMARK_SHARED, else ../shared beside the repository,
 * else /work/shared (a worktree elsewhere on the development machine).
 */
export function sharedDir(): string | undefined {
  const candidates = [process.env.BRIEFMARK_SHARED, path.resolve(REPO_ROOT, '..', 'shared'), '/work/shared'];
  return candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'corpus', 'passages.json')));
}

export function loadPassages(dir: string): Passage[] {
  const data = JSON.parse(readFileSync(path.join(dir, 'corpus', 'passages.json'), 'utf8')) as { passages: Passage[] };
  return data.passages;
}

/** The passage's mentions, in each mode. */
export interface Found {
  passage: Passage;
  mentions: Mention[];
}

/** The passages dealt into pages of PASSAGES_PER_PAGE, shuffled by a fixed seed. */
export function mixedPages(passages: readonly Passage[]): Passage[][] {
  const order = [...passages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const next = random(SHUFFLE_SEED);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const pages: Passage[][] = [];
  for (let i = 0; i < order.length; i += PASSAGES_PER_PAGE) pages.push(order.slice(i, i + PASSAGES_PER_PAGE));
  return pages;
}

export function findMentions(model: MatchingModel, passages: readonly Passage[], mode: Mode): Found[] {
  if (mode === 'alone') {
    return passages.map((passage) => {
      const published = publicationDay({ jsonLd: [], meta: [], times: [], url: passage.source });
      const page = published ? { url: passage.source, published } : { url: passage.source };
      return { passage, mentions: model.mentionsIn({ text: passage.text, lang: passage.lang }, page) };
    });
  }
  return mixedPages(passages).flatMap((page) =>
    page.map((passage) => ({ passage, mentions: model.mentionsIn({ text: passage.text, lang: passage.lang }, { url: MIXED_PAGE_URL }) })),
  );
}

/** Counts behind a recall and a precision. */
export interface Tally {
  required: number;
  found: number;
  hits: number;
  falseHits: number;
}

export interface Miss {
  passage: Passage;
  topicId: string;
}
export interface FalseHit {
  passage: Passage;
  topicId: string;
  text: string;
}

export interface Score {
  mode: Mode;
  overall: Tally;
  byLanguage: Map<string, Tally>;
  byTopic: Map<string, Tally>;
  misses: Miss[];
  falseHits: FalseHit[];
}

const emptyTally = (): Tally => ({ required: 0, found: 0, hits: 0, falseHits: 0 });

export const recall = (tally: Tally): number => (tally.required === 0 ? 1 : tally.found / tally.required);
export const precision = (tally: Tally): number => (tally.hits === 0 ? 1 : (tally.hits - tally.falseHits) / tally.hits);

export function score(found: readonly Found[], mode: Mode): Score {
  const result: Score = { mode, overall: emptyTally(), byLanguage: new Map(), byTopic: new Map(), misses: [], falseHits: [] };
  const tallies = (lang: string, topicId: string): Tally[] => {
    if (!result.byLanguage.has(lang)) result.byLanguage.set(lang, emptyTally());
    if (!result.byTopic.has(topicId)) result.byTopic.set(topicId, emptyTally());
    return [result.overall, result.byLanguage.get(lang)!, result.byTopic.get(topicId)!];
  };
  for (const { passage, mentions } of found) {
    const allowed = new Set(passage.expect.map((id) => id.replace(/^\?/, '')));
    const required = passage.expect.filter((id) => !id.startsWith('?'));
    const mentioned = new Set(mentions.map((mention) => mention.topicId));
    for (const topicId of required) {
      const hit = mentioned.has(topicId);
      for (const tally of tallies(passage.lang, topicId)) {
        tally.required++;
        if (hit) tally.found++;
      }
      if (!hit) result.misses.push({ passage, topicId });
    }
    for (const mention of mentions) {
      const wrong = !allowed.has(mention.topicId);
      for (const tally of tallies(passage.lang, mention.topicId)) {
        tally.hits++;
        if (wrong) tally.falseHits++;
      }
      if (wrong) result.falseHits.push({ passage, topicId: mention.topicId, text: passage.text.slice(mention.start, mention.end) });
    }
  }
  return result;
}

/** Both modes for the bundled pack. */
export function scoreCorpus(passages: readonly Passage[], model: MatchingModel = createMatchingModel(defaultPack)): Score[] {
  return (['alone', 'mixed'] as const).map((mode) => score(findMentions(model, passages, mode), mode));
}

const figure = (value: number) => value.toFixed(3);

function tallyLine(label: string, tally: Tally): string {
  return `${label.padEnd(28)} recall ${figure(recall(tally))} (${tally.found}/${tally.required})  precision ${figure(precision(tally))} (${tally.hits - tally.falseHits}/${tally.hits})`;
}

/** The report a person reads: figures, then every miss and false hit. */
export function report(scores: readonly Score[]): string {
  const lines: string[] = [];
  for (const result of scores) {
    lines.push(`=== ${result.mode} ===`, tallyLine('overall', result.overall), '', 'by language:');
    for (const [lang, tally] of [...result.byLanguage].sort(([a], [b]) => a.localeCompare(b))) lines.push(tallyLine(`  ${lang}`, tally));
    lines.push('', 'by topic:');
    for (const [topicId, tally] of [...result.byTopic].sort(([a], [b]) => a.localeCompare(b))) lines.push(tallyLine(`  ${topicId}`, tally));
    lines.push('', `misses (${result.misses.length}):`);
    for (const miss of result.misses) lines.push(`  ${miss.passage.id} [${miss.passage.lang}] ${miss.topicId}: ${miss.passage.text}`);
    lines.push('', `false hits (${result.falseHits.length}):`);
    for (const hit of result.falseHits) {
      lines.push(`  ${hit.passage.id} [${hit.passage.lang}] ${hit.topicId} on ${JSON.stringify(hit.text)}: ${hit.passage.text}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
