/**
 * What a reader sees the matching model do with names as pages write them:
 * whole words, letter case, spaces and dashes, apostrophes, punctuation,
 * bounded word forms, context, disabled topics, and text that tries to make
 * it slow. (These were the old regex matcher's checks, carried over to the
 * model the content script runs.)
 */
import { describe, expect, it } from 'vitest';
import { createMatchingModel, type MatchingTopic } from '../../data/matching';
import { defaultPack } from '../../data/packs';

const topics: MatchingTopic[] = [
  { id: 'bella-1', names: { '*': ['Bella 1', { text: 'Marinera', needsContext: true }] }, context: { en: ['tanker'] } },
  { id: 'brics', names: { '*': [{ text: 'BRICS', caseSensitive: true }, 'BRICS Plus'], ru: ['БРИКС'] } },
  { id: 'drills', names: { en: ['BRICS Plus exercise', 'Will for Peace'] } },
  { id: 'oreshnik', names: { ru: ['Орешник'], '*': ['Oreshnik', 'Oreschnik'] } },
  { id: 'alaska', names: { en: ['Alaska summit', { text: 'Alaska', needsContext: true }] }, context: { en: ['Putin', 'Putin’s envoy'] } },
];

const model = createMatchingModel({ topics });
const found = (text: string, options: { disabled?: ReadonlySet<string> } = {}) =>
  (options.disabled ? createMatchingModel({ topics }, options) : model)
    .mentionsIn({ text, lang: 'en' }, {})
    .map((mention) => [mention.topicId, text.slice(mention.start, mention.end)]);

describe('names as pages write them', () => {
  it('maps each mention to its topic', () => {
    expect(found('The Bella 1 and BRICS and the Oreshnik.')).toEqual([
      ['bella-1', 'Bella 1'],
      ['brics', 'BRICS'],
      ['oreshnik', 'Oreshnik'],
    ]);
  });

  it('prefers the longest name, so a phrase goes to the topic that owns it', () => {
    expect(found('the BRICS Plus exercise began')).toEqual([['drills', 'BRICS Plus exercise']]);
    expect(found('BRICS Plus members')).toEqual([['brics', 'BRICS Plus']]);
  });

  it('matches whole words only, in every script', () => {
    expect(found('OreshnikX Bella 12 xBRICS')).toEqual([]);
    expect(found('саммит БРИКС.')).toEqual([['brics', 'БРИКС']]);
    expect(found('ПреБРИКС')).toEqual([]);
  });

  it('ignores letter case unless the name says otherwise', () => {
    expect(found('BELLA 1, bella 1, oreshnik')).toHaveLength(3);
    expect(found('a wall of bricks, brics and Brics')).toEqual([]);
    expect(found('брикс')).toEqual([['brics', 'брикс']]);
  });

  it('lets a space in a name match spaces, no-break spaces, hyphens and dashes', () => {
    for (const text of ['Bella 1', 'Bella-1', 'Bella\u00a01', 'Bella  1', 'Bella\u20111', 'Bella \u2013 1']) {
      expect(found(text), text).toEqual([['bella-1', text]]);
    }
  });

  it('finds a name before a possessive, with straight and curly apostrophes, and leaves the suffix out', () => {
    expect(found("BRICS's members and the Oreshnik’s range")).toEqual([
      ['brics', 'BRICS'],
      ['oreshnik', 'Oreshnik'],
    ]);
  });

  it('finds a stem with a bounded ending, and no more', () => {
    expect(found('удар Орешником и запуск Орешника')).toEqual([
      ['oreshnik', 'Орешником'],
      ['oreshnik', 'Орешника'],
    ]);
    expect(found('Орешниковщина')).toEqual([]);
  });

  it('finds names next to punctuation, quotes and brackets', () => {
    expect(found('(BRICS) «Oreshnik» "Bella 1", [Will for Peace]; —BRICS—')).toHaveLength(5);
  });

  it('leaves out disabled topics, and finds nothing when all are off', () => {
    expect(found('BRICS and Bella 1', { disabled: new Set(['brics']) })).toEqual([['bella-1', 'Bella 1']]);
    const none = createMatchingModel({ topics }, { disabled: new Set(topics.map((topic) => topic.id)) });
    expect(none.mayMention('BRICS and Bella 1 in Alaska')).toBe(false);
    expect(none.mentionsIn({ text: 'BRICS and Bella 1', lang: 'en' }, {})).toEqual([]);
  });

  it('counts an ambiguous name only with its topic’s context near it', () => {
    expect(found('Marinera in Alaska')).toEqual([]);
    expect(found('The tanker Marinera; Putin went to Alaska.')).toEqual([
      ['bella-1', 'Marinera'],
      ['alaska', 'Alaska'],
    ]);
  });

  it('finds context next to punctuation and across no-break spaces, in any letter case, as whole words', () => {
    for (const text of ['(Putin) in Alaska', 'PUTIN IN ALASKA', '«Putin’s\u00a0envoy» in Alaska', "Putin's envoy in Alaska"]) {
      expect(found(text).map(([topic]) => topic), text).toEqual(['alaska']);
    }
    expect(found('Putinism in Alaska')).toEqual([]);
  });

  it('finds letters whose lower case is two characters, such as the Turkish İ', () => {
    const turkish = createMatchingModel({ topics: [{ id: 'istanbul', names: { '*': ['İstanbul', 'Dolmabahçe talks'] } }] });
    const text = 'İstanbul and DOLMABAHÇE TALKS';
    expect(turkish.mentionsIn({ text, lang: 'tr' }, {}).map((mention) => text.slice(mention.start, mention.end))).toEqual(['İstanbul', 'DOLMABAHÇE TALKS']);
  });

  it('takes names with characters a regular expression would read as syntax literally', () => {
    const odd = createMatchingModel({ topics: [{ id: 'odd', names: { '*': ['a.b*c+(d)'] } }] });
    expect(odd.mentionsIn({ text: 'see a.b*c+(d) here', lang: 'en' }, {})).toHaveLength(1);
    expect(odd.mentionsIn({ text: 'see aXb*c+(d) here', lang: 'en' }, {})).toEqual([]);
  });

  it('finds no English word in a Slavic spelling of a name written with a number (the bundled "Bela 1")', () => {
    const bundled = createMatchingModel(defaultPack);
    const mentions = (text: string) => bundled.mentionsIn({ text, lang: 'en' }, {}).map((mention) => text.slice(mention.start, mention.end));
    expect(mentions('By clicking “Accept and Continue” below, (1) you consent')).toEqual([]);
    expect(mentions('Hrvatski mediji pišu o tankeru Bela 1.')).toEqual(['Bela 1']);
  });

  it('stays fast on adversarial text for the whole bundled pack (no pack can make it slow)', () => {
    const bundled = createMatchingModel(defaultPack);
    const texts = ['а'.repeat(100_000), 'Bella '.repeat(20_000), 'Орешни'.repeat(20_000), 'BRICS+'.repeat(20_000), 'Alaska tanker '.repeat(5_000)];
    const started = performance.now();
    for (const text of texts) {
      bundled.mayMention(text);
      bundled.mentionsIn({ text, lang: 'ru' }, {});
    }
    // About 2 s on a loaded 2-core machine; comparing every pair of candidates took minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});

describe('word forms per language', () => {
  const forms = createMatchingModel({
    topics: [
      { id: 'alaska', names: { hr: ['Aljaska'], pl: ['Ameryka'], uk: ['Аляска'], cs: ['Aljaška'] } },
      { id: 'maduro', names: { ar: ['مادورو'], '*': [{ text: 'Maduro', caseSensitive: true }], hr: [{ text: 'Maduro', caseSensitive: true }] } },
      { id: 'zelensky', names: { hi: ['ज़ेलेंस्की'] } },
    ],
  });
  const words = (text: string, lang: string) => forms.mentionsIn({ text, lang }, {}).map((mention) => text.slice(mention.start, mention.end));

  it('alternates a Slavic stem’s last consonant before locative endings', () => {
    expect(words('na Aljasci', 'hr')).toEqual(['Aljasci']);
    expect(words('w Ameryce', 'pl')).toEqual(['Ameryce']);
    expect(words('на Алясці', 'uk')).toEqual(['Алясці']);
    expect(words('na Aljašce', 'cs')).toEqual(['Aljašce']);
    expect(words('Aljascijadama', 'hr')).toEqual([]);
  });

  it('lets an Arabic name drop its final long vowel, and take endings after it', () => {
    expect(words('نيكولاس مادور', 'ar')).toEqual(['مادور']);
    // The proclitic و is part of the word, not of the highlight.
    expect(words('ومادورو', 'ar')).toEqual(['مادورو']);
  });

  it('holds a case-sensitive name to its capitals, not to its ending’s letters', () => {
    expect(words('predsjednika Madura', 'hr')).toEqual(['Madura']);
    expect(words('plátano maduro', 'es')).toEqual([]);
  });

  it('reads Devanagari with or without the nukta', () => {
    expect(words('जेलेंस्की ने कहा', 'hi')).toEqual(['जेलेंस्की']);
    expect(words('ज़ेलेंस्की ने कहा', 'hi')).toEqual(['ज़ेलेंस्की']);
  });
});
