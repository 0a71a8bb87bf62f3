/**
 * `npm run bench`: Briefmark's highlighting cost in real headless Chromium.
 *
 * For each page, in one run and one browser: (a) Briefmark's initial highlight with the default
 * pack, (b) the naive baseline (one mark.js `mark()` per alias), (c) the lower bound (one
 * TreeWalker pass running the same pattern, no DOM change), a topic toggled off, the longest
 * main-thread task, and 1,000 paragraphs appended after load. Ratios within one run matter more
 * than times: this machine is shared.
 *
 * Prints a markdown table, writes it to bench-results/latest.md and the raw numbers to
 * bench-results/<timestamp>.json. Run with `npx vite-node tests/bench/bench.ts`
 * (`BENCH_QUICK=1` for a short smoke run: fewer repeats and readability pages; `BENCH_ONLY=text` keeps
 * only the pages whose name contains `text`).
 */
import { build } from 'esbuild';
import { compileMatchingBytes } from '../../data/matching';
import { bytesToBase64 } from '../../data/matching/stored';
import { defaultPack } from '../../data/packs';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromium } from '../e2e/support/browsers';
import { CHROME_BUILD, REPO_ROOT, SHARED_DIR } from '../e2e/support/paths';
import { serve } from '../e2e/support/server';
import { generatedPages, paragraphs, type ProseKind } from './generator';
import { generatedLibrary } from './library';
import type { BenchApi, DiagnosticKind } from './harness';
import { renderReport, type BenchResult, type LibraryResult, type PageResult, type ProfileEntry } from './report';

const QUICK = !!process.env.BENCH_QUICK;
const READABILITY_DIR = path.join(SHARED_DIR, 'pages', 'readability');
const RESULTS_DIR = path.join(REPO_ROOT, 'bench-results');
const APPENDED_PARAGRAPHS = 1_000;
const NAIVE_REPEAT_LIMIT_MS = 5_000;
/** Past this, the naive baseline stops and is extrapolated from the aliases run (BENCH_NAIVE_BUDGET_S=0: no limit). */
const NAIVE_BUDGET_MS = Number(process.env.BENCH_NAIVE_BUDGET_S ?? 60) * 1000 || Infinity;
const DIAGNOSTICS: DiagnosticKind[] = ['steps', 'regexOnly', 'walkOnly'];
/**
 * Generated names added to the bundled pack for the library measurements (issue 15); BENCH_LIBRARIES=0:
 * none, BENCH_LIBRARIES=10000: that size alone; BENCH_LIBRARIES_ONLY=1: the libraries without the pages' table.
 */
const LIBRARY_SIZES = process.env.BENCH_LIBRARIES === '0' ? [] : process.env.BENCH_LIBRARIES ? [Number(process.env.BENCH_LIBRARIES)] : [1_000, 10_000, 50_000];
const LIBRARIES_ONLY = !!process.env.BENCH_LIBRARIES_ONLY;

type Api = BenchApi;
type Result<K extends keyof Api> = Awaited<ReturnType<Api[K]>>;

const log = (message: string) => process.stderr.write(`${message}\n`);

const median = (values: number[]): number => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The median of each numeric field over repeated results of the same shape. */
function medianOf<T extends object>(runs: T[]): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(runs[0]!)) {
    if (typeof value === 'number') out[key] = median(runs.map((run) => (run as Record<string, number>)[key]!));
    else if (value && typeof value === 'object') out[key] = medianOf(runs.map((run) => (run as Record<string, object>)[key]!));
    else out[key] = value;
  }
  return out as T;
}

async function harnessSource(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, 'tests', 'bench', 'harness.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Keeps a real page static: its own scripts must not run (the harness is evaluated over CDP). */
function withoutPageScripts(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + meta + html.slice(doctype[0].length) : meta + html;
}

type TaskTimes = { longestTaskMs: number; longestFrameMs: number };
/** The worst over the operations of the median over each operation's runs. */
const worstOf = (briefmark: TaskTimes[], toggle: TaskTimes[], appended: TaskTimes | undefined, key: keyof TaskTimes) =>
  Math.max(median(briefmark.map((run) => run[key])), median(toggle.map((run) => run[key])), appended ? appended[key] : 0);

interface PagePlan {
  name: string;
  pathname: string;
  htmlBytes: number;
  /** Repeats of (a), (c), toggle and appended, each on a fresh load. */
  reps: number;
  /** Repeats of (b); 0 to skip. */
  naiveReps: number;
  /** Diagnostics, appended content and a CPU profile of (a). */
  detailed: boolean;
  appendKind: ProseKind;
  group: 'generated' | 'readability';
}

class Runner {
  constructor(
    private page: Page,
    private harness: string,
    private origin: string,
    /** The compiled model (base64) every load hands the harness: the bundled pack's, or a generated library's. */
    public model: string,
  ) {}

  async load(pathname: string): Promise<void> {
    await this.page.goto(this.origin + pathname, { waitUntil: 'load', timeout: 180_000 });
    await this.page.evaluate(this.harness);
    await this.call('useModel', this.model);
  }

  call<K extends keyof Api>(name: K, ...args: Parameters<Api[K]>): Promise<Result<K>> {
    return this.page.evaluate(
      (method: string, params: unknown[]) =>
        (window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench[method]!(...params),
      name,
      args as unknown[],
    ) as Promise<Result<K>>;
  }

  /**
   * Self time per function during one (a) run, from a CPU profile of the call (its slices, and the
   * frames after it): idle and unattributed native time ("(program)", mostly style and layout) are
   * left out. Anonymous functions are named by their bundled module.
   */
  async profileBriefmark(): Promise<ProfileEntry[]> {
    const cdp = await this.page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await this.call('briefmark');
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map<string, number>();
    let total = 0;
    (profile.samples ?? []).forEach((id, index) => {
      const frame = nodes.get(id)!.callFrame;
      if (['(idle)', '(program)', '(root)'].includes(frame.functionName)) return;
      const name = frame.functionName || `(anonymous in ${this.moduleAt(frame.lineNumber)})`;
      const ms = (profile.timeDeltas?.[index] ?? 0) / 1000;
      self.set(name, (self.get(name) ?? 0) + ms);
      total += ms;
    });
    return [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([fn, ms]) => ({ fn, ms, share: ms / total }));
  }

  /** The module of the harness bundle a (0-based) line belongs to, from esbuild's `// path` comments. */
  private moduleAt(line: number): string {
    const lines = this.harness.split('\n');
    for (let index = Math.min(line, lines.length - 1); index >= 0; index--) {
      const comment = /^\s*\/\/ ((?:node_modules|entrypoints|data|tests)\/\S+)$/.exec(lines[index]!);
      if (comment) return comment[1]!.replace(/^node_modules\//, '');
    }
    return 'native';
  }

  /**
   * One page with the bundled pack's model and with a library's, alternating on fresh loads so
   * both see the same load of the machine, and a bare text walk of the page (no model).
   */
  async library(plan: PagePlan, builtin: string, library: string, reps: number): Promise<LibraryResult['pages'][number]> {
    const runs: { builtin: Result<'briefmark'>; library: Result<'briefmark'>; walkMs: number }[] = [];
    for (let rep = 0; rep < reps; rep++) {
      this.model = builtin;
      await this.load(plan.pathname);
      const withBuiltin = await this.call('briefmark');
      this.model = library;
      await this.load(plan.pathname);
      const withLibrary = await this.call('briefmark');
      await this.load(plan.pathname);
      const { walkOnlyMs } = await this.call('diagnostic', 'walkOnly');
      runs.push({ builtin: withBuiltin, library: withLibrary, walkMs: walkOnlyMs! });
    }
    this.model = builtin;
    const builtinMs = median(runs.map((run) => run.builtin.ms));
    const libraryMs = median(runs.map((run) => run.library.ms));
    const walkMs = median(runs.map((run) => run.walkMs));
    const workMs = median(runs.map((run) => run.library.result.workMs));
    return {
      name: plan.name,
      builtinMs,
      libraryMs,
      addedMs: libraryMs - builtinMs,
      overBuiltin: libraryMs / builtinMs,
      workMs,
      walkMs,
      workOverWalk: workMs / walkMs,
      longestTaskMs: median(runs.map((run) => run.library.longestTaskMs)),
      builtinLongestTaskMs: median(runs.map((run) => run.builtin.longestTaskMs)),
      marks: runs[0]!.library.result.marks,
      builtinMarks: runs[0]!.builtin.result.marks,
    };
  }

  async measure(plan: PagePlan, appendHtml: Record<ProseKind, string>): Promise<PageResult> {
    const started = Date.now();
    const lower: Result<'lowerBound'>[] = [];
    const briefmark: Result<'briefmark'>[] = [];
    const toggle: Result<'toggleOff'>[] = [];
    const appended: Result<'appended'>[] = [];
    await this.load(plan.pathname);
    const info = await this.call('pageInfo');
    const frameFloorMs = await this.call('frameFloor');
    for (let rep = 0; rep < plan.reps; rep++) {
      await this.load(plan.pathname);
      lower.push(await this.call('lowerBound'));
      briefmark.push(await this.call('briefmark'));
      toggle.push(await this.call('toggleOff'));
      if (plan.detailed) appended.push(await this.call('appended', appendHtml[plan.appendKind]));
    }
    const naive: Result<'naive'>[] = [];
    for (let rep = 0; rep < plan.naiveReps; rep++) {
      await this.load(plan.pathname);
      naive.push(await this.call('naive', NAIVE_BUDGET_MS));
      // One run of minutes is precise enough, and keeps the whole benchmark under ten minutes.
      if (naive[0]!.ms > NAIVE_REPEAT_LIMIT_MS) break;
    }
    const diagnostics: Record<string, number>[] = [];
    let counts: Result<'counts'> | undefined;
    let profile: ProfileEntry[] | undefined;
    if (plan.detailed) {
      for (let rep = 0; rep < plan.reps; rep++) {
        const times: Record<string, number> = {};
        for (const kind of DIAGNOSTICS) {
          await this.load(plan.pathname);
          Object.assign(times, await this.call('diagnostic', kind));
        }
        diagnostics.push(times);
      }
      await this.load(plan.pathname);
      counts = await this.call('counts');
      await this.load(plan.pathname);
      profile = await this.profileBriefmark();
    }
    const a = medianOf(briefmark);
    const c = medianOf(lower);
    const naiveMedian = naive.length ? medianOf(naive) : undefined;
    const b = naiveMedian && {
      ...naiveMedian,
      measuredMs: naiveMedian.ms,
      ms: (naiveMedian.ms * naiveMedian.result.aliases) / naiveMedian.result.aliasesRun,
      extrapolated: naiveMedian.result.aliasesRun < naiveMedian.result.aliases,
    };
    const t = medianOf(toggle);
    const app = appended.length ? medianOf(appended) : undefined;
    return {
      name: plan.name,
      group: plan.group,
      htmlBytes: plan.htmlBytes,
      info,
      reps: plan.reps,
      naiveReps: naive.length,
      a,
      b,
      c,
      toggle: t,
      appended: app,
      diagnostics: counts ? ({ ...medianOf(diagnostics), ...counts } as PageResult['diagnostics']) : undefined,
      profile,
      ratios: {
        aOverC: a.ms / c.ms,
        slicesOverC: a.result.workMs / c.ms,
        aOverColdC: a.ms / (c.ms + c.coldCompileMs),
        bOverA: b ? b.ms / a.ms : undefined,
        appendedOverLower: app ? app.flushMs / app.lowerMs : undefined,
        appendedSlicesOverLower: app ? app.slicesMs / app.lowerMs : undefined,
      },
      // The longest task of each operation (median over runs), then the worst of them.
      longestTaskMs: worstOf(briefmark, toggle, app, 'longestTaskMs'),
      longestFrameMs: worstOf(briefmark, toggle, app, 'longestFrameMs'),
      frameFloorMs,
      marksAgree: a.result.marks === c.result.matches,
      seconds: (Date.now() - started) / 1000,
    };
  }
}

function readabilityPlans(): PagePlan[] {
  if (!existsSync(READABILITY_DIR)) {
    log(`Skipping real pages: ${READABILITY_DIR} is absent.`);
    return [];
  }
  const files = readdirSync(READABILITY_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, bytes: statSync(path.join(READABILITY_DIR, file)).size }))
    .sort((x, y) => x.bytes - y.bytes);
  const chosen = QUICK ? files.filter((_, index) => index % 10 === 0 || index === files.length - 1) : files;
  const largest = chosen[chosen.length - 1]!;
  const middle = chosen[(chosen.length - 1) >> 1]!;
  return chosen.map(({ file, bytes }) => {
    const selected = file === largest.file || file === middle.file;
    const role = file === largest.file ? ' (largest)' : file === middle.file ? ' (median size)' : '';
    return {
      name: `readability/${file}${role}`,
      pathname: `/readability/${file}`,
      htmlBytes: bytes,
      reps: selected ? (QUICK ? 2 : 5) : QUICK ? 1 : 3,
      naiveReps: selected ? (QUICK ? 1 : 3) : 0,
      detailed: selected,
      appendKind: 'news' as const,
      group: 'readability' as const,
    };
  });
}

function bundleSize(): BenchResult['bundle'] {
  const file = path.join(CHROME_BUILD, 'content-scripts', 'content.js');
  if (!existsSync(file)) return { file: path.relative(REPO_ROOT, file), missing: true };
  const raw = readFileSync(file);
  return { file: path.relative(REPO_ROOT, file), rawBytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
}

async function launch(): Promise<Browser> {
  if (!chromium.executable) throw new Error('Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH).');
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: chromium.executable,
    headless: true,
    pipe: true,
    // The naive baseline on the 5 MB page runs for minutes in one evaluate.
    protocolTimeout: 900_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--window-size=1280,900',
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
}

/**
 * Issue 15: libraries of the bundled pack plus 1,000, 10,000 and 50,000 generated names, compiled
 * here as the background's compileLibrary does, measured on a few pages against the bundled pack.
 */
async function measureLibraries(runner: Runner, builtin: string, plans: PagePlan[]): Promise<LibraryResult[]> {
  const chosen = plans.filter((plan) => /dense|no mentions|100,000|\(median size\)|\(largest\)/.test(plan.name));
  const out: LibraryResult[] = [];
  for (const names of LIBRARY_SIZES) {
    const library = generatedLibrary(names);
    const t0 = performance.now();
    const bytes = compileMatchingBytes(library);
    const compileMs = performance.now() - t0;
    const base64 = bytesToBase64(bytes);
    log(`[library ${names.toLocaleString('en')}] compiled in ${compileMs.toFixed(0)} ms, ${(bytes.length / 1e6).toFixed(2)} MB`);
    const pages: LibraryResult['pages'] = [];
    for (const plan of chosen) {
      try {
        const result = await runner.library(plan, builtin, base64, QUICK ? 2 : 3);
        pages.push(result);
        log(`    ${plan.name}: ${result.builtinMs.toFixed(1)} → ${result.libraryMs.toFixed(1)} ms (${result.overBuiltin.toFixed(2)}×), longest task ${result.longestTaskMs.toFixed(0)} ms`);
      } catch (error) {
        log(`    ${plan.name} failed: ${(error as Error).message}`);
      }
    }
    out.push({ names, compileMs, storedBytes: bytes.length, base64Chars: base64.length, pages });
  }
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  const harness = await harnessSource();
  const generated = generatedPages();
  const readability = readabilityPlans();
  const pages: Record<string, string> = {};
  const plans: PagePlan[] = generated.map((spec, index) => {
    const pathname = `/generated/${index}.html`;
    pages[pathname] = spec.html;
    const big = spec.html.length > 1_000_000;
    return {
      name: spec.name,
      pathname,
      htmlBytes: Buffer.byteLength(spec.html),
      reps: QUICK ? 1 : big ? 3 : 5,
      naiveReps: QUICK || big ? 1 : 3,
      detailed: true,
      appendKind: spec.kind,
      group: 'generated' as const,
    };
  });
  for (const plan of readability) {
    pages[plan.pathname] = withoutPageScripts(readFileSync(path.join(READABILITY_DIR, plan.pathname.slice('/readability/'.length)), 'utf8'));
  }
  plans.push(...readability);
  const only = process.env.BENCH_ONLY;
  if (only) plans.splice(0, plans.length, ...plans.filter((plan) => plan.name.includes(only)));
  const appendHtml = Object.fromEntries(
    (['news', 'dense', 'none'] as const).map((kind) => [kind, paragraphs({ kind, count: APPENDED_PARAGRAPHS, seed: 99 }).join('\n')]),
  ) as Record<ProseKind, string>;

  const server = await serve(pages);
  const browser = await launch();
  const results: PageResult[] = [];
  const libraries: LibraryResult[] = [];
  let longTasksSupported = false;
  let longFramesSupported = false;
  try {
    const page = await browser.newPage();
    // Only 127.0.0.1 is reachable; anything else is refused at once rather than waited on.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (new URL(request.url()).origin === server.origin) void request.continue();
      else void request.abort('blockedbyclient');
    });
    // What the build ships for the bundled pack (wxt.config.ts), made once here.
    const builtin = bytesToBase64(compileMatchingBytes(defaultPack));
    const runner = new Runner(page, harness, server.origin, builtin);
    for (const [index, plan] of plans.entries()) {
      if (LIBRARIES_ONLY) break;
      log(`[${index + 1}/${plans.length}] ${plan.name}`);
      try {
        const result = await runner.measure(plan, appendHtml);
        results.push(result);
        log(
          `    a ${result.a.ms.toFixed(1)} ms, c ${result.c.ms.toFixed(1)} ms, a/c ${result.ratios.aOverC.toFixed(2)}` +
            (result.b ? `, b ${result.b.ms.toFixed(0)} ms, b/a ${result.ratios.bOverA!.toFixed(1)}` : '') +
            `, marks ${result.a.result.marks}, ${result.seconds.toFixed(1)} s`,
        );
      } catch (error) {
        log(`    failed: ${(error as Error).message}`);
      }
      if (index === 0) {
        longTasksSupported = await runner.call('longTasksSupported');
        longFramesSupported = await runner.call('longFramesSupported');
      }
    }
    libraries.push(...(await measureLibraries(runner, builtin, plans)));
  } finally {
    await browser.close();
    await server.close();
  }

  const result: BenchResult = {
    date: new Date().toISOString(),
    quick: QUICK,
    chromium: chromium.executable!,
    longTasksSupported,
    longFramesSupported,
    appendedParagraphs: APPENDED_PARAGRAPHS,
    bundle: bundleSize(),
    readabilityDir: existsSync(READABILITY_DIR) ? path.relative(REPO_ROOT, READABILITY_DIR) : null,
    pages: results,
    libraries,
    seconds: (Date.now() - started) / 1000,
  };
  const markdown = renderReport(result);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, 'latest.md'), markdown);
  writeFileSync(path.join(RESULTS_DIR, `${result.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
  process.stdout.write(markdown);
}

await main();
