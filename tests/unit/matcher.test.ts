import { describe, expect, it } from 'vitest';
import { aliasRule, aliasSource, compileMatcher, findMentions, topicsWithContext } from '../../data/matcher';
import { defaultPack } from '../../data/packs';
import type { Pack, Topic } from '../../data/schema';
import { topic } from './fixtures';


const pack: Pick<Pack, 'topics'> = {
  topics: [
    topic('bella-1', ['Bella 1', { text: 'Marinera', needsContext: true }], { context: ['tanker'] }),
    topic('brics', [{ text: 'BRICS', caseSensitive: true }, 'BRICS Plus', 'БРИКС']),
    topic('drills', ['BRICS Plus exercise', 'Will for Peace']),
    topic('oreshnik', [{ text: 'Орешник', suffixLetters: 3 }, 'Oreshnik', 'Oreschnik']),
    topic('alaska', ['Alaska summit', { text: 'Alaska', needsContext: true }], { context: ['Putin'] }),
  ],
};

const topicsIn = (text: string, options = {}) =>
  findMentions(compileMatcher(pack, options), text).map((mention) => [mention.topic, mention.text]);

describe('compileMatcher', () => {
  it('compiles every enabled alias into one global, case-insensitive Unicode pattern', () => {
    const matcher = compileMatcher(pack, { withContext: new Set(['alaska']) });
    expect(matcher.pattern).toBeInstanceOf(RegExp);
    expect(matcher.pattern?.flags).toBe('giu');
    const text = 'Bella 1, BRICS, Will for Peace, Орешник, Alaska';
    const topics = [...text.matchAll(matcher.pattern!)].map((match) => matcher.topicOf(match[0]));
    expect(topics).toEqual(['bella-1', 'brics', 'drills', 'oreshnik', 'alaska']);
  });

  it('maps each match back to its topic', () => {
    expect(topicsIn('The Bella 1 and BRICS and the Oreshnik.')).toEqual([
      ['bella-1', 'Bella 1'],
      ['brics', 'BRICS'],
      ['oreshnik', 'Oreshnik'],
    ]);
  });

  it('prefers the longest alias, so a phrase goes to the topic that owns it', () => {
    expect(topicsIn('the BRICS Plus exercise began')).toEqual([['drills', 'BRICS Plus exercise']]);
    expect(topicsIn('BRICS Plus members')).toEqual([['brics', 'BRICS Plus']]);
  });

  it('matches whole words only, with Unicode boundaries', () => {
    expect(topicsIn('OreshnikX Bella 12 xBRICS')).toEqual([]);
    expect(topicsIn('саммит БРИКС.')).toEqual([['brics', 'БРИКС']]);
    expect(topicsIn('ПреБРИКС')).toEqual([]);
  });

  it('is case-insensitive unless the alias says otherwise', () => {
    expect(topicsIn('BELLA 1, bella 1, oreshnik')).toHaveLength(3);
    expect(topicsIn('a wall of bricks, brics and Brics')).toEqual([]);
    expect(topicsIn('брикс')).toEqual([['brics', 'брикс']]);
  });

  it('lets a space in an alias match spaces, no-break spaces and hyphens', () => {
    for (const text of ['Bella 1', 'Bella-1', 'Bella\u00a01', 'Bella  1', 'Bella\u20111', 'Bella \u2013 1']) {
      expect(topicsIn(text)).toEqual([['bella-1', text]]);
    }
  });

  it('matches English possessives with straight and curly apostrophes', () => {
    expect(topicsIn("BRICS's members and the Oreshnik’s range")).toEqual([
      ['brics', "BRICS's"],
      ['oreshnik', 'Oreshnik’s'],
    ]);
  });

  it('matches a stem with a bounded letter suffix, and no more', () => {
    expect(topicsIn('удар Орешником и запуск Орешника')).toEqual([
      ['oreshnik', 'Орешником'],
      ['oreshnik', 'Орешника'],
    ]);
    expect(topicsIn('Орешниковщина')).toEqual([]);
  });

  it('matches next to punctuation, quotes and brackets', () => {
    expect(topicsIn('(BRICS) «Oreshnik» "Bella 1", [Will for Peace]; —BRICS—')).toHaveLength(5);
  });

  it('leaves out disabled topics, and compiles to nothing when all are off', () => {
    expect(topicsIn('BRICS and Bella 1', { disabled: new Set(['brics']) })).toEqual([['bella-1', 'Bella 1']]);
    const all = new Set(pack.topics.map((t) => t.id));
    expect(compileMatcher(pack, { disabled: all }).pattern).toBeNull();
  });

  it('uses ambiguous aliases only where the page carries the topic context', () => {
    expect(topicsIn('Marinera in Alaska')).toEqual([]);
    const withContext = topicsWithContext(pack.topics as Topic[], 'the tanker Marinera; Putin went to Alaska');
    expect([...withContext].sort()).toEqual(['alaska', 'bella-1']);
    expect(topicsIn('Marinera in Alaska', { withContext })).toEqual([
      ['bella-1', 'Marinera'],
      ['alaska', 'Alaska'],
    ]);
  });

  it('counts a context term only outside the topic’s own ambiguous forms', () => {
    const topics = [
      topic(
        'oreshnik',
        [
          { text: 'Орешник', suffixLetters: 3, needsContext: true },
          { text: 'гиперзвуковая ракета', needsContext: true },
          'Oreshnik',
        ],
        { context: ['ракета', 'Oreshnik'] },
      ),
    ];
    // The only "ракета" is inside the ambiguous form itself: no evidence.
    expect([...topicsWithContext(topics, 'гиперзвуковая ракета «Циркон»')]).toEqual([]);
    // A term elsewhere on the page counts, as does an unambiguous alias.
    expect([...topicsWithContext(topics, 'ракета «Орешник»')]).toEqual(['oreshnik']);
    expect([...topicsWithContext(topics, 'гиперзвуковая ракета; ещё одна ракета')]).toEqual(['oreshnik']);
    expect([...topicsWithContext(topics, 'гиперзвуковая ракета, or the Oreshnik')]).toEqual(['oreshnik']);
  });

  it('finds context next to punctuation and across no-break spaces, in any letter case', () => {
    const topics = [topic('alaska', [{ text: 'Alaska', needsContext: true }], { context: ['Putin', 'Putin’s envoy'] })];
    for (const text of ['(Putin) in Alaska', 'PUTIN IN ALASKA', '«Putin’s\u00a0envoy»', "Putin's envoy"]) {
      expect([...topicsWithContext(topics, text)], text).toEqual(['alaska']);
    }
    expect([...topicsWithContext(topics, 'Putinism in Alaska')]).toEqual([]);
  });

  it('stays fast on adversarial text for a whole real pack (no pack can make it slow)', () => {
    const all = new Set(defaultPack.topics.map((t) => t.id));
    const matcher = compileMatcher(defaultPack, { withContext: all });
    const texts = ['а'.repeat(100_000), 'Bella '.repeat(20_000), 'Орешни'.repeat(20_000), 'BRICS+'.repeat(20_000)];
    const started = performance.now();
    for (const text of texts) {
      findMentions(matcher, text);
      topicsWithContext(defaultPack.topics, text);
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('matches letters whose lower case is two characters, such as the Turkish İ', () => {
    const turkish = { topics: [topic('istanbul', ['İstanbul', 'Dolmabahçe talks'])] };
    const found = (text: string) => findMentions(compileMatcher(turkish), text).map((mention) => mention.text);
    expect(found('İstanbul and DOLMABAHÇE TALKS')).toEqual(['İstanbul', 'DOLMABAHÇE TALKS']);
  });

  it('rejects what no enabled alias produces', () => {
    const matcher = compileMatcher(pack);
    expect(matcher.topicOf('bricks')).toBeNull();
    expect(matcher.topicOf('brics')).toBeNull();
    expect(matcher.topicOf('BRICS')).toBe('brics');
  });

  it('escapes every regular-expression character in aliases', () => {
    const source = aliasSource(aliasRule('a.b*c+(d)[e]{f}|g^h$i\\j/k?'));
    const re = new RegExp(`^(?:${source})$`, 'u');
    expect(re.test('a.b*c+(d)[e]{f}|g^h$i\\j/k?')).toBe(true);
    expect(re.test('aXb*c+(d)[e]{f}|g^h$i\\j/k?')).toBe(false);
  });
});

describe('topicsWithAmbiguousForms', () => {
  it('names only the topics whose ambiguous forms occur, so few need their context searched', async () => {
    const { topicsWithAmbiguousForms } = await import('../../data/matcher');
    const ids = (text: string) => topicsWithAmbiguousForms(pack.topics as Topic[], text).map((t) => t.id);
    expect(ids('Marinera and Alaska')).toEqual(['bella-1', 'alaska']);
    expect(ids('the Alaska summit')).toEqual(['alaska']);
    expect(ids('BRICS and Bella 1')).toEqual([]);
  });
});
