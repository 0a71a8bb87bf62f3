/**
 * The current pack format (schemaVersion 2): names by language, near rules,
 * context and vetoes by language, when. Each bad pack is one mistake away
 * from a valid one, with the exact message its author gets. And packs of the
 * first format: read, migrated, nothing lost.
 */
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../data/validate-pack';
import { migratePack } from '../../data/migrate-pack';
import { PackV1Schema } from '../../data/schema';

/** The cases break the types on purpose. */
type Json = any;

function validPack(): Json {
  return {
    schemaVersion: 2,
    id: 'test-pack',
    title: 'Test pack',
    language: 'en',
    asOf: '2026-02-01',
    topics: [
      {
        id: 'peace-plan',
        title: 'A peace plan',
        category: 'diplomacy',
        summary: 'A plan.',
        facts: [{ date: '2025-11-20', text: 'It was drafted.', sources: ['https://example.org/a'] }],
        names: { en: ['peace plan', { text: 'the plan', needsContext: true }], de: ['Friedensplan'], '*': ['P-28'] },
        near: [{ words: ['28', 'point', 'plan'], within: 3, lang: 'en' }],
        context: { en: ['Witkoff'], de: ['Witkoff'] },
        veto: { en: ['Gaza', 'Hamas'] },
        when: { from: '2025-11-01' },
      },
      {
        id: 'summit',
        title: 'A summit',
        category: 'diplomacy',
        summary: 'A meeting.',
        facts: [],
        names: { en: ['Anchorage summit'] },
      },
    ],
  };
}

const edit =
  (change: (pack: Json) => void) =>
  (pack: Json): Json => {
    change(pack);
    return pack;
  };

const UNKNOWN = (code: string) =>
  `unknown language code "${code}": use a two-letter code such as "de", or "*" for forms in every language`;
const t0 = 'topics[0]';

const CASES: [name: string, make: (pack: Json) => unknown, errors: string[]][] = [
  ['an unknown language of names', edit((p) => (p.topics[0].names.xx = ['plan'])), [`${t0}.names.xx: ${UNKNOWN('xx')}`]],
  ['a language tag, not a code', edit((p) => (p.topics[0].names['en-US'] = ['plan'])), [`${t0}.names["en-US"]: ${UNKNOWN('en-US')}`]],
  ['an unknown language of context', edit((p) => (p.topics[0].context.deu = ['Witkoff'])), [`${t0}.context.deu: ${UNKNOWN('deu')}`]],
  ['an unknown language of vetoes', edit((p) => (p.topics[0].veto.EN = ['Gaza'])), [`${t0}.veto.EN: ${UNKNOWN('EN')}`]],
  ['an unknown language of a near rule', edit((p) => (p.topics[0].near[0].lang = 'english')), [`${t0}.near[0].lang: ${UNKNOWN('english')}`]],
  ['no names at all', edit((p) => (p.topics[1].names = {})), ['topics[1].names: must list at least one name, under a language such as "en" or "*"']],
  ['an empty language of names', edit((p) => (p.topics[0].names.de = [])), [`${t0}.names.de: must list at least one name (or leave the language out)`]],
  ['names as a list (the first format)', edit((p) => (p.topics[1].names = ['Anchorage summit'])), ['topics[1].names: must be an object, not an array']],
  ['aliases in a v2 pack', edit((p) => (p.topics[1].aliases = ['x'])), ['topics[1].aliases: is not a known field']],
  ['an empty name', edit((p) => (p.topics[0].names.de[0] = ' ')), [`${t0}.names.de[0]: must not be empty`]],
  [
    'a name of another topic, in another language',
    edit((p) => (p.topics[1].names.fr = ['Peace  Plan'])),
    ['topics[1].names.fr[0]: is already a name of topics[0] ("peace-plan"); a name may belong to one topic only'],
  ],
  ['exact as a string', edit((p) => (p.topics[0].names.en[1].exact = 'yes')), [`${t0}.names.en[1].exact: must be true or false, not a string`]],
  // Near rules: bounded.
  ['an unbounded gap', edit((p) => (p.topics[0].near[0].within = 1000)), [`${t0}.near[0].within: must be at most 8: a wider gap finds unrelated words (proximity is bounded so no pack can make matching slow)`]],
  ['a gap of 0', edit((p) => (p.topics[0].near[0].within = 0)), [`${t0}.near[0].within: must be from 1 to 8 (words between the first and last word)`]],
  ['a fractional gap', edit((p) => (p.topics[0].near[0].within = 2.5)), [`${t0}.near[0].within: must be a whole number of words from 1 to 8`]],
  ['a missing gap', edit((p) => delete p.topics[0].near[0].within), [`${t0}.near[0].within: is missing: say how many words may lie between the first and last word (1 to 8)`]],
  ['a gap as null', edit((p) => (p.topics[0].near[0].within = null)), [`${t0}.near[0].within: must be a number, not null`]],
  ['an empty group of words', edit((p) => (p.topics[0].near[0].words = [])), [`${t0}.near[0].words: must list 2 to 4 words (one word alone is a name: put it in "names")`]],
  ['a one-word group', edit((p) => (p.topics[0].near[0].words = ['plan'])), [`${t0}.near[0].words: must list 2 to 4 words (one word alone is a name: put it in "names")`]],
  ['five words', edit((p) => (p.topics[0].near[0].words = ['a', 'b', 'c', 'd', 'e'])), [`${t0}.near[0].words: must list at most 4 words; split a longer phrase into a name`]],
  ['a phrase as one word', edit((p) => (p.topics[0].near[0].words = ['28 point', 'plan'])), [`${t0}.near[0].words[0]: must be one word; put each word of a phrase in its own entry of "words"`]],
  ['an empty word', edit((p) => (p.topics[0].near[0].words[1] = '')), [`${t0}.near[0].words[1]: must not be empty`]],
  ['words as one string', edit((p) => (p.topics[0].near[0].words = '28 point plan')), [`${t0}.near[0].words: must be an array, not a string`]],
  ['a near rule with a pattern', edit((p) => (p.topics[0].near[0].pattern = '.*')), [`${t0}.near[0].pattern: is not a known field`]],
  // Vetoes.
  [
    'a veto term that is a name',
    edit((p) => (p.topics[0].veto.de = ['friedensplan'])),
    [`${t0}.veto.de[0]: is one of this topic's names ("Friedensplan"): a veto term rules the topic out, so it must be a word that is NOT the topic, such as "Gaza" for a 20-point plan`],
  ],
  [
    'a veto term that is a context term',
    edit((p) => (p.topics[0].veto.en.push('Witkoff'))),
    [`${t0}.veto.en[2]: is also one of this topic's context terms: a term cannot both confirm and rule out the topic; keep it in one list`],
  ],
  ['veto as a list', edit((p) => (p.topics[0].veto = ['Gaza'])), [`${t0}.veto: must be an object, not an array`]],
  // When.
  ['when with a bad day', edit((p) => (p.topics[0].when.from = '2025-02-30')), [`${t0}.when.from: must be a real calendar date`]],
  ['when ending before it starts', edit((p) => (p.topics[0].when.to = '2025-10-01')), [`${t0}.when.to: must not be before from (2025-11-01)`]],
  ['when as a year', edit((p) => (p.topics[0].when = 2025)), [`${t0}.when: must be an object, not a number`]],
  ['when without from', edit((p) => (p.topics[0].when = { to: '2026-01-01' })), [`${t0}.when.from: is missing`]],
];

describe('validatePack, format 2', () => {
  it('accepts the valid pack the cases start from, filling in defaults', () => {
    const result = validatePack(validPack());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.pack.topics[1]).toMatchObject({ near: [], context: {}, veto: {}, related: [] });
    if (result.ok) expect(result.pack.topics[1]!.when).toBeUndefined();
  });

  it('names an unknown language code even beside other problems, and a long one cut short', () => {
    const pack = validPack();
    pack.topics[0].names.averyverylongcode = ['plan'];
    pack.topics[1].summary = '';
    expect(validatePack(pack)).toEqual({
      ok: false,
      errors: [`${t0}.names.averyverylongcode: ${UNKNOWN('averyverylon…')}`, 'topics[1].summary: must not be empty'],
    });
  });

  it('accepts every language key in use, ISO 639-3 and "*" included', () => {
    const pack = validPack();
    pack.topics[1].names = { ja: ['アンカレッジ会談'], zh: ['安克雷奇峰会'], yue: ['安克雷奇峰會'], fil: ['pulong sa Anchorage'] };
    expect(validatePack(pack)).toMatchObject({ ok: true });
  });

  it.each(CASES)('%s', (_name, make, errors) => {
    expect(validatePack(make(validPack()))).toEqual({ ok: false, errors });
  });
});

describe('packs of the first format', () => {
  const v1 = (): Json => ({
    schemaVersion: 1,
    id: 'old-pack',
    title: 'Old pack',
    language: 'en',
    asOf: '2026-01-01',
    description: 'Written before names by language.',
    topics: [
      {
        id: 'oreshnik',
        title: 'Oreshnik',
        category: 'military',
        summary: 'A missile.',
        caveat: 'Disputed.',
        facts: [{ date: '2024-11-21', text: 'First used.', sources: ['https://example.org/o'] }],
        aliases: ['Oreshnik', { text: 'Орешник', suffixLetters: 3, needsContext: true }, { text: 'IRBM', caseSensitive: true }],
        context: ['missile', 'ракета'],
        related: ['brics'],
      },
      { id: 'brics', title: 'BRICS', category: 'alliances', summary: 'A bloc.', facts: [], aliases: ['BRICS'] },
    ],
  });

  it('are read and migrated: aliases become language-neutral names, context its terms, nothing lost', () => {
    const result = validatePack(v1());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const { topics, ...head } = v1();
    const [oreshnik, brics] = topics.map(({ aliases: _aliases, context: _context, ...kept }: Json) => kept);
    expect(result.pack).toEqual({
      ...head,
      schemaVersion: 2,
      topics: [
        {
          ...oreshnik,
          names: { '*': ['Oreshnik', { text: 'Орешник', suffixLetters: 3, needsContext: true }, { text: 'IRBM', caseSensitive: true }] },
          near: [],
          context: { '*': ['missile', 'ракета'] },
          veto: {},
        },
        { ...brics, names: { '*': ['BRICS'] }, near: [], context: {}, veto: {}, related: [] },
      ],
    });
  });

  it('migrate back to what they said: every alias and context term is in the migrated pack', () => {
    const parsed = PackV1Schema.parse(v1());
    const migrated = migratePack(parsed);
    parsed.topics.forEach((topic, index) => {
      expect(migrated.topics[index]!.names['*']).toEqual(topic.aliases);
      expect(migrated.topics[index]!.context['*'] ?? []).toEqual(topic.context);
    });
  });

  it('get their errors at the paths their author wrote', () => {
    const empty = v1();
    empty.topics[0].aliases[0] = '';
    expect(validatePack(empty)).toEqual({ ok: false, errors: ['topics[0].aliases[0]: must not be empty'] });
    const shared = v1();
    shared.topics[1].aliases = ['oreshnik'];
    expect(validatePack(shared)).toEqual({ ok: false, errors: ['topics[1].aliases[0]: is already an alias of topics[0] ("oreshnik")'] });
  });

  it('say which field of the first format is unknown there', () => {
    const pack = v1();
    pack.topics[0].names = { en: ['x'] };
    expect(validatePack(pack)).toEqual({ ok: false, errors: ['topics[0].names: is not a known field'] });
  });

  it('leaves a current pack as it is', () => {
    const result = validatePack(validPack());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(migratePack(result.pack)).toBe(result.pack);
  });
});
