/**
 * Folding: the one function that turns names (at build time) and a run's text
 * (at scan time) into the same comparable code units, with a map from every
 * folded unit back to the run's text.
 *
 * Per UTF-16 code unit, cached in a table the first time it is seen:
 * - compatibility decomposition (full-width "ＢＲＩＣＳ" -> "brics", ligatures),
 *   then lower case;
 * - Latin, Greek and Cyrillic diacritics dropped ("Dolmabahçe" -> "dolmabahce",
 *   "ё" -> "е"), except й, which is a letter of its own and stays;
 * - Turkish İ, I, ı and i all fold to "i"; German ß to "ss"; final sigma to σ;
 * - Arabic: alef variants to ا, ى to ي, ة to ه, Persian ی/ک to ي/ك, tatweel
 *   and harakat dropped; Hebrew niqqud and cantillation dropped;
 * - Devanagari and Bengali nukta dropped, candrabindu read as anusvara
 *   (writers use one for the other);
 * - everything that is not a letter, mark or digit (spaces, dashes,
 *   apostrophes, punctuation, quotes) to one separator, runs of them to one:
 *   "İstanbul'da", "l'OTAN" and "Oreshnik's" hold the name as a whole word,
 *   and the suffix after an apostrophe is not highlighted.
 * A separator is also put between a letter of a script written without spaces
 * (Han, Kana, Hangul, Thai…) and any other word character: "28개항" folds as
 * "28 개항" and "在BRICS峰会" as "在 brics 峰会", so names meet word starts there.
 *
 * The folded text starts and ends with a separator, so that a name's leading
 * separator (its "starts a word" mark, see forms.ts) also matches at the very
 * start of a run.
 */

/** The separator unit (a space). */
export const SEPARATOR = 0x20;

/** No unit folds to U+0000, so a fresh (zeroed) table is all unknown: no fill at each page's start. */
const UNKNOWN = 0;
const DROP = -2;
const MANY = -3;

/** Per code unit: the folded unit, DROP, MANY (see `many`), or UNKNOWN until first seen. */
const table = new Int32Array(65536);
/** Code units that fold to more than one unit ("ß" -> "ss"). */
const many = new Map<number, Uint16Array>();
/** Per code unit: 1 when it belongs to a script written without spaces. */
const spaceless = new Uint8Array(65536);

/** Letters kept whole although Unicode decomposes them (й is not и with a mark). */
const KEEP_WHOLE = new Map<number, string>([
  [0x419, '\u0439'],
  [0x439, '\u0439'],
  [0x40e, '\u045e'],
  [0x45e, '\u045e'],
]);
const SPECIAL = new Map<number, string>([
  [0x131, 'i'], // ı
  [0xdf, 'ss'],
  [0x1e9e, 'ss'],
  [0x3c2, '\u03c3'], // ς
  [0x671, '\u0627'], // ٱ
  [0x649, '\u064a'], // ى
  [0x6cc, '\u064a'], // ی
  [0x629, '\u0647'], // ة
  [0x6a9, '\u0643'], // ک
  // Devanagari and Bengali: candrabindu and anusvara are written for one another ("पाँच", "पांच").
  [0x901, '\u0902'],
  [0x981, '\u0982'],
  [0x640, ''], // tatweel
  [0x200d, ''], // zero-width joiner
  [0xad, ''], // soft hyphen
]);

function isDroppedMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) || // Latin/Greek/Cyrillic combining diacritics
    (code >= 0x483 && code <= 0x489) || // Cyrillic combining marks
    (code >= 0x64b && code <= 0x65f) || // Arabic harakat, hamza above/below
    code === 0x670 ||
    code === 0x93c || // Devanagari nukta: "ज़ेलेंस्की" is written with and without it
    code === 0x9bc || // Bengali nukta

    (code >= 0x591 && code <= 0x5bd) || // Hebrew cantillation and niqqud
    code === 0x5bf ||
    code === 0x5c1 ||
    code === 0x5c2 ||
    code === 0x5c4 ||
    code === 0x5c5 ||
    code === 0x5c7
  );
}

function isSpacelessScript(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) || // Thai, Lao
    (code >= 0x1000 && code <= 0x109f) || // Myanmar
    (code >= 0x1780 && code <= 0x17ff) || // Khmer
    (code >= 0x1100 && code <= 0x11ff) || // Hangul jamo
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals, kana, Han
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7ff) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff66 && code <= 0xff9f) // half-width kana
  );
}

/** CJK ideographs (and extension A) and Hangul syllables. */
export function isHanOrHangul(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3);
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

function computeUnit(code: number): void {
  if (code < 0x80) {
    // ASCII, most of what a page learns: the rules below give exactly this.
    const isUpper = code >= 0x41 && code <= 0x5a;
    const isWord = isUpper || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    table[code] = isUpper ? code + 0x20 : isWord ? code : SEPARATOR;
    return;
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    table[code] = code; // a surrogate half: kept as is (names fold the same way)
    return;
  }
  if (isHanOrHangul(code)) {
    // A page in Chinese, Japanese or Korean holds thousands of these: each folds to itself (the rules
    // below give exactly this, at several microseconds a unit), in a script without spaces.
    table[code] = code;
    spaceless[code] = 1;
    return;
  }
  const char = String.fromCharCode(code);
  let folded: string;
  const kept = KEEP_WHOLE.get(code);
  const special = SPECIAL.get(code);
  if (kept !== undefined) folded = kept;
  else if (special !== undefined) folded = special;
  else if (isDroppedMark(code)) folded = '';
  else if (!WORD.test(char)) folded = ' ';
  else {
    let out = '';
    for (const part of char.normalize('NFKD')) {
      const partCode = part.charCodeAt(0);
      if (isDroppedMark(partCode)) continue;
      const partSpecial = SPECIAL.get(partCode);
      out += partSpecial ?? (WORD.test(part) ? part : ' ');
    }
    folded = out.normalize('NFC').toLowerCase();
    // Lower-casing can itself bring back a mark (İ -> i̇).
    folded = [...folded].filter((part) => !isDroppedMark(part.charCodeAt(0))).join('');
  }
  if (isSpacelessScript(code)) spaceless[code] = 1;
  if (folded.length === 0) table[code] = DROP;
  else if (folded.length === 1) table[code] = folded.charCodeAt(0);
  else {
    table[code] = MANY;
    const units = new Uint16Array(folded.length);
    for (let i = 0; i < folded.length; i++) units[i] = folded.charCodeAt(i);
    many.set(code, units);
  }
}

/**
 * The folding tables, for the one loop that cannot afford a call per unit
 * (the automaton's `anyIn`): `foldTable[code]` is the folded unit, DROP,
 * MANY (units in `manyUnits`) or UNKNOWN until `learnUnit(code)` fills it.
 */
export const foldTable = table;
export const manyUnits = many;
export const spacelessTable = spaceless;
export { UNKNOWN, DROP, MANY };
export const learnUnit = computeUnit;

/** A run's folded text, with where each folded unit comes from. */
export interface Folded {
  /** The folded units (starts and ends with SEPARATOR). */
  units: Uint16Array;
  length: number;
  /** Per folded unit: the offset in the original text of its first code unit. */
  start: Int32Array;
  /** Per folded unit: the offset just after its source (and any marks dropped after it). */
  end: Int32Array;
}

/**
 * The folded units of `text`, each with the [start, end) of the text it
 * comes from. Written into `reuse` when it is large enough: the scan folds
 * thousands of runs, and three fresh arrays per run were much of its cost
 * (the caller must be done with the previous result).
 */
export function fold(text: string, reuse?: Folded): Folded {
  const needed = text.length * 2 + 2;
  let units: Uint16Array;
  let start: Int32Array;
  let end: Int32Array;
  if (reuse && reuse.units.length >= needed) ({ units, start, end } = reuse);
  else [units, start, end] = [new Uint16Array(needed), new Int32Array(needed), new Int32Array(needed)];
  let length = 0;
  const push = (unit: number, from: number, to: number) => {
    if (length === units.length) [units, start, end] = [grown(units, length), grown(start, length), grown(end, length)];
    units[length] = unit;
    start[length] = from;
    end[length] = to;
    length++;
  };
  let lastWasSeparator = true;
  let lastSpaceless = 0;
  units[0] = SEPARATOR;
  start[0] = end[0] = 0;
  length = 1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let folded = table[code]!;
    if (folded === UNKNOWN) {
      computeUnit(code);
      folded = table[code]!;
    }
    if (folded === DROP) continue;
    if (folded === SEPARATOR) {
      if (!lastWasSeparator) push(SEPARATOR, index, index + 1);
      lastWasSeparator = true;
      continue;
    }
    const isSpaceless = spaceless[code]!;
    if (!lastWasSeparator && isSpaceless !== lastSpaceless) push(SEPARATOR, index, index);
    lastSpaceless = isSpaceless;
    lastWasSeparator = false;
    if (folded === MANY) for (const unit of many.get(code)!) push(unit, index, index + 1);
    else if (length < units.length) {
      units[length] = folded;
      start[length] = index;
      end[length] = index + 1;
      length++;
    } else push(folded, index, index + 1);
  }
  if (!lastWasSeparator) push(SEPARATOR, text.length, text.length);
  // Marks dropped after a letter belong to it: "é" written e + U+0301 is highlighted whole.
  for (let i = 0; i + 1 < length; i++) {
    if (units[i] !== SEPARATOR && end[i]! < start[i + 1]!) end[i] = start[i + 1]!;
  }
  return { units, length, start, end };
}

function grown<T extends Uint16Array | Int32Array>(array: T, length: number): T {
  const next = new (array.constructor as new (size: number) => T)(array.length * 2);
  next.set(array.subarray(0, length));
  return next;
}

/** The folded form of `text` as a string (names at build time, tests). */
export function foldString(text: string): string {
  const folded = fold(text);
  let out = '';
  for (let i = 0; i < folded.length; i++) out += String.fromCharCode(folded.units[i]!);
  return out;
}

/** Whether a folded unit is part of a word (not the separator). */
export function isWordUnit(unit: number): boolean {
  return unit !== SEPARATOR;
}

/** Whether a folded unit is a digit (0-9 after folding). */
export function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}
