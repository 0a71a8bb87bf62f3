/**
 * Briefmark's own words in the reader's language: one `t()` for every part of
 * the extension, and the Intl locale that dates and numbers follow.
 *
 * `browser.i18n` picks the browser's language and cannot switch at run time,
 * so the reader's choice (options page) could not apply through it. The
 * locale files are small and static: they are bundled here, and the manifest's
 * strings also go to `_locales` through @wxt-dev/i18n (wxt.config.ts), from
 * the same files.
 *
 * Pure: no browser API. Entrypoints pass in the browser's language and the
 * stored choice (ui-language.ts); until then, English.
 */
import en from '../locales/en.json';
import ru from '../locales/ru.json';
import uk from '../locales/uk.json';
import de from '../locales/de.json';
import fr from '../locales/fr.json';

/** The UI languages, each named in itself, as the language select lists them. */
export const LANGUAGES = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
  de: 'Deutsch',
  fr: 'Français',
} as const;

export type Language = keyof typeof LANGUAGES;
/** What the reader chose: a language, or whatever the browser speaks. */
export type LanguagePreference = Language | 'auto';

export const DEFAULT_LANGUAGE: Language = 'en';

type PluralCategory = Intl.LDMLPluralRule;
/** A message that varies with `{count}`: one form per plural category of its language. */
type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };
type Messages = { [key: string]: string | PluralForms | Messages };

/** `card.keyFacts`: a dotted path to one message of the English file. */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : keyof T[K] extends PluralCategory
      ? `${Prefix}${K}`
      : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = KeysOf<typeof en>;
export type MessageParams = Record<string, string | number>;

export const MESSAGES: Record<Language, Messages> = { en, ru, uk, de, fr };

const PLURAL_CATEGORIES: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Whether a node of a locale file is one plural message, rather than a group of messages. */
export function isPluralForms(node: unknown): node is PluralForms {
  return (
    typeof node === 'object' &&
    node !== null &&
    'other' in node &&
    Object.keys(node).every((key) => PLURAL_CATEGORIES.includes(key))
  );
}

/** Regional Intl locales where the bare language would read oddly: English dates as "7 Jan 2026". */
const INTL_DEFAULT: Partial<Record<Language, string>> = { en: 'en-GB' };

export interface UiLanguage {
  language: Language;
  /** The locale dates and numbers are formatted in: the browser's own where it speaks this language ("de-AT"). */
  intlLocale: string;
}

function baseOf(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The language Briefmark speaks, from the reader's choice and the browser's language ("ru-RU", "pt-BR"). */
export function resolveLanguage(preference: unknown, browserLanguage: string): UiLanguage {
  const browserBase = baseOf(browserLanguage);
  const language: Language = isLanguage(preference)
    ? preference
    : isLanguage(browserBase)
      ? browserBase
      : DEFAULT_LANGUAGE;
  const intlLocale = browserBase === language && browserLanguage.includes('-') ? browserLanguage : (INTL_DEFAULT[language] ?? language);
  return { language, intlLocale: wellFormedTag(intlLocale) ?? language };
}

/**
 * The tag in its canonical form, or undefined where Intl would refuse it. A well-formed tag Intl has no
 * data for ("en-XA") needs no check: its formats fall back along the tag. `supportedLocalesOf` would also
 * do, but it lists every locale's data, a cost each page's first task paid.
 */
function wellFormedTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Whether text tagged `tag` ("en", "en-US") is in the UI's language. */
export function inUiLanguage(tag: string): boolean {
  return baseOf(tag) === current.language;
}

/** The language named in the UI's language ("Deutsch" is "German" to an English reader). */
export function languageName(tag: string, inLanguage: string = current.language): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

let current: UiLanguage = { language: DEFAULT_LANGUAGE, intlLocale: INTL_DEFAULT[DEFAULT_LANGUAGE]! };
// Made on first use: making them loads the locale's data, a cost every page paid before the content script's first line.
let pluralRules: Intl.PluralRules | undefined;
let numberFormat: Intl.NumberFormat | undefined;
const plurals = () => (pluralRules ??= new Intl.PluralRules(current.intlLocale));
const numbers = () => (numberFormat ??= new Intl.NumberFormat(current.intlLocale));

export function setUiLanguage(next: UiLanguage): void {
  if (next.language === current.language && next.intlLocale === current.intlLocale) return;
  current = next;
  pluralRules = numberFormat = undefined;
}

export function uiLanguage(): UiLanguage {
  return current;
}

/** A number as the reader writes it: "5,002", "5 002", "5.002". */
export function formatNumber(value: number): string {
  // Below 1,000 every locale of the UI's languages writes the digits alone (a test checks them): a page's
  // count then costs no Intl format, whose making loads the locale's number data in the page's first task.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && !current.intlLocale.includes('-u-')) return String(value);
  return numbers().format(value);
}

function lookup(messages: Messages, key: string): string | PluralForms | undefined {
  let node: Messages[string] | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || isPluralForms(node)) return undefined;
    node = (node as Messages)[part];
  }
  return typeof node === 'string' || isPluralForms(node) ? node : undefined;
}

/**
 * A message in the UI language, English where a locale lacks it (a test
 * keeps them complete). `{name}` takes `params.name`, numbers formatted for
 * the locale; a plural message picks its form by `params.count`.
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const message = lookup(MESSAGES[current.language], key) ?? lookup(MESSAGES[DEFAULT_LANGUAGE], key) ?? key;
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count ?? 0);
    text = message[plurals().select(count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}
