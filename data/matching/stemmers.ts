/**
 * The Snowball stemmers (@orama/stemmers) by language code, for compiling
 * names into forms. Build and import time only: all of them together are
 * 268 kB minified (51 kB gzipped), which the content script must not carry;
 * it loads compiled forms instead (see docs/matching.md).
 *
 * Arabic is left out on purpose: its stemmer also strips leading letters
 * ("بريكس" -> "ريكس"), which for names is wrong; Arabic proclitics have
 * their own bounded rule in forms.ts.
 */
import { stemmer as armenian } from '@orama/stemmers/armenian';
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as nepali } from '@orama/stemmers/nepali';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as tamil } from '@orama/stemmers/tamil';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  hy: armenian,
  bg: bulgarian,
  da: danish,
  nl: dutch,
  en: english,
  fi: finnish,
  fr: french,
  de: german,
  el: greek,
  hu: hungarian,
  id: indonesian,
  ms: indonesian,
  ga: irish,
  it: italian,
  lt: lithuanian,
  ne: nepali,
  no: norwegian,
  nb: norwegian,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  sr: serbian,
  hr: serbian,
  bs: serbian,
  es: spanish,
  sv: swedish,
  ta: tamil,
  tr: turkish,
  uk: ukrainian,
};

/** The stemmer of a language key ('pt-BR' reads as 'pt'), if Snowball has one. */
export function stemmerOf(lang: string): ((word: string) => string) | undefined {
  const stemmer = STEMMERS[lang.toLowerCase().split(/[-_]/)[0]!];
  if (!stemmer) return undefined;
  // A stemmer must never stop a library from compiling.
  return (word) => {
    try {
      return stemmer(word);
    } catch {
      return word;
    }
  };
}
