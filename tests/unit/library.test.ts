/**
 * The reader's library: merging packs (who keeps a shared alias), importing and
 * exporting packs and settings, the reader's own topics, and the sync quota.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OWN_TOPICS_PACK_ID,
  addOwnTopic,
  claimedAliases,
  exportPack,
  exportSettings,
  fitsSyncItem,
  LIBRARY_NAME_LIMIT,
  importPack,
  importSettings,
  removeOwnTopic,
  resolveLibrary,
  resolveLibraryInSlices,
  slugify,
  type LibraryPack,
  type ReaderSettings,
} from '../../data/library';
import { compileMatcher, findMentions } from '../../data/matcher';
import { topicDirectory } from '../../data/resolve-library';
import { defaultPack } from '../../data/packs';
import { aliasKey, type Alias, type Pack } from '../../data/schema';
import { pack, topic } from './fixtures';
import { allNames } from '../../data/topic-terms';
const builtIn = (p: Pack, enabled = true): LibraryPack => ({ pack: p, enabled, builtIn: true });
const user = (p: Pack, enabled = true): LibraryPack => ({ pack: p, enabled, builtIn: false });

const texts = (aliases: readonly Alias[]) => aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text));

const base = pack('base', [topic('brics', ['BRICS', 'BRICS summit']), topic('alaska', ['Alaska summit'])], {
  title: 'Base briefing',
  asOf: '2026-02-13',
});
const second = pack('second', [topic('brics-2026', ['brics', 'New Delhi summit']), topic('kazan', ['Kazan'])], {
  asOf: '2026-03-01',
});
const third = pack('third', [topic('bloc', ['BRICS', 'Alaska-Summit', 'Kazan'])]);

describe('resolveLibrary', () => {
  it('merges the enabled packs in library order: built-in first, then imports in order', () => {
    const resolved = resolveLibrary([user(second), builtIn(base), user(third)]);
    expect(resolved.pack.topics.map((t) => t.id)).toEqual(['brics', 'alaska', 'brics-2026', 'kazan', 'bloc']);
    expect(resolved.pack.id).toBe('merged');
    expect(resolved.pack.title).toBe('Base briefing · Pack second · Pack third');
    expect(resolved.pack.asOf).toBe('2026-03-01');
    expect(resolved.origin.kazan).toEqual({ packId: 'second', packTitle: 'Pack second', asOf: '2026-03-01', language: 'en' });
    expect(resolved.origin.brics?.packTitle).toBe('Base briefing');
  });

  it('gives a shared alias to the first pack, whatever its case or spacing, and says so', () => {
    const resolved = resolveLibrary([builtIn(base), user(second), user(third)]);
    const byId = new Map(resolved.pack.topics.map((t) => [t.id, texts(allNames(t))]));
    expect(byId.get('brics')).toEqual(['BRICS', 'BRICS summit']);
    expect(byId.get('brics-2026')).toEqual(['New Delhi summit']);
    // "Alaska-Summit" is "Alaska summit" written differently.
    expect(byId.get('bloc')).toEqual([]);
    expect(resolved.conflicts).toEqual([
      {
        alias: 'BRICS',
        kept: { packId: 'base', topicId: 'brics' },
        dropped: [
          { packId: 'second', topicId: 'brics-2026' },
          { packId: 'third', topicId: 'bloc' },
        ],
      },
      { alias: 'Alaska summit', kept: { packId: 'base', topicId: 'alaska' }, dropped: [{ packId: 'third', topicId: 'bloc' }] },
      { alias: 'Kazan', kept: { packId: 'second', topicId: 'kazan' }, dropped: [{ packId: 'third', topicId: 'bloc' }] },
    ]);
  });

  it('compares names across languages: a later topic loses the name in every language it writes it', () => {
    const first = pack('first', [topic('oreshnik', [], { names: { ru: ['Орешник'], en: ['Oreshnik'] } })]);
    const later = pack('later', [topic('missile', [], { names: { uk: ['орешник'], de: ['Oreschnik', 'Oreshnik'] } })]);
    const resolved = resolveLibrary([builtIn(first), user(later)]);
    // The Ukrainian list is left empty, so it goes; German keeps its own spelling.
    expect(resolved.pack.topics[1]!.names).toEqual({ de: ['Oreschnik'] });
    expect(resolved.conflicts.map((conflict) => conflict.alias)).toEqual(['Орешник', 'Oreshnik']);
  });

  it('keeps a topic left with no alias: it is listed but never matches', () => {
    const resolved = resolveLibrary([builtIn(base), user(second), user(third)]);
    expect(resolved.pack.topics.some((t) => t.id === 'bloc')).toBe(true);
    const matcher = compileMatcher(resolved.pack);
    expect(findMentions(matcher, 'BRICS met in Kazan after the Alaska summit').map((m) => m.topic)).toEqual([
      'brics',
      'kazan',
      'alaska',
    ]);
  });

  it('lets a disabled pack claim nothing', () => {
    const resolved = resolveLibrary([builtIn(base, false), user(second), user(third)]);
    expect(resolved.pack.topics.map((t) => t.id)).toEqual(['brics-2026', 'kazan', 'bloc']);
    expect(texts(allNames(resolved.pack.topics[0]!))).toEqual(['brics', 'New Delhi summit']);
    expect(resolved.origin.brics).toBeUndefined();
  });

  it('can let switched-off topics claim nothing', () => {
    const resolved = resolveLibrary([builtIn(base), user(second)], { disabledTopics: new Set(['brics']) });
    expect(texts(allNames(resolved.pack.topics.find((t) => t.id === 'brics-2026')!))).toEqual(['brics', 'New Delhi summit']);
    expect(resolved.conflicts).toEqual([]);
  });

  it('swaps the winner when the reader reorders user packs, and only then', () => {
    const ab = resolveLibrary([builtIn(base), user(second), user(third)]);
    const ba = resolveLibrary([builtIn(base), user(third), user(second)]);
    expect(ab.conflicts.find((c) => c.alias === 'Kazan')?.kept.topicId).toBe('kazan');
    expect(ba.conflicts.find((c) => c.alias === 'Kazan')?.kept.topicId).toBe('bloc');
  });

  it('leaves out a later topic with a taken id, and reports it', () => {
    const clash = pack('clash', [topic('brics', ['Something else'])]);
    const resolved = resolveLibrary([builtIn(base), user(clash)]);
    expect(resolved.pack.topics.map((t) => t.id)).toEqual(['brics', 'alaska']);
    expect(resolved.skippedTopics).toEqual([{ packId: 'clash', topicId: 'brics', keptIn: 'base' }]);
  });

  it('answers an empty library with an empty pack', () => {
    const resolved = resolveLibrary([]);
    expect(resolved.pack.topics).toEqual([]);
    expect(compileMatcher(resolved.pack).pattern).toBeNull();
  });

  it('does not change the packs it is given', () => {
    const library = [builtIn(base), user(second), user(third)];
    const before = structuredClone(library);
    resolveLibrary(library);
    expect(library).toEqual(before);
  });

  it('looks up any topic id safely in origin', () => {
    expect(resolveLibrary([builtIn(base)]).origin.constructor).toBeUndefined();
  });

  it('finds which phrases the library already tracks', () => {
    const resolved = resolveLibrary([builtIn(base)]);
    expect(claimedAliases(['brics ', 'Nothing'], resolved)).toEqual([
      { alias: 'brics', topicId: 'brics', topicTitle: 'brics', packTitle: 'Base briefing' },
    ]);
  });
});

describe('topicDirectory', () => {
  it('holds the topics of the enabled packs, each id from the first pack that has it, as resolveLibrary does', () => {
    const clash = pack('clash', [topic('kazan', ['Kazan summit']), topic('only-here', ['Somewhere'])]);
    const packs = [builtIn(base), user(second), user(third, false), user(clash)];
    const directory = topicDirectory(packs);
    const resolved = resolveLibrary(packs);
    expect([...directory.topics.keys()]).toEqual(resolved.pack.topics.map((t) => t.id));
    expect(directory.origin['kazan']?.packId).toBe('second');
    expect(directory.topics.get('kazan')?.title).toBe(second.topics.find((t) => t.id === 'kazan')?.title);
    expect(directory.topics.has('bloc')).toBe(false);
    expect(directory.skippedTopics).toEqual(resolved.skippedTopics);
  });
});

describe('resolveLibrary on random libraries', () => {
  const WORDS = ['Bella 1', 'bella-1', 'BELLA  1', 'Kazan', 'kazan', 'Oreshnik', 'BRICS', 'brics', 'Alaska', 'Polar Code'];
  const aliasArb = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.record({ text: fc.constantFrom(...WORDS), caseSensitive: fc.boolean() }),
  );
  const libraryArb = fc
    .array(
      fc.record({
        enabled: fc.boolean(),
        builtIn: fc.boolean(),
        topics: fc.array(fc.array(aliasArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      }),
      { maxLength: 5 },
    )
    .map((packs) =>
      packs.map(
        (entry, packIndex): LibraryPack => ({
          enabled: entry.enabled,
          builtIn: entry.builtIn,
          pack: pack(
            `p${packIndex}`,
            entry.topics.map((aliases, topicIndex) => topic(`t${packIndex}-${topicIndex}`, aliases)),
          ),
        }),
      ),
    );

  it('never leaves one alias in two topics, drops only what it reports, and is deterministic', () => {
    fc.assert(
      fc.property(libraryArb, (library) => {
        const resolved = resolveLibrary(library);
        const owner = new Map<string, string>();
        for (const t of resolved.pack.topics) {
          for (const text of texts(allNames(t))) {
            const key = aliasKey(text);
            expect(owner.get(key) ?? t.id).toBe(t.id);
            owner.set(key, t.id);
          }
        }
        // Every alias of an enabled pack is either kept or reported as dropped.
        const dropped = new Set(resolved.conflicts.flatMap((c) => c.dropped.map((d) => `${d.topicId}|${aliasKey(c.alias)}`)));
        for (const { pack: p, enabled } of library) {
          if (!enabled) continue;
          for (const t of p.topics) {
            for (const text of texts(allNames(t))) {
              const key = aliasKey(text);
              expect(owner.get(key) === t.id || dropped.has(`${t.id}|${key}`)).toBe(true);
            }
          }
        }
        // The first enabled pack in library order loses no alias to another pack.
        const first = [...library.filter((e) => e.builtIn), ...library.filter((e) => !e.builtIn)].find((e) => e.enabled);
        for (const conflict of resolved.conflicts) {
          if (conflict.dropped.some((d) => d.packId === first?.pack.id)) expect(conflict.kept.packId).toBe(first?.pack.id);
        }
        expect(resolveLibrary(structuredClone(library))).toEqual(resolved);
      }),
      { numRuns: 300 },
    );
  });
});

describe('importPack', () => {
  const library = [builtIn(defaultPack), user(second)];
  const arctic = readFileSync(path.resolve(__dirname, '../../docs/examples/arctic-shipping.json'), 'utf8');

  it('accepts a valid pack, with defaults filled in', () => {
    const result = importPack(arctic, library);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.id).toBe('arctic-shipping');
    expect(result.replaces).toBeUndefined();
    expect(result.pack.topics[0]).toMatchObject({ near: [], context: {}, veto: {} });
  });

  it('gives path-specific errors for a malformed pack, and changes nothing', () => {
    const bad = JSON.parse(arctic);
    bad.topics[1].names.en[0] = '';
    bad.topics[2].facts[0].sources = ['http://example.org/'];
    const before = structuredClone(library);
    expect(importPack(JSON.stringify(bad), library)).toEqual({
      ok: false,
      errors: ['topics[1].names.en[0]: must not be empty', 'topics[2].facts[0].sources[0]: must be an https:// address'],
    });
    expect(library).toEqual(before);
  });

  it('says where the JSON is broken, and answers what is not text', () => {
    const broken = importPack('{"schemaVersion": 1', library);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/^\(the pack\): is not valid JSON/);
    expect(importPack(undefined as unknown as string, library).ok).toBe(false);
  });

  it('refuses a pack that would take the library past its name limit, and takes one that replaces a big pack', () => {
    const names = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix} ${i}`);
    const watchList = pack('watch-list', [topic('vessels', names(LIBRARY_NAME_LIMIT - 10, 'Vessel'))]);
    const full = [builtIn(defaultPack), user(watchList)];
    const refused = importPack(arctic, full);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]).toMatch(/^\(the pack\): would bring the library to [\d]+ names, over its limit of 60000/);
    const smaller = pack('watch-list', [topic('vessels', names(50, 'Vessel'))]);
    const replaced = importPack(exportPack(smaller), full);
    expect(replaced).toMatchObject({ ok: true, replaces: 'watch-list' });
  });

  it('refuses the built-in pack’s id', () => {
    expect(importPack(exportPack(defaultPack), library)).toEqual({
      ok: false,
      errors: ["id: is the built-in pack's id; choose another"],
    });
  });

  it('refuses topic ids another pack already uses, at their path', () => {
    const clash = pack('clash', [topic('fresh', ['Fresh']), topic('kazan', ['Kazan city']), topic('brics', ['B'])]);
    expect(importPack(exportPack(clash), library)).toEqual({
      ok: false,
      errors: [
        'topics[1].id: "kazan" is already a topic of "Pack second"',
        'topics[2].id: "brics" is already a topic of "Russia–U.S. relations"',
      ],
    });
  });

  it('replaces the user pack with the same id, whose own topic ids are free again', () => {
    const newer = { ...second, title: 'Second, revised', topics: [...second.topics, topic('ufa', ['Ufa'])] };
    const result = importPack(exportPack(newer), library);
    expect(result).toEqual({ ok: true, pack: newer, replaces: 'second' });
  });
});

describe('exportPack', () => {
  it('round-trips every pack, the bundled one included', () => {
    for (const p of [defaultPack, second, third]) {
      const result = importPack(exportPack(p), []);
      expect(result).toEqual({ ok: true, pack: p });
    }
  });

  it('writes pretty JSON ending in a newline', () => {
    const text = exportPack(second);
    expect(text).toContain('\n  "id": "second"');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('settings export and import', () => {
  const settings: ReaderSettings = {
    disabledTopics: ['brics', 'kazan'],
    pausedSites: ['www.example.org', 'localhost'],
    pausedEverywhere: false,
    disabledPacks: ['second'],
    categoryColors: { maritime: '#112233', other: '#abcdef' },
  };

  it('round-trips', () => {
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
    const muted = { ...settings, mutedPhrases: ['alaska', 'peace plan'] };
    expect(importSettings(exportSettings(muted))).toEqual({ ok: true, settings: muted });
  });

  it('keeps the reader’s language, and names the languages a wrong one could be', () => {
    expect(importSettings(exportSettings({ ...settings, uiLanguage: 'ru' }))).toEqual({ ok: true, settings: { ...settings, uiLanguage: 'ru' } });
    const text = JSON.stringify({ format: 'briefmark-settings', version: 1, settings: { ...settings, uiLanguage: 'klingon' } });
    expect(importSettings(text)).toEqual({
      ok: false,
      errors: ['settings.uiLanguage: must be "auto" or one of "en", "ru", "uk", "de", "fr"'],
    });
  });

  it('fills in what an older file leaves out, and lower-cases colours', () => {
    const text = JSON.stringify({ format: 'briefmark-settings', version: 1, settings: { categoryColors: { cyber: '#A0B0C0' } } });
    expect(importSettings(text)).toEqual({
      ok: true,
      settings: { disabledTopics: [], pausedSites: [], pausedEverywhere: false, disabledPacks: [], categoryColors: { cyber: '#a0b0c0' } },
    });
  });

  it('says where a setting is wrong', () => {
    const text = JSON.stringify({
      format: 'briefmark-settings',
      version: 1,
      settings: { ...settings, disabledTopics: ['ok', 'Not An Id'], pausedEverywhere: 'yes', categoryColors: { maritime: 'blue' } },
    });
    expect(importSettings(text)).toEqual({
      ok: false,
      errors: [
        'settings.disabledTopics[1]: must be kebab-case (lower-case words joined by hyphens)',
        'settings.pausedEverywhere: must be true or false',
        'settings.categoryColors.maritime: must be a colour written #rrggbb',
      ],
    });
  });

  it('tells a pack from a settings file, and refuses other formats', () => {
    expect(importSettings(exportPack(second))).toEqual({
      ok: false,
      errors: ['(the settings): this is a topic pack, not a settings file; import it under Packs'],
    });
    expect(importSettings('{}').ok).toBe(false);
    expect(importSettings('not json').ok).toBe(false);
    expect(importSettings(JSON.stringify({ format: 'briefmark-settings', version: 2, settings })).ok).toBe(false);
  });

  it('refuses a setting too large for one sync item, rather than failing to store it later', () => {
    const many = Array.from({ length: 800 }, (_, i) => `topic-number-${i}`);
    const result = importSettings(exportSettings({ ...settings, disabledTopics: many }));
    expect(result).toEqual({
      ok: false,
      errors: ['settings.disabledTopics: is too large to store in sync storage (over 8192 bytes)'],
    });
  });
});

describe('addOwnTopic', () => {
  const taken = new Set(['brics', 'alaska']);

  it('creates the reader’s pack on first use', () => {
    const result = addOwnTopic(undefined, { title: '  Polar Silk Road ', aliases: [' Polar Silk Road', 'polar  silk road', 'Ice Silk Road'] }, taken, '2026-03-04');
    expect(result).toEqual({
      ok: true,
      topicId: 'polar-silk-road',
      pack: {
        schemaVersion: 2,
        id: OWN_TOPICS_PACK_ID,
        title: 'My topics',
        language: 'en',
        asOf: '2026-03-04',
        topics: [
          {
            id: 'polar-silk-road',
            title: 'Polar Silk Road',
            category: 'other',
            summary: 'Your own topic.',
            facts: [],
            names: { '*': ['Polar Silk Road', 'Ice Silk Road'] },
            near: [],
            context: {},
            veto: {},
            related: [],
          },
        ],
      },
    });
  });

  it('extends the pack, with a unique id, the note as summary, and today’s date', () => {
    const first = addOwnTopic(undefined, { title: 'BRICS', aliases: ['BRICS Pay'] }, taken, '2026-03-04');
    if (!first.ok) throw new Error(first.errors.join());
    expect(first.topicId).toBe('brics-2');
    const next = addOwnTopic(first.pack, { title: 'BRICS!', aliases: ['BRICS bank'], note: ' The bank. ', category: 'economy' }, taken, '2026-03-05');
    if (!next.ok) throw new Error(next.errors.join());
    expect(next.topicId).toBe('brics-3');
    expect(next.pack.asOf).toBe('2026-03-05');
    expect(next.pack.topics.map((t) => t.id)).toEqual(['brics-2', 'brics-3']);
    expect(next.pack.topics[1]).toMatchObject({ summary: 'The bank.', category: 'economy' });
    expect(first.pack.topics).toHaveLength(1);
  });

  it('slugs titles into kebab-case ids', () => {
    expect(slugify('Nord Stream 2 — pipeline')).toBe('nord-stream-2-pipeline');
    expect(slugify('Café Müller')).toBe('cafe-muller');
    expect(slugify('Орешник')).toBe('');
    expect(slugify(`${'word '.repeat(30)}`).length).toBeLessThanOrEqual(56);
    expect(slugify(`${'word '.repeat(30)}`)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const cyrillic = addOwnTopic(undefined, { title: 'Орешник', aliases: ['Орешник'] }, new Set(['topic']), '2026-03-04');
    expect(cyrillic.ok && cyrillic.topicId).toBe('topic-2');
  });

  it('says which field is wrong, and makes nothing', () => {
    expect(addOwnTopic(undefined, { title: ' ', aliases: ['ok', ''] }, taken, '2026-03-04')).toEqual({
      ok: false,
      errors: ['title: must not be empty', 'aliases[1]: must not be empty'],
    });
    expect(addOwnTopic(undefined, { title: 'Fine', aliases: [] }, taken, '2026-03-04')).toEqual({
      ok: false,
      errors: ['aliases: must list at least one alias'],
    });
    expect(addOwnTopic(undefined, { title: 'Fine', aliases: ['x'.repeat(81)], note: 'n'.repeat(801) }, taken, '2026-03-04')).toEqual({
      ok: false,
      errors: ['note: must be at most 800 characters', 'aliases[0]: must be at most 80 characters'],
    });
  });

  it('refuses an alias one of the reader’s other topics has', () => {
    const first = addOwnTopic(undefined, { title: 'Kazan', aliases: ['Kazan'] }, taken, '2026-03-04');
    if (!first.ok) throw new Error(first.errors.join());
    expect(addOwnTopic(first.pack, { title: 'Kazan summit', aliases: ['kazan'] }, taken, '2026-03-04')).toEqual({
      ok: false,
      errors: ['aliases[0]: is already a name of topics[0] ("kazan"); a name may belong to one topic only'],
    });
  });

  it('removes a topic, and the pack with its last one', () => {
    const a = addOwnTopic(undefined, { title: 'A', aliases: ['Alpha'] }, taken, '2026-03-04');
    if (!a.ok) throw new Error(a.errors.join());
    const b = addOwnTopic(a.pack, { title: 'B', aliases: ['Beta'] }, taken, '2026-03-04');
    if (!b.ok) throw new Error(b.errors.join());
    const left = removeOwnTopic(b.pack, 'a');
    expect(left?.topics.map((t) => t.id)).toEqual(['b']);
    expect(removeOwnTopic(left!, 'b')).toBeUndefined();
  });

  it('makes a pack that exports and imports back', () => {
    const a = addOwnTopic(undefined, { title: 'Arctic LNG 2', aliases: ['Arctic LNG 2'] }, taken, '2026-03-04');
    if (!a.ok) throw new Error(a.errors.join());
    expect(importPack(exportPack(a.pack), [builtIn(defaultPack), user(a.pack)])).toEqual({
      ok: true,
      pack: a.pack,
      replaces: OWN_TOPICS_PACK_ID,
    });
  });
});

describe('fitsSyncItem', () => {
  it('counts the JSON in UTF-8 bytes plus the key', () => {
    const ascii = 'a'.repeat(8190); // 8192 bytes with its quotes
    expect(fitsSyncItem(ascii)).toBe(true);
    expect(fitsSyncItem(ascii, 8192, 'k')).toBe(false);
    const cyrillic = 'б'.repeat(4095); // 8190 bytes + quotes
    expect(fitsSyncItem(cyrillic)).toBe(true);
    expect(fitsSyncItem(`${cyrillic}б`)).toBe(false);
    expect(fitsSyncItem({ a: [1, 2] }, 11)).toBe(true); // {"a":[1,2]}
    expect(fitsSyncItem({ a: [1, 2] }, 11, 'k')).toBe(false);
  });

  it('says no, never throws, for what has no JSON form', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(fitsSyncItem(cycle)).toBe(false);
    expect(fitsSyncItem(undefined)).toBe(false);
    expect(fitsSyncItem(() => 1)).toBe(false);
    expect(fitsSyncItem(10n)).toBe(false);
  });

  it('fits the bundled pack’s full list of topic ids easily', () => {
    expect(fitsSyncItem(defaultPack.topics.map((t) => t.id), 8192, 'disabledTopics')).toBe(true);
  });
});

describe('resolveLibraryInSlices', () => {
  it('merges as resolveLibrary does, letting the page run between slices', async () => {
    // 3,000 topics, every tenth claiming a name an earlier topic holds.
    const many = pack('many', Array.from({ length: 3_000 }, (_, n) => topic(`t${n}`, [`Name ${n}`, n % 10 === 0 ? `Name ${n - 1}` : `Other ${n}`])));
    const library = [builtIn(base), user(many), user(third)];
    const disabledTopics = new Set(['t5', 'kazan']);
    // A clock that moves 1 ms per reading: a slice of 10 ms is ten steps.
    let clock = 0;
    let yields = 0;
    const sliced = await resolveLibraryInSlices(library, { disabledTopics }, { yieldNow: async () => void yields++, now: () => clock++, budgetMs: 10 });
    expect(yields).toBeGreaterThan(0);
    expect(sliced).toEqual(resolveLibrary(library, { disabledTopics }));
    expect(sliced.conflicts.length).toBeGreaterThan(250);
  });
});
