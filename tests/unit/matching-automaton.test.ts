import { describe, expect, it } from 'vitest';
import { buildAutomaton, loadAutomaton, serialiseAutomaton, type Automaton } from '../../data/matching/automaton';
import { compileMatching, compileMatchingInSlices } from '../../data/matching/compile';
import { generatedLibrary } from '../bench/library';
import type { MatchingTopic } from '../../data/matching/compiled';
import { modelOf } from '../../data/matching/model';
import { fold } from '../../data/matching/normalise';
import { base64Steps, bytesFromBase64, bytesToBase64, isCurrentFormat, loadMatching, serialiseMatching } from '../../data/matching/stored';
import { inSlices } from '../../data/slicing';

function occurrences(automaton: Automaton, text: string): string[] {
  const folded = fold(text);
  const found: string[] = [];
  automaton.scan(folded.units, folded.length, (pattern, end) => found.push(`${pattern}@${end}`));
  return found.sort();
}

/** Every occurrence by brute force: what the automaton must find. */
function bruteForce(patterns: string[], text: string): string[] {
  const folded = fold(text);
  const units = String.fromCharCode(...folded.units.subarray(0, folded.length));
  const found: string[] = [];
  patterns.forEach((pattern, id) => {
    for (let at = units.indexOf(pattern); at >= 0; at = units.indexOf(pattern, at + 1)) found.push(`${id}@${at + pattern.length}`);
  });
  return found.sort();
}

describe('the automaton', () => {
  const patterns = [' he', ' she', 'his', 'hers', ' marin', 'arine', ' 28 p', ' 28', '金砖', '砖'];
  const text = 'She said his hers — Marinera, 28-point plan; 金砖国家 and ushers.';

  it('finds every occurrence of every pattern, overlapping ones too', () => {
    expect(occurrences(buildAutomaton(patterns), text)).toEqual(bruteForce(patterns, text));
  });

  it('loads back from its bytes and finds the same', () => {
    const automaton = buildAutomaton(patterns);
    const bytes = serialiseAutomaton(automaton);
    // Not 4-byte aligned on purpose: stored bytes may sit anywhere in a buffer.
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const loaded = loadAutomaton(shifted.subarray(1));
    expect(loaded.arrays).toEqual(automaton.arrays);
    expect(occurrences(loaded, text)).toEqual(occurrences(automaton, text));
  });

  it('refuses truncated bytes with a message', () => {
    const bytes = serialiseAutomaton(buildAutomaton(patterns));
    expect(() => loadAutomaton(bytes.subarray(0, bytes.length - 8))).toThrow(/truncated/);
  });

  // The cost of a scan is counted in steps (transitions and failure hops), not timed.
  it('takes at most two steps per unit of text, whatever the number of patterns', () => {
    const long = 'the quick brown fox jumps over the lazy dog, and the hers of his ships; '.repeat(50);
    const length = fold(long).length;
    const stepsWith = (count: number) => {
      const many = Array.from({ length: count }, (_, i) => ` name${i.toString(36)} of ${(i * 7919).toString(36)}`);
      const automaton = buildAutomaton([...patterns, ...many, ' the', ' th', ' t']);
      const folded = fold(long);
      automaton.scan(folded.units, folded.length, () => {});
      return automaton.steps;
    };
    const few = stepsWith(10);
    const lots = stepsWith(20_000);
    expect(few).toBeLessThanOrEqual(2 * length);
    expect(lots).toBeLessThanOrEqual(2 * length);
    expect(Math.abs(lots - few)).toBeLessThanOrEqual(length * 0.05);
  });
});

describe('the compiled model', () => {
  const topics: MatchingTopic[] = [
    { id: 'tanker', names: { en: ['Bella 1', { text: 'Marinera', needsContext: true }], ru: ['Маринера'] }, context: { en: ['tanker'] } },
    { id: 'group', names: { '*': [{ text: 'BRICS', caseSensitive: true }] } },
  ];

  it('round-trips through bytes and answers the same', () => {
    const compiled = compileMatching(topics);
    const bytes = serialiseMatching(compiled);
    const loaded = loadMatching(bytes);
    expect(loaded.entries).toEqual(compiled.entries);
    expect(loaded.forms).toEqual(compiled.forms);
    const run = { text: 'The tanker Marinera, once Bella-1, and the BRICS summit; танкер «Маринеры».', lang: 'en' };
    const fresh = modelOf(compiled).mentionsIn(run, {});
    expect(fresh.length).toBe(4);
    expect(modelOf(loaded).mentionsIn(run, {})).toEqual(fresh);
  });

  it('stores the first pass with every topic on, and works it out again when a topic is off', () => {
    const compiled = compileMatching(topics);
    const loaded = loadMatching(serialiseMatching(compiled));
    expect(loaded.leadingWhenAllOn).toEqual(compiled.leadingWhenAllOn);
    expect(loaded.leadingWhenAllOn?.some(Boolean)).toBe(true);
    // With the stored stops dropped, a model works them out and answers the same.
    const recomputed = modelOf({ ...compiled, leadingWhenAllOn: undefined });
    for (const text of ['nothing here', 'Bella 1', 'the BRICS met', 'Маринера']) expect(modelOf(loaded).mayMention(text)).toBe(recomputed.mayMention(text));
    const withoutGroup = modelOf(loaded, { disabled: new Set(['group']) });
    expect(withoutGroup.mayMention('the BRICS met')).toBe(false);
    expect(withoutGroup.mayMention('Bella 1')).toBe(true);
  });

  it('refuses bytes of an older layout', () => {
    const bytes = serialiseMatching(compileMatching(topics));
    new DataView(bytes.buffer).setUint32(0, 0x324d4d42, true); // "BMM2"
    expect(isCurrentFormat(bytes)).toBe(false);
    expect(() => loadMatching(bytes)).toThrow(/older build/);
  });

  it('answers mayMention as a full scan would', () => {
    const model = modelOf(compileMatching(topics));
    for (const text of ['', 'nothing here', 'Bella 1', 'bella  -1!', 'Straße BRICS', 'ein Straße', '在BRICS峰会', 'bellas 1', 'Маринера']) {
      expect(model.mayMention(text), text).toBe(model.mentionsIn({ text, lang: '' }, {}).length > 0 || text === 'Маринера');
    }
  });
});

describe('the compile in slices', () => {
  it('gives the same model as the compile in one piece, letting the page run between slices', async () => {
    const topics = generatedLibrary(3_000).topics.filter((topic) => topic.id.startsWith('generated-'));
    // A clock that moves 1 ms per reading: a slice of 10 ms is ten steps.
    let clock = 0;
    let yields = 0;
    const sliced = await compileMatchingInSlices(topics, async () => void yields++, () => clock++, 10);
    expect(yields).toBeGreaterThan(5);
    expect(serialiseMatching(sliced)).toEqual(serialiseMatching(compileMatching(topics)));
  }, 20_000);
});

describe('the stored model as base64', () => {
  it('decodes as it was encoded, at once or a chunk per slice, whatever its padding', async () => {
    for (const length of [0, 1, 2, 3, 4, 3 * (1 << 20) + 1, 3 * (1 << 20) + 2]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 7919 + (i >> 9)) & 0xff);
      const text = bytesToBase64(bytes);
      // Compared as Buffers: a deep comparison of megabytes byte by byte takes seconds.
      const same = (decoded: Uint8Array) => Buffer.from(decoded).equals(Buffer.from(bytes)) && decoded.length === length;
      expect(same(bytesFromBase64(text)), `${length} bytes at once`).toBe(true);
      let yields = 0;
      const sliced = await inSlices(base64Steps(text), { yieldNow: async () => void yields++, now: () => 0, budgetMs: -1 });
      expect(same(sliced), `${length} bytes in slices`).toBe(true);
      // A chunk is 2^20 characters: 4 MB of base64 takes four steps.
      expect(yields).toBe(Math.max(0, Math.ceil(text.length / (1 << 20)) - 1));
    }
  });
});
