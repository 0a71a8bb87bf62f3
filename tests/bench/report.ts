/** The benchmark's result shape and its markdown report, with the issue's targets checked. */
import type { BenchApi } from './harness';

type Result<K extends keyof BenchApi> = Awaited<ReturnType<BenchApi[K]>>;
type DiagnosticTime =
  | 'textReadMs'
  | 'contextMs'
  | 'modelLoadMs'
  | 'highlightMs'
  | 'unhighlightMs'
  | 'rehighlightMs'
  | 'regexOnlyMs'
  | 'walkOnlyMs';

export interface ProfileEntry {
  fn: string;
  ms: number;
  share: number;
}

export interface PageResult {
  name: string;
  group: 'generated' | 'readability';
  htmlBytes: number;
  info: Result<'pageInfo'>;
  reps: number;
  naiveReps: number;
  /** Medians over `reps` fresh loads. */
  a: Result<'briefmark'>;
  /** `ms` is extrapolated to all aliases when the run stopped at its time budget (`measuredMs` is what ran). */
  b?: Result<'naive'> & { measuredMs: number; extrapolated: boolean };
  c: Result<'lowerBound'>;
  toggle: Result<'toggleOff'>;
  appended?: Result<'appended'>;
  /** Medians of the diagnostics (see `diagnostic` in harness.ts), with the untimed counts. */
  diagnostics?: Record<DiagnosticTime, number> & Result<'counts'>;
  profile?: ProfileEntry[];
  /**
   * `slicesOverC`: (a)'s slices alone over (c), without the page's turns and frames between them;
   * `aOverColdC`: (a) over (c) with its pattern's cold compile, as a page load in a new renderer pays it.
   */
  ratios: { aOverC: number; slicesOverC: number; aOverColdC: number; bOverA?: number; appendedOverLower?: number; appendedSlicesOverLower?: number };
  /** Briefmark's longest script task (over 50 ms; 0 when none) in (a), toggle and appended. */
  longestTaskMs: number;
  /** The longest frame (rendering task over 50 ms) after Briefmark's changes in those. */
  longestFrameMs: number;
  /** The page's own frame after a one-word change: what any change costs it to render. */
  frameFloorMs: number;
  marksAgree: boolean;
  seconds: number;
}

/** Issue 15: a library of the bundled pack plus `names` generated names. */
export interface LibraryResult {
  names: number;
  /** compileMatchingBytes in Node, as the background's compileLibrary runs it. */
  compileMs: number;
  storedBytes: number;
  /** What storage holds (`local:compiledLibrary`) and the content script decodes. */
  base64Chars: number;
  pages: {
    name: string;
    /** (a) with the bundled pack's model and with the library's, medians of alternating fresh loads. */
    builtinMs: number;
    libraryMs: number;
    addedMs: number;
    overBuiltin: number;
    /** The library run's slices alone, and a bare text walk of the page (no model). */
    workMs: number;
    walkMs: number;
    workOverWalk: number;
    /** Longest script task over 50 ms (0: none) in the library's run, and in the bundled pack's. */
    longestTaskMs: number;
    builtinLongestTaskMs: number;
    marks: number;
    builtinMarks: number;
  }[];
}

export interface BenchResult {
  date: string;
  quick: boolean;
  chromium: string;
  longTasksSupported: boolean;
  longFramesSupported: boolean;
  appendedParagraphs: number;
  bundle: { file: string; missing?: boolean; rawBytes?: number; gzipBytes?: number };
  readabilityDir: string | null;
  pages: PageResult[];
  libraries?: LibraryResult[];
  seconds: number;
}

const ms = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(0));
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
const yes = (holds: boolean | undefined) => (holds === undefined ? 'not measured' : holds ? '**holds**' : '**does not hold**');

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function renderReport(result: BenchResult): string {
  const { pages } = result;
  const shown = pages.filter((page) => page.group === 'generated' || page.diagnostics);
  const readability = pages.filter((page) => page.group === 'readability');
  const largest = pages.reduce<PageResult | undefined>((max, page) => (!max || page.htmlBytes > max.htmlBytes ? page : max), undefined);
  const medianPage = readability.find((page) => page.name.includes('(median size)')) ?? pages.find((page) => page.name.includes('no mentions'));
  const noMentions = pages.find((page) => page.name.includes('no mentions'));
  const withNaive = pages.filter((page) => page.b);
  const withAppended = pages.filter((page) => page.appended);
  const worstTask = pages.reduce<PageResult | undefined>((max, page) => (!max || page.longestTaskMs > max.longestTaskMs ? page : max), undefined);
  const worstSync = pages.reduce<PageResult | undefined>((max, page) => (!max || page.a.ms > max.a.ms ? page : max), undefined);
  const emptyReal = readability.filter((page) => page.a.result.marks === 0);
  const out: string[] = [];

  out.push(`# Briefmark benchmark, ${result.date}${result.quick ? ' (quick run: fewer repeats and pages)' : ''}`);
  out.push('');
  out.push(
    `Headless Chromium (${result.chromium}), ${pages.length} pages, ${result.seconds.toFixed(0)} s in all. ` +
      `Times are medians over fresh loads, in ms; ratios are from the same run and browser. ` +
      `Long Tasks API: ${result.longTasksSupported ? 'supported' : 'not supported (longest task = synchronous duration)'}; ` +
      `Long Animation Frames API: ${result.longFramesSupported ? 'supported' : 'not supported (rendering tasks count as script)'}.`,
  );
  out.push('');
  const bundle = result.bundle;
  out.push(
    bundle.missing
      ? `Content script bundle: ${bundle.file} is not built (run \`npm run build\`).`
      : `Content script bundle: ${bundle.file}: ${size(bundle.rawBytes!)} raw, ${size(bundle.gzipBytes!)} gzip.`,
  );
  out.push('');
  out.push('## Pages');
  out.push('');
  out.push(
    '(a) Briefmark at load: the content script\'s `LivePage.start`, until `idle()` (its full pass runs in slices that yield to the page); ' +
      '(b) one mark.js `mark()` per alias; (c) one TreeWalker pass with the same pattern, no DOM change (V8 keeps a compiled pattern by its source, so after the first load (c) pays no compile; the column beside a/c adds the cost of a pattern V8 has not seen). ' +
      'Toggle off: `LivePage.setDisabled` with the topic with the most marks (unwrap its marks, highlight their parents again). ' +
      `Appended: ${result.appendedParagraphs.toLocaleString('en')} paragraphs added after load; LivePage\'s mutation flush ` +
      'vs the lower bound over the appended part alone (“context grew”: the added text brought a topic\'s context, so the whole page is walked again). ' +
      'Longest task: Briefmark\'s longest script task over 50 ms in any of these and the frames after them (0: none). ' +
      'Longest frame: the longest rendering task over 50 ms there (the browser\'s style, layout and paint of the changes), ' +
      'next to the page\'s own frame after a one-word change with no Briefmark on it: what any change costs that page to render.',
  );
  out.push('');
  out.push(
    table(
      ['page', 'HTML', 'body text', 'text nodes', 'marks', '(a)', '(a) slices', '(b)', '(c)', 'a/c', 'slices / c', 'a / (c + its cold compile)', 'highlight step / c', 'b/a', 'longest task: (a) / toggle / appended', 'longest frame / one-word frame', 'toggle off', 'appended: flush / lower bound', 'appended marks (c)'],
      shown.map((page) => [
        page.name,
        size(page.htmlBytes),
        size(page.info.textChars),
        page.info.textNodes.toLocaleString('en'),
        page.a.result.marks.toLocaleString('en') + (page.marksAgree ? '' : ` (c: ${page.c.result.matches})`),
        ms(page.a.ms),
        ms(page.a.result.workMs),
        !page.b
          ? '–'
          : page.b.extrapolated
            ? `${ms(page.b.ms)} (extrapolated: ${ms(page.b.measuredMs)} for ${page.b.result.aliasesRun} of ${page.b.result.aliases} aliases)`
            : `${ms(page.b.ms)} (${page.b.result.marks.toLocaleString('en')} marks)`,
        ms(page.c.ms),
        ratio(page.ratios.aOverC),
        ratio(page.ratios.slicesOverC),
        `${ratio(page.ratios.aOverColdC)} (compile ${ms(page.c.coldCompileMs)})`,
        ratio(page.diagnostics ? page.diagnostics.highlightMs / page.c.ms : undefined),
        ratio(page.ratios.bOverA),
        `${ms(page.a.longestTaskMs)} / ${ms(page.toggle.longestTaskMs)} / ${ms(page.appended?.longestTaskMs)}`,
        `${ms(page.longestFrameMs)} / ${ms(page.frameFloorMs)}`,
        `${ms(page.toggle.ms)} (${page.toggle.result.removed.toLocaleString('en')} marks off)`,
        page.appended
          ? `${ms(page.appended.flushMs)} / ${ms(page.appended.lowerMs)} (${ratio(page.ratios.appendedOverLower)}×; slices ${ratio(page.ratios.appendedSlicesOverLower)}×)` +
            (page.appended.contextGrew ? ', context grew' : '') +
            (page.appended.flushed ? '' : ', NO FLUSH SEEN')
          : '–',
        page.appended ? `${page.appended.marksInSection} (${page.appended.lowerMatches})` : '–',
      ]),
    ),
  );
  out.push('');

  out.push('## Aggregates');
  out.push('');
  if (readability.length) {
    const ac = readability.map((page) => page.ratios.aOverC);
    out.push(
      `- Real pages (${result.readabilityDir}): ${readability.length}. a/c median ${ratio(median(ac))} ` +
        `(slices / c median ${ratio(median(readability.map((page) => page.ratios.slicesOverC)))}; ` +
        `a / (c + its cold compile) median ${ratio(median(readability.map((page) => page.ratios.aOverColdC)))}) ` +
        `(min ${ratio(Math.min(...ac))}, max ${ratio(Math.max(...ac))}); (a) median ${ms(median(readability.map((page) => page.a.ms)))} ms, ` +
        `max ${ms(Math.max(...readability.map((page) => page.a.ms)))} ms; ` +
        `${readability.filter((page) => page.a.result.marks > 0).length} pages with marks.`,
    );
    if (emptyReal.length) {
      const times = emptyReal.map((page) => page.a.ms);
      out.push(
        `- Real pages with no mention: ${emptyReal.length}; (a) median ${ms(median(times))} ms, max ${ms(Math.max(...times))} ms; ` +
          `${times.filter((time) => time < 2).length} under 2 ms.`,
      );
    }
  } else {
    out.push('- Real pages: none measured (../shared/pages/readability is absent, or BENCH_ONLY left them out).');
  }
  if (worstTask) out.push(`- Longest Briefmark task on any page: ${ms(worstTask.longestTaskMs)} ms (${worstTask.name}).`);
  const longFrames = pages.filter((page) => page.longestFrameMs > 0);
  out.push(
    longFrames.length
      ? `- Frames over 50 ms after Briefmark's changes: ${longFrames
          .map((page) => `${page.name}: ${ms(page.longestFrameMs)} ms (a one-word change: ${ms(page.frameFloorMs)} ms)`)
          .join('; ')}.`
      : '- No frame over 50 ms after Briefmark\'s changes on any page.',
  );
  if (worstSync) out.push(`- Longest (a): ${ms(worstSync.a.ms)} ms (${worstSync.name}).`);
  const disagree = pages.filter((page) => !page.marksAgree);
  out.push(
    disagree.length
      ? `- Marks of (a) differ from the matches of (c) on: ${disagree.map((page) => `${page.name} (${page.a.result.marks} vs ${page.c.result.matches})`).join('; ')}.`
      : '- Marks of (a) equal the matches counted by (c) on every page.',
  );
  out.push('');

  out.push('## Targets');
  out.push('');
  const bigPage = largest;
  const medianRealAc = median(readability.map((page) => page.ratios.aOverC));
  const minBa = withNaive.length ? Math.min(...withNaive.map((page) => page.ratios.bOverA!)) : undefined;
  const maxAppended = withAppended.length ? Math.max(...withAppended.map((page) => page.ratios.appendedOverLower!)) : undefined;
  out.push(
    table(
      ['target', 'measured', 'verdict'],
      [
        [
          'a/c ≤ 1.3 on the median page (the median of a/c over the real pages; the median-size page beside it)',
          [
            readability.length ? `median over ${readability.length} real pages ${ratio(medianRealAc)}` : '',
            medianPage ? `${ratio(medianPage.ratios.aOverC)}; slices / c ${ratio(medianPage.ratios.slicesOverC)} (${medianPage.name})` : '',
          ]
            .filter(Boolean)
            .join('; ') || '–',
          yes(readability.length ? medianRealAc <= 1.3 : medianPage ? medianPage.ratios.aOverC <= 1.3 : undefined),
        ],
        [
          'a/c ≤ 1.3 on the largest page',
          bigPage ? `${ratio(bigPage.ratios.aOverC)}; slices / c ${ratio(bigPage.ratios.slicesOverC)} (${bigPage.name})` : '–',
          yes(bigPage ? bigPage.ratios.aOverC <= 1.3 : undefined),
        ],
        [
          'b/a ≥ 30 with the full pack',
          withNaive.map((page) => `${ratio(page.ratios.bOverA)} (${page.name})`).join('; ') || '–',
          yes(minBa === undefined ? undefined : minBa >= 30),
        ],
        [
          'no Briefmark task over 50 ms on any page',
          worstTask ? `${ms(worstTask.longestTaskMs)} ms (${worstTask.name}); pages over 50 ms: ${pages.filter((page) => page.longestTaskMs > 50).length}/${pages.length}` : '–',
          yes(worstTask ? worstTask.longestTaskMs <= 50 : undefined),
        ],
        [
          'appended content ≤ 1.5× a lower-bound pass over it',
          withAppended
            .map((page) => `${ratio(page.ratios.appendedOverLower)}×, slices ${ratio(page.ratios.appendedSlicesOverLower)}× (${page.name})`)
            .join('; ') || '–',
          yes(maxAppended === undefined ? undefined : maxAppended <= 1.5),
        ],
        [
          'a page with no mentions costs under 2 ms',
          [
            noMentions ? `${ms(noMentions.a.ms)} ms, slices ${ms(noMentions.a.result.workMs)} ms (${noMentions.name})` : '',
            emptyReal.length
              ? `real pages with no mention: median ${ms(median(emptyReal.map((page) => page.a.ms)))} ms, ${emptyReal.filter((page) => page.a.ms < 2).length}/${emptyReal.length} under 2 ms`
              : '',
          ]
            .filter(Boolean)
            .join('; ') || '–',
          yes(noMentions ? noMentions.a.ms < 2 : undefined),
        ],
        [
          'content script size reported',
          bundle.missing ? 'not built' : `${size(bundle.rawBytes!)} raw, ${size(bundle.gzipBytes!)} gzip`,
          bundle.missing ? 'not measured' : 'reported',
        ],
      ],
    ),
  );
  out.push('');

  out.push('## Where the time goes');
  out.push('');
  out.push(
    'Medians of diagnostic runs, each on its own fresh load: (a)\'s work replayed step by step without slicing (the ' +
      'whole body\'s text read and context probe, the model loaded from its base64 (as the content script does), synchronous `highlight(body)`) and a whole-body toggle ' +
      '(unhighlight, highlight again); a cold compile of the pattern (V8 caches ' +
      'it by source, so repeated loads hide it); the regex alone over the text nodes\' strings; the lower bound\'s walk ' +
      'alone; the style and layout work after (a) (until two frames).',
  );
  out.push('');
  out.push(
    table(
      ['page', 'text read', 'context', 'model load', 'highlight', 'unhighlight', 'rehighlight', 'regex compile (cold)', 'pattern chars', 'regex only', 'walk only', 'render after (a)'],
      shown.map((page) => {
        const d = page.diagnostics;
        return [
          page.name,
          ms(d?.textReadMs),
          ms(d?.contextMs),
          ms(d?.modelLoadMs),
          ms(d?.highlightMs),
          ms(d?.unhighlightMs),
          ms(d?.rehighlightMs),
          ms(d?.coldRegexMs),
          d ? d.patternChars.toLocaleString('en') : '–',
          ms(d?.regexOnlyMs),
          ms(d?.walkOnlyMs),
          ms(page.a.renderMs),
        ];
      }),
    ),
  );
  out.push('');
  const profiled = pages.filter((page) => page.profile?.length);
  if (profiled.length) {
    out.push('### CPU profile of one (a) run (`LivePage.start` until idle): self time, idle and unattributed native time left out');
    out.push('');
    for (const page of profiled) {
      const name = (fn: string) => (fn.startsWith('RegExp: ') ? 'RegExp (a pattern)' : fn);
      const top = page.profile!.slice(0, 8).map((entry) => `${name(entry.fn)} ${(entry.share * 100).toFixed(0)}%`);
      out.push(`- ${page.name}: ${top.join(', ')}`);
    }
    out.push('');
  }
  if (result.libraries?.length) out.push(...renderLibraries(result.libraries));
  return out.join('\n');
}

function renderLibraries(libraries: LibraryResult[]): string[] {
  const out: string[] = [];
  out.push('## Libraries of any size (issue 15)');
  out.push('');
  out.push(
    'The bundled pack plus generated names (tests/bench/library.ts), compiled in Node as the background does; each page ' +
      'loaded alternately with the bundled model and the library\'s, (a) until idle (the model decoded from its base64 in the ' +
      'first slice that needs it, as the content script does), medians. Slices / walk: the library run\'s slices against a bare ' +
      'TreeWalker pass over the page\'s text (no model).',
  );
  out.push('');
  out.push(
    table(
      ['names', 'compile', 'stored', 'page', '(a) bundled pack', '(a) library', 'added', 'library / bundled', 'slices / walk', 'longest task (library / bundled)', 'marks'],
      libraries.flatMap((library) =>
        library.pages.map((page) => [
          library.names.toLocaleString('en'),
          `${ms(library.compileMs)} ms`,
          `${size(library.storedBytes)} (${size(library.base64Chars)} base64)`,
          page.name,
          ms(page.builtinMs),
          ms(page.libraryMs),
          ms(page.addedMs),
          ratio(page.overBuiltin),
          ratio(page.workOverWalk),
          `${ms(page.longestTaskMs)} / ${ms(page.builtinLongestTaskMs)}`,
          page.marks === page.builtinMarks ? page.marks.toLocaleString('en') : `${page.marks} (bundled: ${page.builtinMarks})`,
        ]),
      ),
    ),
  );
  out.push('');
  const at = (names: number) => libraries.find((library) => library.names === names);
  const ten = at(10_000);
  const worstTen = ten && Math.max(...ten.pages.map((page) => page.overBuiltin));
  const worstTask = Math.max(0, ...libraries.flatMap((library) => library.pages.map((page) => page.longestTaskMs)));
  const largest = libraries[libraries.length - 1]!;
  out.push(
    table(
      ['target', 'measured', 'result'],
      [
        ['10,000 names: every page within 1.3× the bundled pack', worstTen === undefined ? '–' : `worst ${ratio(worstTen)}×`, yes(worstTen === undefined ? undefined : worstTen <= 1.3)],
        [
          `${largest.names.toLocaleString('en')} names work`,
          `${largest.pages.length} pages measured, marks ${largest.pages.every((page) => page.marks === page.builtinMarks) ? 'as with the bundled pack' : 'differ'}`,
          yes(largest.pages.length > 0 && largest.pages.every((page) => page.marks === page.builtinMarks)),
        ],
        ['no task over 50 ms at any size', `${ms(worstTask)} ms`, yes(worstTask <= 50)],
      ],
    ),
  );
  out.push('');
  return out;
}
