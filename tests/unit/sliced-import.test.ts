/**
 * Importing a big pack in slices: the same answer as importPack for good and
 * broken packs alike, progress counted in names, and the page let run between
 * slices.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPack, importPack, type LibraryPack } from '../../data/library';
import { importPackInSlices, type ImportProgress, type ImportSlicing } from '../../data/sliced-import';
import { defaultPack } from '../../data/packs';
import { generatedPack } from '../bench/library';

const arctic = readFileSync(path.resolve(__dirname, '../../docs/examples/arctic-shipping.json'), 'utf8');
const library: LibraryPack[] = [{ pack: defaultPack, enabled: true, builtIn: true }];
const watchList = JSON.stringify(generatedPack('watch-list', 10_000));

/** A clock that moves 1 ms each time it is read, and a record of the yields and progress. */
function fakeSlicing() {
  let clock = 0;
  const progress: ImportProgress[] = [];
  let yields = 0;
  const slicing: ImportSlicing = {
    now: () => clock++,
    yieldNow: async () => void yields++,
    onProgress: (step) => progress.push(step),
  };
  return { slicing, progress, yields: () => yields };
}

const broken = (edit: (pack: any) => void) => {
  const pack = JSON.parse(arctic);
  edit(pack);
  return JSON.stringify(pack);
};

describe('importPackInSlices', () => {
  it('gives importPack’s answer for a 10,000-name pack, yielding between slices, progress counted up to every name', async () => {
    const { slicing, progress, yields } = fakeSlicing();
    const result = await importPackInSlices(watchList, library, slicing);
    expect(result).toEqual(importPack(watchList, library));
    expect(result.ok).toBe(true);
    // 200 topics, each read of the clock 1 ms: a yield every dozen or so topics.
    expect(yields()).toBeGreaterThan(10);
    const checking = progress.filter((step) => step.step === 'checking');
    expect(checking[0]).toEqual({ step: 'checking', done: 0, total: 10_000 });
    expect(checking.at(-1)).toEqual({ step: 'checking', done: 10_000, total: 10_000 });
    const counts = checking.map((step) => step.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it.each([
    ['the example pack', arctic],
    ['the built-in pack (refused: its id)', exportPack(defaultPack)],
    ['an empty name and an http source', broken((p) => { p.topics[0].names.en[0] = ''; p.topics[1].facts[0].sources[0] = 'http://insecure.example/'; })],
    ['a related id no topic has', broken((p) => { p.topics[2].related = ['polar-cod']; })],
    ['a name two topics share', broken((p) => { p.topics[1].names.en.push(p.topics[0].names.en[0]); })],
    ['a duplicate topic id', broken((p) => { p.topics[1].id = p.topics[0].id; })],
    ['a bad date in the pack’s own fields', broken((p) => { p.asOf = '2026-02-30'; })],
    ['an unknown field', broken((p) => { p.topics[0].colour = 'red'; })],
    ['a topic that is not an object', broken((p) => { p.topics[1] = 5; })],
    ['the first format', JSON.stringify({ ...JSON.parse(arctic), schemaVersion: 1 })],
    ['no JSON', '{"schemaVersion": 2'],
    ['a number', '5'],
  ])('gives importPack’s answer for %s', async (_, text) => {
    expect(await importPackInSlices(text, library, fakeSlicing().slicing)).toEqual(importPack(text, library));
  });

  it('keeps each slice within its budget on a real clock', async () => {
    let last = performance.now();
    let longest = 0;
    const slicing: ImportSlicing = {
      now: () => performance.now(),
      yieldNow: async () => {
        longest = Math.max(longest, performance.now() - last);
        await new Promise((resolve) => setTimeout(resolve, 0));
        last = performance.now();
      },
    };
    const result = await importPackInSlices(watchList, library, slicing);
    expect(result.ok).toBe(true);
    // The budget is 12 ms; a slice overruns it by at most one topic's check.
    expect(longest).toBeLessThan(50);
  });
});
