/**
 * Word forms per language: what a name written once may look like in text.
 *
 * A name is compiled (when the library changes, never per page) into forms:
 * each word becomes a folded stem plus a bounded number of letters allowed
 * after it, and the form's head (what the automaton looks for) is the text up
 * to the first stem whose ending may vary. The rest (the tail) is checked only
 * where the automaton found a head. Stems come from a Snowball stemmer where
 * the language has one (stemmers.ts, at build time only), else from the
 * bounded hand rules here.
 */
import { foldString } from './normalise';

export interface LanguageRule {
  /** Letters allowed after a word's stem (inflection, derivation), beyond what the stem removed. */
  ending: number;
  /** Written without spaces (Han, Kana, Hangul, Thai): names match as substrings, no ending rule. */
  substring?: boolean;
  /** Clitics a word may carry in front, joined to it (Arabic, Hebrew); '' is always allowed. */
  proclitics?: readonly string[];
  /** Compounds: further letters may follow the last word (German "Oreschnikrakete"). */
  compound?: boolean;
  /** Only the last word inflects ("Istanbul talks"): the others are matched whole, which makes heads longer. */
  lastWordOnly?: boolean;
  /** Letters a hand rule may strip from a word's end to make its stem (when no stemmer). */
  stripFinal?: string;
  /**
   * Folded stem endings that change before some case endings (Slavic
   * locative and dative: "Aljaska" -> "na Aljasci", "Ameryka" -> "w Ameryce",
   * "Аляска" -> "на Алясці"): the head word's stem is looked for with either.
   */
  alternations?: readonly (readonly [string, string])[];
}

const SLAVIC_VOWELS = 'aeiouyąęóаеёиоуыэюяьйіїєѣ';
/** Folded: alef, waw, yeh and ة (folded to ه). */
const ARABIC_FINAL_VOWELS = 'اويه';
const ARABIC_PROCLITICS = ['و', 'ف', 'ب', 'ك', 'ل', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ول', 'وب', 'فب', 'فل', 'وك', 'وبال', 'ولل', 'فلل'];
const HEBREW_PROCLITICS = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ', 'וה', 'וב', 'ול', 'ומ', 'וש', 'שה', 'שב', 'של', 'מה', 'כש', 'וכש', 'שמ', 'לה', 'שבה'];

const slavic: LanguageRule = { ending: 5, stripFinal: SLAVIC_VOWELS };
const SOUTH_SLAVIC_ALTERNATIONS = [['k', 'c'], ['g', 'z'], ['h', 's']] as const;
const CYRILLIC_ALTERNATIONS = [['к', 'ц'], ['г', 'з'], ['х', 'с']] as const;
const spaceless: LanguageRule = { ending: 0, substring: true };
const germanic: LanguageRule = { ending: 3, compound: true };

/** Per language (two/three-letter code). Languages not listed use DEFAULT_RULE. */
export const LANGUAGE_RULES: Readonly<Record<string, LanguageRule>> = {
  '*': { ending: 0 },
  en: { ending: 1, lastWordOnly: true },
  es: { ending: 2 },
  pt: { ending: 2 },
  it: { ending: 2 },
  fr: { ending: 2 },
  ca: { ending: 2 },
  ro: { ending: 4 },
  de: germanic,
  nl: germanic,
  sv: germanic,
  da: germanic,
  no: germanic,
  nb: germanic,
  ru: slavic,
  uk: { ...slavic, alternations: CYRILLIC_ALTERNATIONS },
  be: { ...slavic, alternations: CYRILLIC_ALTERNATIONS },
  bg: slavic,
  mk: slavic,
  sr: { ...slavic, alternations: [...SOUTH_SLAVIC_ALTERNATIONS, ...CYRILLIC_ALTERNATIONS] },
  hr: { ...slavic, alternations: SOUTH_SLAVIC_ALTERNATIONS },
  bs: { ...slavic, alternations: SOUTH_SLAVIC_ALTERNATIONS },
  sl: { ...slavic, alternations: SOUTH_SLAVIC_ALTERNATIONS },
  pl: { ...slavic, alternations: [['k', 'c'], ['g', 'dz'], ['ch', 'sz'], ['d', 'dz'], ['t', 'c'], ['ł', 'l']] },
  cs: { ...slavic, alternations: [['k', 'c'], ['h', 'z'], ['g', 'z'], ['ch', 's']] },
  sk: { ...slavic, alternations: [['k', 'c'], ['h', 'z'], ['ch', 's']] },
  lt: { ending: 5, stripFinal: 'aeiouysą' },
  lv: { ending: 5, stripFinal: 'aeiouys' },
  el: { ending: 5, stripFinal: 'αεηιουωςσ' },
  fi: { ending: 6 },
  et: { ending: 6, stripFinal: 'aeiu' },
  hu: { ending: 6 },
  tr: { ending: 6 },
  az: { ending: 6, stripFinal: '' },
  ka: { ending: 4, stripFinal: 'ი' },
  // Agglutinative: case and possessive suffixes stack on a name ("Alyaskada", "Аляскада", "Qozonda").
  kk: { ending: 6 },
  ky: { ending: 6 },
  uz: { ending: 6 },
  tk: { ending: 6 },
  // Definite and case endings: "Alaskë", "Alaskës"; "Alaskan", "Alaskako".
  sq: { ending: 3, stripFinal: 'aeë' },
  eu: { ending: 4 },
  gl: { ending: 2 },
  af: germanic,
  is: { ending: 3, compound: true },
  // Case endings after the stem's vowel: "Ալյասկա" -> "Ալյասկայում".
  hy: { ending: 5 },
  // A final long vowel or ة drops before a suffix ("روسيا" -> "روسي", "روسية") and is often left
  // out of foreign names ("مادور" for "مادورو").
  ar: { ending: 3, proclitics: ARABIC_PROCLITICS, stripFinal: ARABIC_FINAL_VOWELS },
  fa: { ending: 3 },
  ur: { ending: 2 },
  he: { ending: 2, proclitics: HEBREW_PROCLITICS },
  hi: { ending: 2 },
  // Postpositions join the word: "अलास्कामध्ये".
  mr: { ending: 6 },
  bn: { ending: 3 },
  // Case markers follow the name, counted in code units with their vowel signs ("அலாஸ்காவில்").
  ta: { ending: 8 },
  te: { ending: 4 },
  kn: { ending: 4 },
  ml: { ending: 5 },
  gu: { ending: 2 },
  pa: { ending: 2 },
  ne: { ending: 2 },
  id: { ending: 3 },
  ms: { ending: 3 },
  vi: { ending: 0 },
  sw: { ending: 0 },
  zh: spaceless,
  ja: spaceless,
  ko: spaceless,
  th: spaceless,
  lo: spaceless,
  km: spaceless,
  my: spaceless,
};

export const DEFAULT_RULE: LanguageRule = { ending: 0 };

/** The rule of a language key: 'pt-BR' and 'PT' read as 'pt'. */
export function ruleOf(lang: string): LanguageRule {
  const key = lang === '*' ? '*' : lang.toLowerCase().split(/[-_]/)[0]!;
  return LANGUAGE_RULES[key] ?? DEFAULT_RULE;
}

/** Letters of scripts written without spaces between words (and Hangul, whose particles join the word). */
const SPACELESS_TEXT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc\u3005\p{N}\p{P}\s]+$/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const HEBREW_SCRIPT = /\p{Script=Hebrew}/u;

/**
 * The rule for a term of language key `lang`. A term for every language ('*')
 * takes the rule its script needs: "拜登" must be found inside "拜登总统",
 * "غزة" after its clitics in "وغزة"; other '*' terms are matched whole.
 */
export function ruleFor(text: string, lang: string): LanguageRule {
  if (lang !== '*') return ruleOf(lang);
  if (SPACELESS_TEXT.test(text)) return spaceless;
  if (ARABIC_SCRIPT.test(text)) return { ending: 0, proclitics: ARABIC_PROCLITICS };
  if (HEBREW_SCRIPT.test(text)) return { ending: 0, proclitics: HEBREW_PROCLITICS };
  return LANGUAGE_RULES['*']!;
}

/** One word of a form: its folded stem and how many letters may follow it. */
export interface FormWord {
  stem: string;
  ending: number;
}

export interface Form {
  /** Folded automaton patterns: one per allowed start (a leading separator, a proclitic…). */
  heads: string[];
  /** Per head: folded units at its start that are not part of the highlight. */
  skips: number[];
  /** Index in `words` of the word the heads end in (its stem is the heads' last part). */
  headWord: number;
  words: FormWord[];
  /** Further letters may follow the last word (compounds). */
  compound: boolean;
  /** No word boundary at the end either (scripts without spaces). */
  substring: boolean;
  /**
   * Folded clitics that may stand between a word start and the heads (which
   * then have no leading separator): checked on hits, so that twenty
   * Arabic prefixes do not make twenty copies of every name in the automaton.
   */
  proclitics?: string[];
}

export interface FormOptions {
  /** No word forms: the text exactly (with folding), whole word. */
  exact?: boolean;
  /** v1 `suffixLetters`: letters allowed after the last word. */
  suffixLetters?: number;
  /** The language's stemmer, applied to a lower-cased word (build time only). */
  stem?: (word: string) => string;
}

const MIN_STEM = 3;
const isDigits = (word: string) => /^[0-9]+$/.test(word);

/** The stem of one folded word and the letters allowed after it. */
function wordForm(word: string, original: string, rule: LanguageRule, options: FormOptions): FormWord {
  // Short words ("ЕС", "США", "EU") take no ending: "ЕС" must not find "есть".
  if (options.exact || rule.substring || isDigits(word) || word.length <= MIN_STEM) return { stem: word, ending: 0 };
  let stem = word;
  if (options.stem) {
    // A stemmer sees the word with its diacritics; its stem is folded and
    // kept only as far as it is a prefix of the folded word ("happi" of "happy" -> "happ").
    const stemmed = foldString(options.stem(original.toLowerCase())).trim();
    let common = 0;
    while (common < stemmed.length && common < word.length && stemmed[common] === word[common]) common++;
    stem = word.slice(0, common);
  } else if (rule.stripFinal) {
    let cut = word.length;
    while (cut > word.length - 2 && rule.stripFinal.includes(word[cut - 1]!)) cut--;
    stem = word.slice(0, cut);
  }
  // Never stem a name down to a stub: a short word loses at most one letter.
  const floor = word.length <= 5 ? word.length - 1 : Math.max(4, word.length - 4);
  if (stem.length < floor) stem = word.slice(0, floor);
  return { stem, ending: Math.max(rule.ending, word.length - stem.length) };
}

/**
 * The form of one name (or near-word, context or veto term) in language `lang`.
 * `null` when the text folds to nothing.
 */
export function formOf(text: string, lang: string, options: FormOptions = {}): Form | null {
  const folded = foldString(text).trim();
  if (!folded) return null;
  // A number is a whole word in every script: "20" is not in "2013", nor a clitic's word in "و20".
  const rule = /^[0-9 ]+$/.test(folded) ? LANGUAGE_RULES['*']! : ruleFor(text, lang);
  const foldedWords = folded.split(' ');
  const originals = text.trim().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const words = foldedWords.map((word, index) =>
    rule.lastWordOnly && index < foldedWords.length - 1
      ? { stem: word, ending: 0 }
      : wordForm(word, originals.length === foldedWords.length ? originals[index]! : word, rule, options),
  );
  const last = words[words.length - 1]!;
  if (options.suffixLetters !== undefined && !options.exact) last.ending = Math.max(last.ending, options.suffixLetters);
  // The head runs to the first word whose ending may vary.
  let headWord = 0;
  while (headWord < words.length - 1 && words[headWord]!.ending === 0) headWord++;
  const body = words.slice(0, headWord + 1).map((word) => word.stem).join(' ');
  const start = rule.substring || rule.proclitics ? '' : ' ';
  const compound = (rule.compound ?? false) && !options.exact;
  // A head that is the whole form, whose last word takes no letters, ends with the word: the separator after
  // it is part of the head, so that " 20" does not stop the first pass at every "2013".
  const closed = headWord === words.length - 1 && words[headWord]!.ending === 0 && !compound && !rule.substring;
  const heads = [start + body + (closed ? ' ' : '')];
  if (rule.alternations && !options.exact && words[headWord]!.ending > 0) {
    for (const [from, to] of rule.alternations) if (body.endsWith(from)) heads.push(start + body.slice(0, -from.length) + to);
  }
  return {
    heads,
    skips: heads.map(() => start.length),
    headWord,
    words,
    compound,
    substring: rule.substring ?? false,
    ...(rule.proclitics ? { proclitics: rule.proclitics.map((clitic) => foldString(clitic).trim()) } : {}),
  };
}
