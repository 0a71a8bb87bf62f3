/**
 * The matching model's first pass, measured in Node (`npx vite-node tests/bench/matcher-bench.ts`):
 * the hand-written typed-array Aho-Corasick (data/matching/automaton.ts) against
 * `@monyone/aho-corasick` and the old one-pattern trie regex (data/matcher.ts), on the text of
 * the real pages in ../shared/pages/readability and on a 5 MB text made of them, with the
 * bundled pack's names and with 1,000 / 10,000 / 50,000 generated names.
 *
 * Then the content script's path per page: `mayMention(run)` on every run, `mentionsIn` on the
 * runs that may mention, against today's prebuilt regex run over every run. Figures go in
 * docs/matching.md ("Choice of automaton"). `MATCHER_BENCH_PAGES=20` reads fewer pages;
 * `MATCHER_BENCH_ONLY=pages` runs only the per-page part.
 * (`MATCHER_BENCH_PAGES_DIR` names the pages' folder where ../shared is elsewhere.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AhoCorasick } from '@monyone/aho-corasick';
import { compileMatcher } from '../../data/matcher';
import { buildAutomaton, loadAutomaton, serialiseAutomaton } from '../../data/matching/automaton';
import { compileMatching } from '../../data/matching/compile';
import type { MatchingTopic } from '../../data/matching/compiled';
import { modelOf } from '../../data/matching/model';
import { fold, foldString } from '../../data/matching/normalise';
import { loadMatching, serialiseMatching } from '../../data/matching/stored';
import { defaultPack } from '../../data/packs';
import { CORPUS_DIR, readableTextNodes } from '../corpus/readability-hits';
import { generatedNames } from './library';

/** Samples of each per-page measurement (the fastest is reported). */
const REPEAT = 21;
const log = (line: string) => process.stdout.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The fastest of `repeat` samples, each running `run` enough times to last about 2 ms: for
 * per-page figures of a few microseconds on a shared machine, where a median is mostly noise.
 */
function fastest(run: () => void, repeat = REPEAT): number {
  let inner = 1;
  for (let start = performance.now(); performance.now() - start < 2; inner++) run();
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    for (let j = 0; j < inner; j++) run();
    best = Math.min(best, (performance.now() - start) / inner);
  }
  return best;
}

function time(run: () => void, repeat = 5): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Every name of the bundled pack (all languages), as written. */
function packNames(): string[] {
  return (defaultPack.topics as unknown as MatchingTopic[]).flatMap((topic) =>
    Object.values(topic.names ?? { '*': topic.aliases ?? [] }).flatMap((aliases) => aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text))),
  );
}

interface PageText {
  name: string;
  runs: string[];
}

function readPages(): PageText[] {
  // A worktree outside the repo's usual place can name the pages' folder.
  const dir = process.env.MATCHER_BENCH_PAGES_DIR ?? CORPUS_DIR;
  if (!existsSync(dir)) throw new Error(`No pages at ${dir}: the bench reads ../shared/pages/readability (or MATCHER_BENCH_PAGES_DIR).`);
  const limit = Number(process.env.MATCHER_BENCH_PAGES ?? Infinity);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .slice(0, limit)
    .map((file) => ({ name: file, runs: readableTextNodes(readFileSync(path.join(dir, file), 'utf8')) }));
}

function main(): void {
  const pages = readPages();
  const allText = pages.map((page) => page.runs.join('\n')).join('\n');
  let big = '';
  while (big.length < 5_000_000) big += allText;
  big = big.slice(0, 5_000_000);
  log(`pages: ${pages.length}, their text ${(allText.length / 1e6).toFixed(2)} M chars; big text ${(big.length / 1e6).toFixed(1)} M chars`);
  const foldedBig = fold(big);

  const sets: [string, string[]][] = [
    [`bundled pack (${packNames().length} names)`, packNames()],
    ['1,000 generated', generatedNames(1_000)],
    ['10,000 generated', generatedNames(10_000)],
    ['50,000 generated', generatedNames(50_000)],
  ];

  if (process.env.MATCHER_BENCH_ONLY !== 'pages') firstPassTable(sets, big, foldedBig);
  perPageFigures(pages, big);
}

function firstPassTable(sets: [string, string[]][], big: string, foldedBig: ReturnType<typeof fold>): void {
  log('\n### First pass on the 5 MB text\n');
  log('| names | automaton build | serialised | load | first pass (anyIn) | scan (fold+AC) | @monyone build | @monyone scan | trie regex build | trie regex scan |');
  log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [label, names] of sets) {
    const heads = names.map((name) => ' ' + foldString(name).trim());
    let automaton = buildAutomaton(heads);
    const build = time(() => (automaton = buildAutomaton(heads)), 3);
    const bytes = serialiseAutomaton(automaton);
    const load = time(() => loadAutomaton(bytes), 5);
    let hits = 0;
    const scan = time(() => {
      hits = 0;
      const folded = fold(big);
      automaton.scan(folded.units, folded.length, () => hits++);
    }, 3);
    const stepsPerUnit = automaton.steps / foldedBig.length;
    // The first pass as the content script runs it: folding on the fly, no arrays (every node accepts nothing, so it reads all).
    const none = new Uint8Array(automaton.nodeCount);
    const firstPass = time(() => automaton.anyIn(big, none), 3);

    const lower = heads;
    let library = new AhoCorasick(lower);
    const libraryBuild = time(() => (library = new AhoCorasick(lower)), 1);
    const libraryScan = time(() => library.matchInText(' ' + foldString(big)), 1);

    let regexBuild = NaN;
    let regexScan = NaN;
    if (names.length <= 10_000) {
      const topics = [{ id: 'x', names: { '*': names }, context: {} }];
      let pattern = compileMatcher({ topics } as never).pattern!;
      regexBuild = time(() => (pattern = compileMatcher({ topics } as never).pattern!), 1);
      regexScan = time(() => {
        pattern.lastIndex = 0;
        while (pattern.exec(big)) {
          /* count nothing: the walk is the cost */
        }
      }, 1);
    }
    const ms = (value: number) => (Number.isNaN(value) ? 'not run' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
    log(
      `| ${label} | ${ms(build)} | ${(bytes.length / 1024).toFixed(0)} kB | ${ms(load)} | ${ms(firstPass)} | ${ms(scan)} (${stepsPerUnit.toFixed(2)} steps/unit, ${hits} hits) | ${ms(libraryBuild)} | ${ms(libraryScan)} (+fold) | ${ms(regexBuild)} | ${ms(regexScan)} |`,
    );
  }

}

/** The content script's path, per page: today's prebuilt regex over every run vs mayMention (+ mentionsIn). */
function perPageFigures(pages: PageText[], big: string): void {
  log('\n### Per page, bundled pack\n');
  const topics = defaultPack.topics as unknown as MatchingTopic[];
  const compiled = compileMatching(topics);
  const stored = serialiseMatching(compiled);
  const loadModel = time(() => modelOf(loadMatching(stored)), 5);
  const model = modelOf(compiled);
  const v1Topics = topics.map((topic) => ({ id: topic.id, names: topic.names, context: {} }));
  const regex = compileMatcher({ topics: v1Topics } as never, { withContext: new Set(v1Topics.map((topic) => topic.id)) }).pattern!;
  const perPage = (runs: string[]) => {
    const regexTime = fastest(() => {
      for (const run of runs) {
        regex.lastIndex = 0;
        while (regex.exec(run)) {
          /* the walk */
        }
      }
    });
    let candidates = 0;
    const modelTime = fastest(() => {
      candidates = 0;
      for (const run of runs) {
        if (model.mayMention(run)) {
          candidates++;
          model.mentionsIn({ text: run, lang: '' }, {});
        }
      }
    });
    return { regexTime, modelTime, candidates };
  };
  const results = pages.map((page) => ({ page, ...perPage(page.runs) }));
  const noMention = results.filter((result) => result.candidates === 0).sort((a, b) => b.page.runs.join('').length - a.page.runs.join('').length)[0];
  log(`serialised bundled model: ${(stored.length / 1024).toFixed(0)} kB; load ${loadModel.toFixed(2)} ms`);
  log(`real pages: median today's regex ${median(results.map((r) => r.regexTime)).toFixed(3)} ms, model ${median(results.map((r) => r.modelTime)).toFixed(3)} ms; median ratio model/regex ${median(results.map((r) => r.modelTime / r.regexTime)).toFixed(2)}`);
  if (noMention) {
    log(`no-mention page (${noMention.page.name}, ${noMention.page.runs.join('').length} chars): regex ${noMention.regexTime.toFixed(3)} ms, model ${noMention.modelTime.toFixed(3)} ms (ratio ${(noMention.modelTime / noMention.regexTime).toFixed(2)})`);
  }
  const bigRuns = big.split('\n');
  const whole = { ...perPage(bigRuns.slice(0, 2000)), runs: 2000 };
  log(`first 2,000 runs of the 5 MB text: regex ${whole.regexTime.toFixed(2)} ms, model ${whole.modelTime.toFixed(2)} ms (${whole.candidates} candidate runs)`);
}

main();
