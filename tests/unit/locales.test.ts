/**
 * Every locale says everything English says, no more, with the same
 * placeholders, and with the plural forms its language needs.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, MESSAGES, formatNumber, isPluralForms, resolveLanguage, setUiLanguage, t, uiLanguage, type Language } from '../../data/i18n';

type Node = string | Record<string, unknown>;

/** Every message as [dotted key, its forms]: one form, or one per plural category. */
function flatten(node: Record<string, unknown>, prefix = ''): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(node)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.set(path, { message: value });
    else if (isPluralForms(value)) out.set(path, value as Record<string, string>);
    else if (typeof value === 'object' && value !== null) for (const entry of flatten(value as Record<string, Node & object>, `${path}.`)) out.set(...entry);
    else out.set(path, { invalid: String(value) });
  }
  return out;
}

/** The `{name}` placeholders and `%s` (the context menu's selection) of all of a message's forms. */
function placeholders(forms: Record<string, string>): string[] {
  const found = new Set<string>();
  for (const text of Object.values(forms)) for (const match of text.matchAll(/\{(\w+)\}|%s/g)) found.add(match[0]);
  return [...found].sort();
}

const english = flatten(MESSAGES.en);
const others = (Object.keys(LANGUAGES) as Language[]).filter((language) => language !== 'en');

describe('locale files', () => {
  it('has all five languages, English the default', () => {
    expect(Object.keys(LANGUAGES)).toEqual(['en', 'ru', 'uk', 'de', 'fr']);
    expect(english.size).toBeGreaterThan(100);
  });

  it.each(others)('%s has every English key and no other', (language) => {
    const keys = [...flatten(MESSAGES[language]).keys()].sort();
    expect(keys).toEqual([...english.keys()].sort());
  });

  it.each(others)('%s keeps each message’s placeholders, and its plural messages plural', (language) => {
    const messages = flatten(MESSAGES[language]);
    for (const [key, forms] of english) {
      const translated = messages.get(key);
      if (!translated) continue; // the key test above names it
      expect(placeholders(translated), key).toEqual(placeholders(forms));
      expect('message' in translated, key).toBe('message' in forms);
    }
  });

  it.each(Object.keys(LANGUAGES) as Language[])('%s gives each plural message exactly its language’s forms', (language) => {
    const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
    for (const [key, forms] of flatten(MESSAGES[language])) {
      if ('message' in forms) continue;
      expect(Object.keys(forms).sort(), `${language} ${key}`).toEqual(categories);
    }
  });

  it.each(Object.keys(LANGUAGES) as Language[])('%s has no empty message and no "$" (Chrome’s messages.json would read it as a placeholder)', (language) => {
    for (const [key, forms] of flatten(MESSAGES[language])) {
      for (const text of Object.values(forms)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(text, `${language} ${key}`).not.toContain('$');
      }
    }
  });
});

describe('t()', () => {
  const speak = (language: Language) => setUiLanguage(resolveLanguage(language, 'en-US'));

  it('picks Russian and Ukrainian plural forms by count, numbers in the locale’s digits', () => {
    speak('ru');
    try {
      expect([1, 2, 5, 21, 1000].map((count) => t('count.mentions', { count }))).toEqual([
        '1 упоминание',
        '2 упоминания',
        '5 упоминаний',
        '21 упоминание',
        '1\u00a0000 упоминаний',
      ]);
      speak('uk');
      expect([1, 3, 11].map((count) => t('count.topics', { count }))).toEqual(['1 тема', '3 теми', '11 тем']);
    } finally {
      speak('en');
    }
  });

  it('writes numbers as Intl does in every regional locale of the UI languages, the digits alone below 1,000', () => {
    const regional = ['en-GB', 'en-US', 'en-IN', 'en-AU', 'en-CA', 'en-ZA', 'en-NG', 'en-PK', 'en-SG', 'de-DE', 'de-AT', 'de-CH', 'de-LI', 'fr-FR', 'fr-CA', 'fr-CH', 'fr-BE', 'fr-MA', 'fr-DZ', 'fr-SN', 'ru-RU', 'ru-UA', 'ru-KZ', 'uk-UA'];
    const counts = [...Array.from({ length: 1000 }, (_, n) => n), 1000, 12_345, 1_234_567, 2.5];
    try {
      for (const locale of [...Object.keys(LANGUAGES), ...regional]) {
        setUiLanguage(resolveLanguage(locale.split('-')[0], locale));
        const format = new Intl.NumberFormat(uiLanguage().intlLocale);
        const wrong = counts.filter((count) => formatNumber(count) !== format.format(count));
        expect(wrong, uiLanguage().intlLocale).toEqual([]);
        expect(formatNumber(42)).toBe('42');
      }
    } finally {
      speak('en');
    }
  });

  it('fills named placeholders, leaving unknown ones visible', () => {
    speak('de');
    try {
      expect(t('popup.pauseOn', { host: 'example.org' })).toBe('Auf example.org pausieren');
      expect(t('popup.pauseOn')).toBe('Auf {host} pausieren');
    } finally {
      speak('en');
    }
  });

  it('follows the browser unless the reader chose, and falls back to English', () => {
    expect(resolveLanguage('auto', 'ru-RU')).toEqual({ language: 'ru', intlLocale: 'ru-RU' });
    expect(resolveLanguage('auto', 'de')).toEqual({ language: 'de', intlLocale: 'de' });
    expect(resolveLanguage('fr', 'ru-RU')).toEqual({ language: 'fr', intlLocale: 'fr' });
    expect(resolveLanguage('auto', 'pt-BR')).toEqual({ language: 'en', intlLocale: 'en-GB' });
    expect(resolveLanguage('auto', 'en-US')).toEqual({ language: 'en', intlLocale: 'en-US' });
    // A tag Intl would refuse falls back to the language; one it merely lacks data for is kept (its formats fall back).
    expect(resolveLanguage('auto', 'ru-RU_x!')).toEqual({ language: 'ru', intlLocale: 'ru' });
    expect(resolveLanguage('auto', 'de-xx')).toEqual({ language: 'de', intlLocale: 'de-XX' });
    expect(() => new Intl.NumberFormat('de-XX').format(1234)).not.toThrow();
    // A stored value that is no language (an old build, another tool) means "auto".
    expect(resolveLanguage('klingon', 'uk-UA').language).toBe('uk');
    expect(uiLanguage().language).toBe('en');
  });
});
