/**
 * Stored settings may be corrupt, old or huge: the reader gets a clean value,
 * a notice when something had to go, and never an exception or a silent loss.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { KEBAB_ID } from '../../data/schema';
import { disabledTopicsItem, loadDisabledTopics } from '../../data/settings';
import { MAX_DISABLED_TOPICS_JSON, TOPIC_ID, repairDisabledTopics } from '../../data/settings-repair';

const KNOWN = ['bella-1', 'brics', 'oreshnik'];
const repair = (raw: unknown) => repairDisabledTopics(raw, KNOWN);

describe('repairDisabledTopics', () => {
  it('keeps a clean list as it is, unknown ids included, without a notice', () => {
    expect(repair(['brics', 'a-topic-from-a-later-pack'])).toEqual({ value: ['brics', 'a-topic-from-a-later-pack'] });
    expect(repair([])).toEqual({ value: [] });
  });

  it('reads nothing stored as nothing turned off', () => {
    expect(repair(undefined)).toEqual({ value: [] });
    expect(repair(null)).toEqual({ value: [] });
  });

  it('drops duplicates quietly: nothing is lost', () => {
    expect(repair(['brics', 'brics', 'bella-1', 'brics'])).toEqual({ value: ['brics', 'bella-1'] });
  });

  it('migrates old shapes without a notice', () => {
    expect(repair('brics')).toEqual({ value: ['brics'] });
    expect(repair('brics, bella-1 oreshnik')).toEqual({ value: ['brics', 'bella-1', 'oreshnik'] });
    expect(repair({ disabled: ['brics'] })).toEqual({ value: ['brics'] });
    expect(repair({ disabledTopics: ['bella-1'] })).toEqual({ value: ['bella-1'] });
    expect(repair({ value: ['oreshnik'] })).toEqual({ value: ['oreshnik'] });
    expect(repair([' BRICS ', 'Bella-1'])).toEqual({ value: ['brics', 'bella-1'] });
  });

  it.each([
    [42, 'a number'],
    [true, 'a boolean'],
    [{}, 'an object'],
    [{ brics: true }, 'an object'],
    [{ disabled: 'brics' }, 'an object'],
  ])('resets %j with a notice', (raw, kind) => {
    expect(repair(raw)).toEqual({
      value: [],
      notice: `Briefmark could not read your list of turned-off topics (it was stored as ${kind}), so every topic is on again.`,
    });
  });

  it('drops only the unreadable entries, says how many, and keeps the rest', () => {
    expect(repair(['brics', 7, null, { id: 'bella-1' }, 'oreshnik', '', 'x'.repeat(65), 'not an id!'])).toEqual({
      value: ['brics', 'oreshnik'],
      notice: 'Briefmark dropped 6 unreadable entries from your list of turned-off topics; the other 2 topics stay off.',
    });
    expect(repair([1])).toEqual({
      value: [],
      notice: 'Briefmark dropped 1 unreadable entry from your list of turned-off topics; every topic is on again.',
    });
  });

  it('counts the holes of a sparse array as unreadable', () => {
    const sparse: unknown[] = ['brics'];
    sparse[3] = 'bella-1';
    expect(repair(sparse)).toEqual({
      value: ['brics', 'bella-1'],
      notice: 'Briefmark dropped 2 unreadable entries from your list of turned-off topics; the other 2 topics stay off.',
    });
  });

  it('cuts a huge list to what sync storage holds, the current briefing’s topics first', () => {
    const unknown = Array.from({ length: 5000 }, (_, i) => `later-topic-${i}`);
    const { value, notice } = repair([...unknown, 'brics', 'bella-1']);
    expect(JSON.stringify(value).length).toBeLessThanOrEqual(MAX_DISABLED_TOPICS_JSON);
    expect(value).toContain('brics');
    expect(value).toContain('bella-1');
    // The order stored is kept.
    expect(value.slice(0, 3)).toEqual(['later-topic-0', 'later-topic-1', 'later-topic-2']);
    expect(notice).toBe(
      `The list was too long to store: Briefmark kept ${value.length} of 5,002 turned-off topics, this briefing's first.`,
    );
  });

  it('answers a 10 MB string at once', () => {
    const started = performance.now();
    const { value, notice } = repair('x'.repeat(10 * 1024 * 1024));
    expect(value).toEqual([]);
    expect(notice).toMatch(/^Briefmark dropped 1 unreadable entry/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('checks ids as the pack schema does', () => {
    expect(TOPIC_ID.source).toBe(KEBAB_ID.source);
  });

  it('never throws and always gives a clean list, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), fc.array(fc.string(), { maxLength: 5 }), (raw, known) => {
        const { value, notice } = repairDisabledTopics(raw, known);
        expect(Array.isArray(value)).toBe(true);
        for (const id of value) expect(id).toMatch(TOPIC_ID);
        expect(new Set(value).size).toBe(value.length);
        expect(JSON.stringify(value).length).toBeLessThanOrEqual(MAX_DISABLED_TOPICS_JSON);
        if (notice !== undefined) expect(notice).toMatch(/^(Briefmark|The list) .+\.$/);
        // Repairing again changes nothing and says nothing.
        expect(repairDisabledTopics(value, known)).toEqual({ value });
      }),
      { numRuns: 2000 },
    );
  });

  it('loses no readable id of a list', () => {
    const topicId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
    const notText = fc.anything().filter((value) => typeof value !== 'string');
    fc.assert(
      fc.property(fc.array(fc.oneof(topicId, notText)), (raw) => {
        const { value, notice } = repair(raw);
        const readable = raw.filter((entry) => typeof entry === 'string');
        expect(new Set(value)).toEqual(new Set(readable));
        // Something other than duplicates was dropped exactly when there is a notice.
        expect(notice !== undefined).toBe(readable.length < raw.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('loadDisabledTopics, through WXT storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const stored = async () => (await fakeBrowser.storage.sync.get('disabledTopics')).disabledTopics;

  it('uses the same storage key as before', () => {
    expect(disabledTopicsItem.key).toBe('sync:disabledTopics');
  });

  it('reads nothing stored as nothing turned off, and writes nothing', async () => {
    expect(await loadDisabledTopics(KNOWN)).toEqual({ value: [] });
    expect(await stored()).toBeUndefined();
  });

  it('reads a clean stored list as it is', async () => {
    await disabledTopicsItem.setValue(['brics', 'later-topic']);
    expect(await loadDisabledTopics(KNOWN)).toEqual({ value: ['brics', 'later-topic'] });
    expect(await stored()).toEqual(['brics', 'later-topic']);
  });

  it('resets a corrupt stored value with a notice, and stores the repair', async () => {
    await fakeBrowser.storage.sync.set({ disabledTopics: 42 });
    const result = await loadDisabledTopics(KNOWN);
    expect(result.value).toEqual([]);
    expect(result.notice).toMatch(/could not read your list of turned-off topics \(it was stored as a number\)/);
    expect(await stored()).toEqual([]);
  });

  it('keeps the readable rest of a damaged list, and stores it cleaned', async () => {
    await fakeBrowser.storage.sync.set({ disabledTopics: ['brics', null, 'brics', 3, 'later-topic'] });
    const result = await loadDisabledTopics(KNOWN);
    expect(result).toEqual({
      value: ['brics', 'later-topic'],
      notice: 'Briefmark dropped 2 unreadable entries from your list of turned-off topics; the other 2 topics stay off.',
    });
    expect(await stored()).toEqual(['brics', 'later-topic']);
  });

  it('migrates an old string form without a notice', async () => {
    await fakeBrowser.storage.sync.set({ disabledTopics: 'brics,bella-1' });
    expect(await loadDisabledTopics(KNOWN)).toEqual({ value: ['brics', 'bella-1'] });
    expect(await stored()).toEqual(['brics', 'bella-1']);
  });

  it('leaves the other settings alone', async () => {
    await fakeBrowser.storage.sync.set({ disabledTopics: { broken: true }, somethingElse: ['kept'] });
    await loadDisabledTopics(KNOWN);
    expect((await fakeBrowser.storage.sync.get('somethingElse')).somethingElse).toEqual(['kept']);
  });

  it('answers with a notice, and leaves storage alone, when storage cannot be read', async () => {
    await fakeBrowser.storage.sync.set({ disabledTopics: ['brics'] });
    const original = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.sync.get = () => Promise.reject(new Error('storage is gone'));
    try {
      const result = await loadDisabledTopics(KNOWN);
      expect(result.value).toEqual([]);
      expect(result.notice).toBe('Briefmark could not read your settings just now; every topic is shown.');
    } finally {
      fakeBrowser.storage.sync.get = original;
    }
    expect(await stored()).toEqual(['brics']);
  });
});
