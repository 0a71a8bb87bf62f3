import { describe, expect, it } from 'vitest';
import { createMatchingModel, type MatchingTopic } from '../../data/matching';
import { formOf } from '../../data/matching/forms';

/** The texts of the mentions one name (in `lang`) finds in `text`. */
function found(lang: string, name: string | { text: string; caseSensitive?: boolean; exact?: boolean }, text: string): string[] {
  const topic: MatchingTopic = { id: 'topic', names: { [lang]: [name] } };
  const model = createMatchingModel({ topics: [topic] });
  return model.mentionsIn({ text, lang }, {}).map((mention) => text.slice(mention.start, mention.end));
}

describe('word forms', () => {
  it('Russian: case endings and derivations after a Snowball stem, whole words only', () => {
    expect(found('ru', 'Маринера', 'О танкере «Маринеры» и о Маринере говорят.')).toEqual(['Маринеры', 'Маринере']);
    expect(found('ru', 'Стамбул', 'стамбульские договорённости')).toEqual(['стамбульские']);
    expect(found('ru', 'Стамбул', 'Константинополь, а не Стамбулистанщина')).toEqual([]);
  });

  it('Polish (a hand rule): endings after a vowel-stripped stem', () => {
    expect(found('pl', 'Orzesznik', 'atak Orzesznikiem na miasto')).toEqual(['Orzesznikiem']);
    expect(found('pl', 'Marinera', 'zatrzymanie Marinerę')).toEqual(['Marinerę']);
  });

  it('short words take no ending', () => {
    expect(found('ru', 'ЕС', 'есть ЕС')).toEqual(['ЕС']);
  });

  it('English: plural and possessive; Turkish: suffix after an apostrophe', () => {
    expect(found('en', 'Istanbul talk', 'The Istanbul talks resumed')).toEqual(['Istanbul talks']);
    expect(found('en', 'Oreshnik', "Oreshnik's range")).toEqual(['Oreshnik']);
    expect(found('tr', 'İstanbul', "Heyetler İstanbul'da buluştu")).toEqual(['İstanbul']);
    expect(found('*', 'BRICS', "BRICS'e katılım")).toEqual(['BRICS']);
  });

  it('German: compounds and hyphen parts', () => {
    expect(found('de', 'Oreschnik', 'die Oreschnikrakete und die Oreschnik-Rakete')).toEqual(['Oreschnikrakete', 'Oreschnik']);
    expect(found('de', 'Alaska', 'der Alaska-Gipfel')).toEqual(['Alaska']);
  });

  it('Arabic: proclitics before the name, not highlighted', () => {
    expect(found('ar', 'بريكس', 'وقالت مجموعة والبريكس ولبريكس')).toEqual(['بريكس', 'بريكس']);
    expect(found('ar', 'بريكس', 'كلمة مبريكس')).toEqual([]);
  });

  it('Hebrew: prefixes before the name', () => {
    expect(found('he', 'אלסקה', 'הפסגה באלסקה ובאלסקה')).toEqual(['אלסקה', 'אלסקה']);
  });

  it('Chinese and Japanese: substrings; Korean: particles follow the name', () => {
    expect(found('zh', '金砖', '金砖国家峰会')).toEqual(['金砖']);
    expect(found('ja', 'オレシュニク', '新型ミサイルオレシュニクを発射')).toEqual(['オレシュニク']);
    expect(found('ko', '오레시니크', '오레시니크를 발사했다')).toEqual(['오레시니크']);
  });

  it('a term for every language takes the rule of its script', () => {
    expect(found('*', '拜登', '美国总统拜登表示')).toEqual(['拜登']);
    expect(found('*', 'ガザ', 'ガザの停戦')).toEqual(['ガザ']);
    expect(found('*', 'غزة', 'في وغزة')).toEqual(['غزة']);
    expect(found('*', 'Putin', 'Putinism and Putin')).toEqual(['Putin']);
  });

  it('Turkic, Tamil and Marathi: suffixes joined to the name', () => {
    expect(found('az', 'Alyaska', 'Tramp və Putin Alyaskada görüşdü')).toEqual(['Alyaskada']);
    expect(found('ta', 'அலாஸ்கா', 'அலாஸ்காவில் சந்தித்தனர்')).toEqual(['அலாஸ்காவில்']);
    expect(found('mr', 'अलास्का', 'अलास्कामध्ये भेट')).toEqual(['अलास्कामध्ये']);
  });

  it('case-sensitive names keep their capitals', () => {
    expect(found('*', { text: 'BRICS', caseSensitive: true }, 'BRICS, not bricks or Brics')).toEqual(['BRICS']);
  });

  it('exact names take no forms', () => {
    expect(found('ru', { text: 'Орешник', exact: true }, 'Орешником и Орешник')).toEqual(['Орешник']);
  });

  it('a multi-word name inflects every word', () => {
    expect(found('ru', 'мирный план', 'о мирном плане')).toEqual(['мирном плане']);
    expect(formOf('мирный план', 'ru')!.heads[0]).toBe(' мирн');
  });
});
