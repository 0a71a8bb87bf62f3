/**
 * The in-page side of the benchmark, bundled with esbuild and evaluated in each page as
 * `window.__bench`. It runs Briefmark's own code from source: (a) is the content script's
 * `LivePage` (its first full pass, its toggle, its handling of appended content), the diagnostics
 * replay that pass step by step with the highlighter and matcher.
 *
 * Every measured operation runs in its own event-loop task (setTimeout), as the content script's
 * work does, so the Long Tasks API sees it; after it, two animation frames let the style and layout
 * work it caused run, and the longest tasks overlapping that whole window are reported: script
 * (Briefmark's) and rendering (the page's frames after the change) apart.
 */
import Mark from 'mark.js';
import { EXCLUDED, LivePage, MENTION_SELECTOR, countMentions, highlight, unhighlight, yieldToPage } from '../../entrypoints/content/engine';
import { decodeMatchingModelAhead, loadMatchingModelBase64 } from '../../data/matching/load';
import { activeRules, compileMatcher, topicsWithContext, type CompiledMatcher } from '../../data/matcher';
import { defaultPack } from '../../data/packs';
import { CATEGORY_STYLE } from '../../data/categories';

const pack = defaultPack;
/**
 * The compiled model the content script loads, as base64 (the bundled pack's from the build, or a
 * generated library's): handed in by the runner before any timing, decoded by each LivePage, as in
 * the product.
 */
let modelBase64 = '';
const loadModel = (disabled?: ReadonlySet<string>) => loadMatchingModelBase64(modelBase64, { disabled });
/** What the build gives the content script (wxt.config.ts): made before any timing, as at build time. */
const colors = new Map(pack.topics.map((topic) => [topic.id, CATEGORY_STYLE[topic.category].color]));
const attributes = { colorOf: (id: string) => colors.get(id) };

/**
 * The highlighter's exclusions as a naive highlighter hands them to mark.js: tested on each text
 * node's parent, so each needs a descendant form too.
 */
const EXCLUDE_PER_TEXT_NODE = EXCLUDED.flatMap((selector) => [selector, `${selector} *`]).join(', ');
/** The same exclusion, tested once per element and pruning the subtree: what a lower bound needs. */
const EXCLUDE_ELEMENT = EXCLUDED.join(', ');

// ---------------------------------------------------------------------------------------------
// Long tasks and task timing

const longTasks: { start: number; duration: number }[] = [];
let longTasksSupported = false;
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  longTasksSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
} catch {
  longTasksSupported = false;
}

/**
 * Frames over 50 ms (Long Animation Frames API), for when their rendering began. A long task
 * that starts in a frame's rendering is the browser's style, layout and paint of what changed,
 * not script: on a large page that costs the same after any change, whoever made it (see
 * `frameFloor`), and no slicing of Briefmark's own work can shorten it.
 */
const longFrames: { end: number; renderStart: number }[] = [];
let longFramesSupported = false;
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { renderStart: number })[]) {
      longFrames.push({ end: entry.startTime + entry.duration, renderStart: entry.renderStart });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  longFramesSupported = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
} catch {
  longFramesSupported = false;
}

const isRendering = (task: { start: number }) =>
  longFrames.some((frame) => frame.renderStart > 0 && task.start >= frame.renderStart - 1 && task.start < frame.end);

/**
 * The longest script task (Briefmark's work: the page's own scripts are off) and the longest
 * rendering task among the long tasks overlapping [start, end]; 0 when none.
 */
function longestIn(start: number, end: number): { longestTaskMs: number; longestFrameMs: number } {
  const overlapping = longTasks.filter((task) => task.start < end && task.start + task.duration > start);
  const longest = (tasks: typeof longTasks) => Math.max(0, ...tasks.map((task) => task.duration));
  return {
    longestTaskMs: longest(overlapping.filter((task) => !isRendering(task))),
    longestFrameMs: longest(overlapping.filter(isRendering)),
  };
}

/** Two animation frames (style, layout, paint of what changed), then a task. */
const settle = () =>
  new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 500);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(fallback);
        setTimeout(resolve, 0);
      }),
    );
  });

export interface Timed<T> {
  result: T;
  /** The duration of the operation, until its promise resolved for an asynchronous one. */
  ms: number;
  /** Longest script task over 50 ms overlapping the operation and the frames after it; 0 when none. */
  longestTaskMs: number;
  /** Longest rendering task over 50 ms in that window (the page's frames after the changes); 0 when none. */
  longestFrameMs: number;
  /** Time from the end of the operation until two frames were produced (style and layout it caused). */
  renderMs: number;
}

/**
 * Runs `operation` in a fresh task and times it until it has finished: an operation that returns
 * a promise (LivePage's passes are sliced and queued) is timed until the promise resolves.
 */
async function inTask<T>(operation: () => T | Promise<T>): Promise<Timed<T>> {
  await settle();
  const run = await new Promise<{ result: T; t0: number; t1: number }>((resolve) =>
    setTimeout(async () => {
      const t0 = performance.now();
      const result = await operation();
      const t1 = performance.now();
      resolve({ result, t0, t1 });
    }, 0),
  );
  await settle();
  const end = performance.now();
  // Long-task entries are delivered asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { result: run.result, ms: run.t1 - run.t0, ...longestIn(run.t0, end), renderMs: end - run.t1 };
}

// ---------------------------------------------------------------------------------------------
// The lower bound: one TreeWalker pass, the same pattern, no DOM change

function acceptText(node: Node): number {
  if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
  return (node as Element).matches(EXCLUDE_ELEMENT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
}

/** Counts the accepted matches of `matcher` in the text nodes under `root` that Briefmark may highlight. */
function scan(root: Node, matcher: CompiledMatcher, textNodes = textNodesUnder(root)): { matches: number; textNodes: number } {
  const pattern = matcher.pattern;
  let matches = 0;
  if (!pattern) return { matches, textNodes: textNodes.length };
  for (const node of textNodes) {
    const data = node.data;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(data)) !== null) {
      if (matcher.topicOf(match[0]) !== null) matches++;
    }
  }
  return { matches, textNodes: textNodes.length };
}

function textNodesUnder(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, acceptText);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The pass over the page with a fresh copy of the pattern, first run minus a second run. */
function coldCompileCost(matcher: CompiledMatcher): number {
  if (!matcher.pattern) return 0;
  const fresh: CompiledMatcher = { ...matcher, pattern: new RegExp(`${matcher.pattern.source}|\\u{10FFFF}${Math.random().toString(36).slice(2)}`, matcher.pattern.flags) };
  const textNodes = textNodesUnder(document.body);
  const run = () => {
    const t0 = performance.now();
    scan(document.body, fresh, textNodes);
    return performance.now() - t0;
  };
  const cold = run();
  return Math.max(0, cold - run());
}

export type DiagnosticKind = 'steps' | 'regexOnly' | 'walkOnly';

// ---------------------------------------------------------------------------------------------
// State of the page between calls

let withContext: Set<string> | null = null;
/** The topics turned off by `toggleOff`: the LivePage leaves them out from then on. */
let disabledNow = new Set<string>();
const contextOfPage = () => (withContext ??= topicsWithContext(pack.topics, document.body.textContent ?? ''));

function topicWithMostMarks(): string {
  const counts = Object.entries(countMentions(document.body)).sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? pack.topics[0]!.id;
}

function appendSection(html: string): HTMLElement {
  const section = document.createElement('section');
  section.dataset.benchAppended = '';
  section.innerHTML = html;
  (document.getElementById('article') ?? document.body).append(section);
  return section;
}

/**
 * Briefmark's own time in a sliced pass: its slices added up, without the page's turns (and
 * frames) between them. `resumedAt` is set when a pass starts and each time the page gives the
 * main thread back.
 */
const slices = { workMs: 0, resumedAt: 0 };
async function timedYield(): Promise<void> {
  slices.workMs += performance.now() - slices.resumedAt;
  await yieldToPage();
  slices.resumedAt = performance.now();
}

/** The content script's LivePage; its timers are timed (a mutation flush runs in one). */
let live: LivePage | null = null;
const timerRuns: { start: number; ms: number }[] = [];
function livePage(): LivePage {
  return (live ??= new LivePage(document, {
    model: (disabled) => loadModel(disabled),
    attributes,
    setTimeout: (handler, ms) =>
      window.setTimeout(() => {
        const start = performance.now();
        slices.resumedAt = start;
        handler();
        timerRuns.push({ start, ms: performance.now() - start });
      }, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    yieldToPage: timedYield,
  }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// The API

const api = {
  /** The compiled model (base64) the LivePage loads from now on. */
  useModel(base64: string) {
    modelBase64 = base64;
    live = null;
  },

  longTasksSupported: () => longTasksSupported,
  longFramesSupported: () => longFramesSupported,

  /**
   * The page's own price of a frame after a one-word change, with no Briefmark on it: a `<b>`
   * appended to its middle paragraph in an animation frame, timed until the task after that
   * frame's style, layout and paint. The floor under any frame that follows a change. Median of 3.
   */
  async frameFloor() {
    const paragraphs = document.body.getElementsByTagName('p');
    const host = paragraphs[paragraphs.length >> 1] ?? document.body;
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      await settle();
      times.push(
        await new Promise<number>((resolve) =>
          requestAnimationFrame(async () => {
            const word = host.appendChild(document.createElement('b'));
            word.textContent = 'x';
            const t0 = performance.now();
            // The task after this frame's rendering.
            await yieldToPage();
            resolve(performance.now() - t0);
            word.remove();
          }),
        ),
      );
    }
    return times.sort((x, y) => x - y)[1]!;
  },

  /** Size of what the page gives the highlighter. */
  pageInfo() {
    const text = document.body.textContent ?? '';
    return {
      textChars: text.length,
      elements: document.body.getElementsByTagName('*').length,
      textNodes: textNodesUnder(document.body).length,
    };
  },

  /**
   * (a) What the content script does at load: the model's decode and `LivePage.start`, timed until `idle()` resolves
   * (its full pass runs in slices that yield to the page); `workMs`: its slices alone.
   */
  async briefmark() {
    const run = await inTask(async function briefmarkRun() {
      const page = livePage();
      slices.workMs = 0;
      slices.resumedAt = performance.now();
      // As the content script: the model decoded ahead, in slices, then the page read.
      await decodeMatchingModelAhead(modelBase64, { yieldNow: timedYield, now: () => performance.now() });
      page.start(new Set());
      await page.idle();
      slices.workMs += performance.now() - slices.resumedAt;
    });
    return { ...run, result: { marks: document.querySelectorAll(MENTION_SELECTOR).length, workMs: slices.workMs } };
  },

  /**
   * (b) The naive baseline: one mark.js `mark()` call per alias of the same enabled rules (longest
   * first, like the alternation), with the same exclusions and whole-word matching.
   */
  naive(budgetMs = Infinity) {
    const context = contextOfPage();
    const rules = pack.topics
      .flatMap((topic) => activeRules(topic, { withContext: context }).map((rule) => ({ topic: topic.id, rule })))
      .sort((a, b) => b.rule.text.length - a.rule.text.length);
    return inTask(() => {
      const started = performance.now();
      let marks = 0;
      let aliasesRun = 0;
      for (const { topic, rule } of rules) {
        // One walk per alias costs about the same for every alias: past the budget, the caller
        // extrapolates from the aliases run.
        if (performance.now() - started > budgetMs) break;
        aliasesRun++;
        new Mark(document.body).mark(rule.text, {
          element: 'mark',
          className: 'briefmark',
          exclude: [EXCLUDE_PER_TEXT_NODE],
          separateWordSearch: false,
          caseSensitive: rule.caseSensitive,
          diacritics: false,
          accuracy: {
            value: 'exactly',
            limiters: [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '[', ']', '’', '“', '”', '«', '»', '—', '–', '/'],
          },
          each(element) {
            const mark = element as HTMLElement;
            mark.removeAttribute('data-markjs');
            mark.dataset.topic = topic;
            const color = colors.get(topic);
            if (color) mark.style.setProperty('--briefmark-category', color);
            mark.tabIndex = 0;
            marks++;
          },
        });
      }
      return { marks, aliases: rules.length, aliasesRun };
    });
  },

  /**
   * (c) The lower bound: one TreeWalker pass running the same compiled pattern, no DOM change.
   * `coldCompileMs`, untimed in (c): what the same pass costs more with a pattern V8 has not
   * compiled yet (a fresh copy), as on a page load in a new renderer.
   */
  async lowerBound() {
    const matcher = compileMatcher(pack, { disabled: new Set(), withContext: contextOfPage() });
    const timed = await inTask(() => scan(document.body, matcher));
    return { ...timed, coldCompileMs: coldCompileCost(matcher) };
  },

  /**
   * A topic toggled off, as the reader does it: `LivePage.setDisabled` (unhighlight the topic, then
   * highlight again without it). Run after `briefmark()`. Default: the topic with the most marks.
   */
  toggleOff(topicId?: string) {
    const topic = topicId ?? topicWithMostMarks();
    const before = document.querySelectorAll(MENTION_SELECTOR).length;
    disabledNow = new Set([topic]);
    return inTask(async () => {
      const page = livePage();
      page.setDisabled(disabledNow);
      await page.idle();
      return { topic, removed: before - document.querySelectorAll(MENTION_SELECTOR).length };
    });
  },

  /**
   * Paragraphs appended after load (run after `briefmark()`): from LivePage's mutation flush until
   * its queued pass is done, against the lower bound over the appended part alone. `contextGrew`: the
   * added text brought a topic's context the page lacked, so LivePage re-walks the whole page.
   */
  async appended(html: string) {
    await settle();
    const before = timerRuns.length;
    const initialContext = contextOfPage();
    const section = appendSection(html);
    // The page lays out its new content now, so the flush is not charged for it.
    void document.body.offsetHeight;
    const added = topicsWithContext(pack.topics, section.textContent ?? '');
    const context = new Set([...initialContext, ...added]);
    const matcher = compileMatcher(pack, { disabled: disabledNow, withContext: context });
    const t0 = performance.now();
    const lower = scan(section, matcher);
    const lowerMs = performance.now() - t0;
    const deadline = performance.now() + 5_000;
    slices.workMs = 0;
    while (timerRuns.length === before && performance.now() < deadline) await sleep(1);
    // The flush queues a sliced pass: done when the LivePage is idle.
    await livePage().idle();
    const done = performance.now();
    const workMs = slices.workMs + done - slices.resumedAt;
    await settle();
    await sleep(20);
    const flush = timerRuns[before];
    return {
      flushed: !!flush,
      flushMs: flush ? done - flush.start : NaN,
      /** The flush's slices alone, without the page's turns and frames between them. */
      slicesMs: flush ? workMs : NaN,
      lowerMs,
      lowerMatches: lower.matches,
      marksInSection: section.querySelectorAll(MENTION_SELECTOR).length,
      contextGrew: [...added].some((id) => !initialContext.has(id)),
      ...(flush ? longestIn(flush.start, done + 1) : { longestTaskMs: 0, longestFrameMs: 0 }),
    };
  },

  /**
   * Where the time goes, without LivePage; the runner calls each on its own fresh load, as (a):
   * - steps: the work of (a) replayed one by one without slicing: the whole body's text read and
   *   its context probe (LivePage now probes only the scanned text, and only when something
   *   matched), the model loaded from its base64, the synchronous `highlight(body)` (scan, then mark.js on the matching
   *   elements); then a whole-body unhighlight of the topic with the most marks and a whole-body
   *   highlight again (LivePage's toggle touches only the affected elements);
   * - regexOnly: the pattern over the text nodes' strings, collected beforehand;
   * - walkOnly: the lower bound's TreeWalker alone.
   */
  async diagnostic(kind: DiagnosticKind): Promise<Record<string, number>> {
    const matcher = compileMatcher(pack, { disabled: new Set(), withContext: contextOfPage() });
    const pattern = matcher.pattern;
    switch (kind) {
      case 'steps': {
        const run = await inTask(() => {
          const t0 = performance.now();
          const text = document.body.textContent ?? '';
          const t1 = performance.now();
          const context = topicsWithContext(pack.topics, text);
          const t2 = performance.now();
          // The model reads context in each run; the page-wide probe above is kept as a measure of its cost.
          void context;
          const model = loadModel();
          const t3 = performance.now();
          highlight(document.body, model, attributes);
          const t4 = performance.now();
          const disabled = new Set([topicWithMostMarks()]);
          const t5 = performance.now();
          unhighlight(document.body, disabled);
          const t6 = performance.now();
          highlight(document.body, loadModel(disabled), attributes);
          const t7 = performance.now();
          return {
            textReadMs: t1 - t0,
            contextMs: t2 - t1,
            modelLoadMs: t3 - t2,
            highlightMs: t4 - t3,
            unhighlightMs: t6 - t5,
            rehighlightMs: t7 - t6,
          };
        });
        return run.result;
      }
      case 'regexOnly': {
        const strings = textNodesUnder(document.body).map((node) => node.data);
        const run = await inTask(() => {
          if (!pattern) return;
          for (const data of strings) {
            pattern.lastIndex = 0;
            while (pattern.exec(data) !== null);
          }
        });
        return { regexOnlyMs: run.ms };
      }
      case 'walkOnly':
        return { walkOnlyMs: (await inTask(() => void textNodesUnder(document.body))).ms };
    }
  },

  /**
   * Untimed facts: the cost of compiling the pattern cold (first run of a fresh copy minus a warm
   * run; V8 caches compiled patterns by source, so repeated loads hide it).
   */
  counts() {
    const matcher = compileMatcher(pack, { disabled: new Set(), withContext: contextOfPage() });
    return { coldRegexMs: coldCompileCost(matcher), patternChars: matcher.pattern?.source.length ?? 0 };
  },
};

export type BenchApi = typeof api;
(window as unknown as { __bench: BenchApi }).__bench = api;
