/**
 * Bad packs, each one mistake away from a valid one, and the exact message a
 * pack author gets for each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ERRORS, MAX_PACK_JSON_CHARS, formatPath, parsePackJson, validatePack } from '../../data/validate-pack';

/** The cases break the types on purpose. */
type Json = any;

/** The smallest valid pack with two topics, so cross-references can go wrong. */
function validPack(): Json {
  return {
    schemaVersion: 1,
    id: 'test-pack',
    title: 'Test pack',
    language: 'en',
    asOf: '2026-02-01',
    topics: [
      {
        id: 'bella-1',
        title: 'Bella 1',
        category: 'maritime',
        summary: 'A tanker.',
        facts: [{ date: '2026-01-07', text: 'It was seized.', sources: ['https://example.org/a'] }],
        aliases: ['Bella 1'],
      },
      {
        id: 'brics',
        title: 'BRICS',
        category: 'alliances',
        summary: 'A bloc.',
        facts: [{ date: '2026-01-09', endDate: '2026-01-16', text: 'Drills.', sources: ['https://example.org/b'] }],
        aliases: [{ text: 'BRICS', caseSensitive: true }],
        related: ['bella-1'],
      },
    ],
  };
}

/** A case that changes the valid pack in place. */
const edit =
  (change: (pack: Json) => void) =>
  (pack: Json): Json => {
    change(pack);
    return pack;
  };
/** A case that replaces the whole input. */
const replace = (input: unknown) => (): unknown => input;

/** A valid pack's JSON text with `"key": value` added to one object of it. */
function withKey(where: (pack: Json) => Json, key: string, value: unknown): Json {
  const pack = validPack();
  where(pack)['@@marker'] = value;
  return JSON.parse(JSON.stringify(pack).replace('"@@marker"', JSON.stringify(key)));
}

function nestedObject(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const MUST_BE_2 = 'must be 2 (packs written for schemaVersion 1 are read too, and migrated)';
const KEBAB = 'must be kebab-case (lower-case words joined by hyphens)';
const HTTPS = 'must be an https:// address';
const ALIAS_KINDS = 'must be a string, or an object with a "text" field';
const CATEGORIES_LIST =
  'must be one of "maritime", "military", "diplomacy", "economy", "security", "cyber", "alliances", "other"';
const fact0 = 'topics[0].facts[0]';

const CASES: [name: string, make: (pack: Json) => unknown, errors: string[]][] = [
  // Not a pack at all.
  ['null', replace(null), ['(the pack): must be an object, not null']],
  ['an array', replace([]), ['(the pack): must be an object, not an array']],
  ['a string', replace('{"schemaVersion":1}'), ['(the pack): must be an object, not a string']],
  ['a number', replace(42), ['(the pack): must be an object, not a number']],
  ['undefined', replace(undefined), ['(the pack): is missing']],
  ['a function', replace(() => 1), ['(the pack): must be an object, not a function']],

  // Wrong types, at every level.
  ['schemaVersion as a string', edit((p) => (p.schemaVersion = '1')), [`schemaVersion: ${MUST_BE_2}`]],
  ['a future schemaVersion', edit((p) => (p.schemaVersion = 3)), [`schemaVersion: ${MUST_BE_2}`]],
  ['title as a number', edit((p) => (p.title = 3)), ['title: must be a string, not a number']],
  [
    'title as a long array',
    edit((p) => (p.title = Array.from({ length: 200 }, () => 'x'))),
    ['title: must be a string, not an array'],
  ],
  ['topics as an object', edit((p) => (p.topics = {})), ['topics: must be an array, not an object']],
  ['a topic as a string', edit((p) => (p.topics[0] = 'bella-1')), ['topics[0]: must be an object, not a string']],
  ['summary as true', edit((p) => (p.topics[1].summary = true)), ['topics[1].summary: must be a string, not true']],
  ['facts as null', edit((p) => (p.topics[0].facts = null)), ['topics[0].facts: must be an array, not null']],
  [
    'sources as one string',
    edit((p) => (p.topics[0].facts[0].sources = 'https://example.org/a')),
    [`${fact0}.sources: must be an array, not a string`],
  ],
  [
    'an alias as a number',
    edit((p) => (p.topics[0].aliases[0] = 42)),
    [`topics[0].aliases[0]: ${ALIAS_KINDS}, not a number`],
  ],
  ['an alias as null', edit((p) => (p.topics[0].aliases[0] = null)), [`topics[0].aliases[0]: ${ALIAS_KINDS}, not null`]],
  [
    'caseSensitive as a string',
    edit((p) => (p.topics[1].aliases[0].caseSensitive = 'yes')),
    ['topics[1].aliases[0].caseSensitive: must be true or false, not a string'],
  ],
  [
    'suffixLetters as a fraction',
    edit((p) => (p.topics[1].aliases[0].suffixLetters = 1.5)),
    ['topics[1].aliases[0].suffixLetters: must be a whole number'],
  ],
  [
    'suffixLetters out of range',
    edit((p) => (p.topics[1].aliases[0].suffixLetters = 9)),
    ['topics[1].aliases[0].suffixLetters: must be between 0 and 4'],
  ],
  [
    'suffixLetters as NaN',
    edit((p) => (p.topics[1].aliases[0].suffixLetters = Number.NaN)),
    ['topics[1].aliases[0].suffixLetters: must be a number, not NaN'],
  ],
  [
    'alias text as a long array',
    edit((p) => (p.topics[1].aliases[0].text = Array.from({ length: 100 }, () => 'x'))),
    ['topics[1].aliases[0].text: must be a string, not an array'],
  ],
  ['a context term as null', edit((p) => (p.topics[0].context = [null])), ['topics[0].context[0]: must be a string, not null']],

  // Missing fields.
  ['no id', edit((p) => delete p.id), ['id: is missing']],
  ['no topics', edit((p) => delete p.topics), ['topics: is missing']],
  ['a topic without summary', edit((p) => delete p.topics[0].summary), ['topics[0].summary: is missing']],
  ['a fact without sources', edit((p) => delete p.topics[0].facts[0].sources), [`${fact0}.sources: is missing`]],
  [
    'an alias object without text',
    edit((p) => (p.topics[1].aliases[0] = { caseSensitive: true })),
    ['topics[1].aliases[0].text: is missing'],
  ],
  [
    'an empty object',
    replace({}),
    [`schemaVersion: ${MUST_BE_2}`, 'id: is missing', 'title: is missing', 'language: is missing', 'asOf: is missing', 'topics: is missing'],
  ],

  // Cross-references.
  [
    'duplicate topic ids',
    edit((p) => {
      p.topics[1].id = 'bella-1';
      p.topics[1].related = [];
    }),
    ['topics[1].id: duplicates the id of topics[0]'],
  ],
  [
    'an unknown related id',
    edit((p) => (p.topics[0].related = ['nowhere'])),
    ['topics[0].related[0]: names no topic of this pack ("nowhere")'],
  ],
  ['a topic related to itself', edit((p) => (p.topics[1].related = ['brics'])), ['topics[1].related[0]: must not name the topic itself']],
  ['a related id not in kebab-case', edit((p) => (p.topics[1].related = ['Bella 1'])), [`topics[1].related[0]: ${KEBAB}`]],
  [
    'the same alias on two topics',
    edit((p) => p.topics[1].aliases.push('bella-1')),
    ['topics[1].aliases[1]: is already an alias of topics[0] ("bella-1")'],
  ],

  // Sources.
  ['an http source', edit((p) => (p.topics[0].facts[0].sources = ['http://example.org/a'])), [`${fact0}.sources[0]: ${HTTPS}`]],
  ['a javascript: source', edit((p) => (p.topics[0].facts[0].sources = ['javascript:alert(1)'])), [`${fact0}.sources[0]: ${HTTPS}`]],
  [
    'a data: source',
    edit((p) => (p.topics[0].facts[0].sources = ['data:text/html,<script>alert(1)</script>'])),
    [`${fact0}.sources[0]: ${HTTPS}`],
  ],
  ['a relative source', edit((p) => (p.topics[0].facts[0].sources = ['/news/a'])), [`${fact0}.sources[0]: ${HTTPS}`]],
  ['a protocol-relative source', edit((p) => (p.topics[0].facts[0].sources = ['//example.org/a'])), [`${fact0}.sources[0]: ${HTTPS}`]],
  ['a source with no host', edit((p) => (p.topics[0].facts[0].sources = ['https://'])), [`${fact0}.sources[0]: ${HTTPS}`]],
  ['no sources', edit((p) => (p.topics[0].facts[0].sources = [])), [`${fact0}.sources: must list at least one source`]],
  [
    'a bad source among good ones',
    edit((p) => p.topics[0].facts[0].sources.push('https://example.org/ok', 'ftp://example.org/x')),
    [`${fact0}.sources[2]: ${HTTPS}`],
  ],

  // Aliases.
  ['an empty alias', edit((p) => (p.topics[0].aliases[0] = '')), ['topics[0].aliases[0]: must not be empty']],
  ['a blank alias', edit((p) => (p.topics[0].aliases[0] = ' \u00a0\t')), ['topics[0].aliases[0]: must not be empty']],
  [
    'an empty alias object text',
    edit((p) => (p.topics[1].aliases[0].text = '')),
    ['topics[1].aliases[0].text: must not be empty'],
  ],
  ['a too-long alias', edit((p) => (p.topics[0].aliases[0] = 'a'.repeat(81))), ['topics[0].aliases[0]: must be at most 80 characters']],
  ['no aliases', edit((p) => (p.topics[0].aliases = [])), ['topics[0].aliases: must list at least one alias']],

  // 10 MB strings: one clear message each, and nothing quoted back.
  ['a 10 MB title', edit((p) => (p.title = TEN_MB)), ['title: must be at most 120 characters']],
  ['a 10 MB alias', edit((p) => (p.topics[0].aliases[0] = TEN_MB)), ['topics[0].aliases[0]: must be at most 80 characters']],
  ['a 10 MB id', edit((p) => (p.topics[0].id = TEN_MB)), ['topics[0].id: must be at most 64 characters']],
  ['a 10 MB source', edit((p) => (p.topics[0].facts[0].sources = [TEN_MB])), [`${fact0}.sources[0]: must be at most 2048 characters`]],
  ['a 10 MB date', edit((p) => (p.asOf = TEN_MB)), ['asOf: must be a date written YYYY-MM-DD']],
  ['a 10 MB language tag', edit((p) => (p.language = TEN_MB)), ['language: must be at most 35 characters']],

  // Deep nesting where a string or an object is expected.
  ['a title nested 10,000 levels deep', edit((p) => (p.title = nestedObject(10_000, 'x'))), ['title: must be a string, not an object']],
  ['topics nested 10,000 arrays deep', edit((p) => (p.topics = nestedArray(10_000))), ['topics[0]: must be an object, not an array']],
  [
    'alias text nested 10,000 levels deep',
    edit((p) => (p.topics[1].aliases[0].text = nestedObject(10_000, 'BRICS'))),
    ['topics[1].aliases[0].text: must be a string, not an object'],
  ],

  // Prototype-pollution keys, as JSON.parse makes them: own properties.
  ['__proto__ on the pack', () => withKey((p) => p, '__proto__', { polluted: true }), ['__proto__: is not a known field']],
  ['constructor on a topic', () => withKey((p) => p.topics[0], 'constructor', { prototype: { polluted: true } }), ['topics[0].constructor: is not a known field']],
  ['prototype on a fact', () => withKey((p) => p.topics[0].facts[0], 'prototype', { polluted: true }), [`${fact0}.prototype: is not a known field`]],
  ['__proto__ on an alias object', () => withKey((p) => p.topics[1].aliases[0], '__proto__', { polluted: true }), ['topics[1].aliases[0].__proto__: is not a known field']],

  // Unknown keys.
  ['an unknown pack field', edit((p) => (p.colour = 'red')), ['colour: is not a known field']],
  ['a misspelt topic field', edit((p) => (p.topics[0].alias = ['x'])), ['topics[0].alias: is not a known field']],
  ['an unknown key with odd characters', edit((p) => (p['see also'] = 1)), ['["see also"]: is not a known field']],

  // Dates.
  ['30 February', edit((p) => (p.topics[0].facts[0].date = '2026-02-30')), [`${fact0}.date: must be a real calendar date`]],
  ['month 13', edit((p) => (p.asOf = '2025-13-01')), ['asOf: must be a real calendar date']],
  ['a date without padding', edit((p) => (p.asOf = '2026-2-1')), ['asOf: must be a date written YYYY-MM-DD']],
  ['a date with a time', edit((p) => (p.asOf = '2026-02-01T00:00:00Z')), ['asOf: must be a date written YYYY-MM-DD']],
  [
    'a span that ends before it starts',
    edit((p) => (p.topics[1].facts[0].endDate = '2026-01-01')),
    ['topics[1].facts[0].endDate: must not be before date (2026-01-09)'],
  ],

  // Enumerations, ids, limits.
  ['an unknown category', edit((p) => (p.topics[0].category = 'sports')), [`topics[0].category: ${CATEGORIES_LIST}`]],
  [
    'a topic id with an underscore, and the reference it breaks',
    edit((p) => (p.topics[0].id = 'bella_1')),
    [`topics[0].id: ${KEBAB}`, 'topics[1].related[0]: names no topic of this pack ("bella-1")'],
  ],
  ['a pack id with capitals and a space', edit((p) => (p.id = 'My Pack')), [`id: ${KEBAB}`]],
  ['a 65-character id', edit((p) => (p.id = 'a'.repeat(65))), ['id: must be at most 64 characters']],
  ['a language name instead of a tag', edit((p) => (p.language = 'English')), ['language: must be a language tag such as "en"']],
  ['no topics at all', edit((p) => (p.topics = [])), ['topics: must list at least one topic']],
  [
    '201 topics',
    edit((p) => {
      const template = p.topics[0];
      p.topics = Array.from({ length: 201 }, (_, i) => ({ ...template, id: `topic-${i}`, aliases: [`Alias ${i}`] }));
    }),
    ['topics: must list at most 200 topics'],
  ],
  [
    '13 facts',
    edit((p) => (p.topics[0].facts = Array.from({ length: 13 }, () => p.topics[0].facts[0]))),
    ['topics[0].facts: must list at most 12 facts'],
  ],

  // Several mistakes at once: each gets its own line.
  [
    'three mistakes in different places',
    edit((p) => {
      p.title = '';
      p.topics[0].aliases[0] = '';
      p.topics[1].facts[0].sources[0] = 'http://example.org/b';
    }),
    ['title: must not be empty', 'topics[0].aliases[0]: must not be empty', `topics[1].facts[0].sources[0]: ${HTTPS}`],
  ],
];

describe('validatePack', () => {
  afterEach(() => {
    // No case may pollute the prototype every object shares.
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts the valid pack the cases start from, filling in defaults', () => {
    const result = validatePack(validPack());
    expect(result.ok).toBe(true);
    // A first-format pack comes back migrated: its aliases as language-neutral names.
    if (result.ok) {
      expect(result.pack.schemaVersion).toBe(2);
      expect(result.pack.topics[0]).toMatchObject({ names: { '*': ['Bella 1'] }, near: [], context: {}, veto: {}, related: [] });
    }
  });

  it('accepts a topic with no facts (a reader’s own topic has a note, no sources)', () => {
    const pack = validPack();
    pack.topics[0].facts = [];
    expect(validatePack(pack).ok).toBe(true);
  });

  it(`has at least 30 malformed packs (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%s', (_name, make, errors) => {
    expect(validatePack(make(validPack()))).toEqual({ ok: false, errors });
  });

  it('answers a 10 MB string at once, without quoting it back', () => {
    const pack = validPack();
    pack.topics[0].aliases = [TEN_MB, TEN_MB];
    pack.topics[0].summary = TEN_MB;
    const started = performance.now();
    const result = validatePack(pack);
    // Loose bound: a hang or a quadratic check would take far longer.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n').length).toBeLessThan(500);
  });

  it('keeps a parsed __proto__ key from reaching any prototype', () => {
    const input = withKey((p) => p.topics[0], '__proto__', { polluted: true });
    expect(Object.getPrototypeOf(input.topics[0])).toBe(Object.prototype);
    expect(validatePack(input).ok).toBe(false);
  });

  it('accepts objects without a prototype', () => {
    const pack = Object.assign(Object.create(null), validPack());
    expect(validatePack(pack).ok).toBe(true);
  });

  it('answers, never throws, when reading the input throws', () => {
    const pack = validPack();
    Object.defineProperty(pack, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validatePack(pack)).toEqual({ ok: false, errors: ['(the pack): could not be read (boom)'] });
  });

  it(`lists at most ${MAX_ERRORS} problems and counts the rest`, () => {
    const pack = validPack();
    for (let i = 0; i < 500; i++) pack[`extra${i}`] = i;
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ERRORS + 1);
    expect(result.errors[0]).toBe('extra0: is not a known field');
    expect(result.errors.at(-1)).toBe(`(the pack): ${500 - MAX_ERRORS} more problems not listed`);
  });
});

describe('parsePackJson', () => {
  it('reads a valid pack, with or without a byte-order mark', () => {
    const text = JSON.stringify(validPack());
    expect(parsePackJson(text).ok).toBe(true);
    expect(parsePackJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it('says where JSON text is broken', () => {
    const result = parsePackJson('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/^\(the pack\): is not valid JSON: \S/);
    }
  });

  it('refuses text over 5 MB before parsing it', () => {
    const text = `{"title": "${'x'.repeat(MAX_PACK_JSON_CHARS)}"}`;
    expect(parsePackJson(text)).toEqual({
      ok: false,
      errors: ['(the pack): is too large (5.0 MB); a pack must be at most 5 MB'],
    });
  });

  it('refuses what is not text', () => {
    expect(parsePackJson(null as unknown as string)).toEqual({ ok: false, errors: ['(the pack): must be JSON text, not null'] });
  });

  it('reads JSON nested 100,000 levels deep without a crash', () => {
    const result = parsePackJson(`{"title": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('title: must be a string, not an array');
  });

  it('rejects prototype-pollution keys and leaves Object.prototype alone', () => {
    const text = JSON.stringify(validPack()).replace('"id":"bella-1"', '"__proto__":{"polluted":true},"id":"bella-1"');
    expect(parsePackJson(text)).toEqual({ ok: false, errors: ['topics[0].__proto__: is not a known field'] });
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('formatPath', () => {
  it('writes paths as a pack author reads them', () => {
    expect(formatPath([])).toBe('(the pack)');
    expect(formatPath(['topics', 3, 'aliases', 0])).toBe('topics[3].aliases[0]');
    expect(formatPath(['topics', 0, 'a b'])).toBe('topics[0]["a b"]');
    expect(formatPath(['k'.repeat(100)])).toBe(`["${'k'.repeat(40)}…"]`);
  });
});
