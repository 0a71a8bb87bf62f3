/**
 * The decision step on phrases written for it: local context, vetoes,
 * written years and the page date. Candidates and evidence are placed by
 * searching the run for their text, as the model would find them.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_WINDOW_CHARS, decide, yearRulesOut, type Candidate, type Hit, type TopicTimes } from '../../data/matching/decide';

/** The `nth` occurrence of `text` in `run` as a span of `topicId`. */
function at(run: string, text: string, topicId: string, nth = 0): Hit {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = run.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (#${nth}) is not in the run`);
  }
  return { start: index, end: index + text.length, topicId };
}
const ambiguous = (run: string, text: string, topicId: string, nth = 0): Candidate => ({ ...at(run, text, topicId, nth), ambiguous: true });
const plain = (run: string, text: string, topicId: string, nth = 0): Candidate => ({ ...at(run, text, topicId, nth), ambiguous: false });
const texts = (run: string, hits: Hit[]) => hits.map((hit) => `${hit.topicId}:${run.slice(hit.start, hit.end)}`);

const TIMES: TopicTimes = { talks: { from: '2025-05-16' }, plan: { from: '2025-11-19' } };

describe('decide: local context', () => {
  it('keeps an ambiguous form with a context term of its topic in its sentence', () => {
    const run = 'Delegations met in Istanbul on Friday, and Medinsky led the Russian side.';
    const hits = decide(run, [ambiguous(run, 'Istanbul', 'talks')], { context: [at(run, 'Medinsky', 'talks')], veto: [] }, {}, TIMES);
    expect(texts(run, hits)).toEqual(['talks:Istanbul']);
  });

  it('drops it without context, and with another topic’s context', () => {
    const run = 'Tourists crowded Istanbul this summer. Medinsky was mentioned.';
    const candidates = [ambiguous(run, 'Istanbul', 'talks')];
    expect(decide(run, candidates, { context: [], veto: [] }, {}, TIMES)).toEqual([]);
    expect(decide(run, candidates, { context: [at(run, 'Medinsky', 'other')], veto: [] }, {}, TIMES)).toEqual([]);
  });

  it('counts context in the next sentence only within the window', () => {
    const filler = 'x'.repeat(CONTEXT_WINDOW_CHARS + 20);
    const close = 'They met in Istanbul. Medinsky spoke.';
    const far = `They met in Istanbul. ${filler}. Medinsky spoke.`;
    for (const [run, expected] of [
      [close, ['talks:Istanbul']],
      [far, []],
    ] as const) {
      const hits = decide(run, [ambiguous(run, 'Istanbul', 'talks')], { context: [at(run, 'Medinsky', 'talks')], veto: [] }, {}, TIMES);
      expect(texts(run, hits)).toEqual(expected);
    }
  });

  it('counts context anywhere in a long sentence', () => {
    const run = `Medinsky, ${'and others '.repeat(30)}went to Istanbul.`;
    const hits = decide(run, [ambiguous(run, 'Istanbul', 'talks')], { context: [at(run, 'Medinsky', 'talks')], veto: [] }, {}, TIMES);
    expect(texts(run, hits)).toEqual(['talks:Istanbul']);
  });

  it('does not end a sentence at "U.S." before a lower-case word', () => {
    const run = `Medinsky said U.S. ${'officials '.repeat(20)}were in Istanbul.`;
    const hits = decide(run, [ambiguous(run, 'Istanbul', 'talks')], { context: [at(run, 'Medinsky', 'talks')], veto: [] }, {}, TIMES);
    expect(texts(run, hits)).toEqual(['talks:Istanbul']);
  });

  it('ends sentences at CJK full stops with no space after them', () => {
    const filler = '天'.repeat(CONTEXT_WINDOW_CHARS + 5);
    const run = `代表团在伊斯坦布尔。${filler}。梅京斯基发言。`;
    const hits = decide(run, [ambiguous(run, '伊斯坦布尔', 'talks')], { context: [at(run, '梅京斯基', 'talks')], veto: [] }, {}, TIMES);
    expect(hits).toEqual([]);
  });

  it('takes an unambiguous mention of the same topic as context', () => {
    const run = 'The tanker Bella 1, renamed Marinera, was seized.';
    const hits = decide(run, [plain(run, 'Bella 1', 'bella'), ambiguous(run, 'Marinera', 'bella')], { context: [], veto: [] }, {}, {});
    expect(texts(run, hits)).toEqual(['bella:Bella 1', 'bella:Marinera']);
  });

  it('does not let a context term inside the ambiguous form vouch for it', () => {
    const run = 'A new hypersonic missile was shown.';
    const hits = decide(run, [ambiguous(run, 'hypersonic missile', 'strikes')], { context: [at(run, 'missile', 'strikes')], veto: [] }, {}, {});
    expect(hits).toEqual([]);
  });

  it('keeps unambiguous mentions without any context', () => {
    const run = 'Nothing else here but the Oreshnik.';
    expect(texts(run, decide(run, [plain(run, 'Oreshnik', 'strikes')], { context: [], veto: [] }, {}, {}))).toEqual(['strikes:Oreshnik']);
  });
});

describe('decide: vetoes', () => {
  it('rules out an ambiguous form with a veto term near it, context or not', () => {
    const run = 'Witkoff pressed Hamas to accept the 20-point plan.';
    const candidates = [ambiguous(run, '20-point plan', 'plan')];
    const evidence = { context: [at(run, 'Witkoff', 'plan')], veto: [at(run, 'Hamas', 'plan')] };
    expect(decide(run, candidates, evidence, {}, TIMES)).toEqual([]);
  });

  it('lets a veto of another topic, or a far one, be', () => {
    const filler = 'y'.repeat(CONTEXT_WINDOW_CHARS + 10);
    const run = `Hamas was named. ${filler}. Witkoff discussed the 20-point plan in Miami.`;
    const candidates = [ambiguous(run, '20-point plan', 'plan')];
    const evidence = { context: [at(run, 'Witkoff', 'plan')], veto: [at(run, 'Hamas', 'plan')] };
    expect(texts(run, decide(run, candidates, evidence, {}, TIMES))).toEqual(['plan:20-point plan']);
    const other = { context: [at(run, 'Witkoff', 'plan')], veto: [at(run, 'Hamas', 'gaza')] };
    expect(texts(run, decide(run, candidates, other, {}, TIMES))).toEqual(['plan:20-point plan']);
  });

  it('vetoes from inside the form too (a near-rule span holding the veto word)', () => {
    const run = 'Witkoff spoke of the 20-point plan for Gaza.';
    const candidates = [ambiguous(run, '20-point plan for Gaza', 'plan')];
    expect(decide(run, candidates, { context: [at(run, 'Witkoff', 'plan')], veto: [at(run, 'Gaza', 'plan')] }, {}, TIMES)).toEqual([]);
  });

  it('never vetoes an unambiguous mention', () => {
    const run = 'Unlike the Gaza plan, the Witkoff–Dmitriev plan covers Ukraine.';
    const hits = decide(run, [plain(run, 'Witkoff–Dmitriev plan', 'plan')], { context: [], veto: [at(run, 'Gaza', 'plan')] }, {}, TIMES);
    expect(texts(run, hits)).toEqual(['plan:Witkoff–Dmitriev plan']);
  });
});

describe('decide: dates', () => {
  const run = 'In March the delegations met in Istanbul, Medinsky at their head.';
  const candidates = [ambiguous(run, 'Istanbul', 'talks')];
  const evidence = { context: [at(run, 'Medinsky', 'talks')], veto: [] };

  it('rules a topic out on a page dated before its event, every form', () => {
    expect(decide(run, [...candidates, plain(run, 'delegations', 'talks')], evidence, { published: '2022-03-30' }, TIMES)).toEqual([]);
  });

  it('keeps it on a page dated on or after the event, and on an undated page', () => {
    for (const published of ['2025-05-16', '2026-01-10', undefined]) {
      expect(decide(run, candidates, evidence, published ? { published } : {}, TIMES)).toHaveLength(1);
    }
  });

  it('rules out an ambiguous form with an earlier year in its sentence', () => {
    const old = 'The 2022 talks in Istanbul, with Medinsky, failed.';
    const hits = decide(old, [ambiguous(old, 'Istanbul', 'talks')], { context: [at(old, 'Medinsky', 'talks')], veto: [] }, {}, TIMES);
    expect(hits).toEqual([]);
  });

  it('keeps it when the year follows "since", or a later year is there too', () => {
    for (const sentence of [
      '푸틴이 알래스카에 가면 2015년 회담 이후 10년 만에 미국을 방문한다.',
      'The first direct talks since 2022 opened in Istanbul under Medinsky.',
      'Die ersten direkten Gespräche seit dem Frühjahr 2022 begannen in Istanbul mit Medinsky.',
      'Unlike in 2022, the 2025 meeting in Istanbul with Medinsky was short.',
      'В Стамбуле с 2022 года не было встреч, сказал Мединский.',
      '2022年以来首次在伊斯坦布尔举行，梅京斯基率团。',
    ]) {
      expect(yearRulesOut(sentence, 2025), sentence).toBe(false);
    }
  });

  it('reads years alone, not inside longer numbers or in other sentences', () => {
    expect(yearRulesOut('A 12022-tonne ship went to Istanbul.', 2025)).toBe(false);
    expect(yearRulesOut('The IMO number 9230880 is the ship’s.', 2025)).toBe(false);
    expect(yearRulesOut('Talks in Istanbul in 2019 went nowhere.', 2025)).toBe(true);
    expect(yearRulesOut('2022年在伊斯坦布尔的谈判。', 2025)).toBe(true);
    // The sentence is the decision's unit: a year in the run's other sentence is not read.
    const twoSentences = 'It was 2022. Now Medinsky is in Istanbul again.';
    const hits = decide(twoSentences, [ambiguous(twoSentences, 'Istanbul', 'talks')], { context: [at(twoSentences, 'Medinsky', 'talks')], veto: [] }, {}, TIMES);
    expect(hits).toHaveLength(1);
  });
});

describe('decide: overlaps', () => {
  it('keeps the longest of overlapping spans, in order, and the earlier at a tie', () => {
    const run = 'The Istanbul talks and the Alaska summit';
    const hits = decide(
      run,
      [plain(run, 'Alaska summit', 'alaska'), plain(run, 'Istanbul', 'city'), plain(run, 'Istanbul talks', 'talks'), plain(run, 'Alaska', 'state')],
      { context: [], veto: [] },
      {},
      {},
    );
    expect(texts(run, hits)).toEqual(['talks:Istanbul talks', 'alaska:Alaska summit']);
    const tie = 'ab';
    const same = decide(tie, [{ start: 0, end: 1, topicId: 'x', ambiguous: false }, { start: 0, end: 1, topicId: 'y', ambiguous: false }], { context: [], veto: [] }, {}, {});
    expect(same).toEqual([{ start: 0, end: 1, topicId: 'x' }]);
  });

  it('lets a dropped ambiguous form leave room for a shorter span', () => {
    const run = 'the Istanbul talks of tourism';
    const hits = decide(run, [ambiguous(run, 'Istanbul talks', 'talks'), plain(run, 'tourism', 'other')], { context: [], veto: [] }, {}, {});
    expect(texts(run, hits)).toEqual(['other:tourism']);
  });
});
