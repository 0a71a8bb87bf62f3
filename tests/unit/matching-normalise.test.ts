import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldString, isHanOrHangul } from '../../data/matching/normalise';

describe('folding', () => {
  it.each([
    ['İSTANBUL’DA', ' istanbul da '],
    ['Dolmabahçe Sarayı', ' dolmabahce sarayi '],
    ['Ёлка, чай', ' елка чай '],
    ['ＢＲＩＣＳ', ' brics '],
    ['Straße', ' strasse '],
    ['ΟΔΥΣΣΕΑΣ', ' οδυσσεασ '],
    ['أَوْرِيشْنِيك', ' اوريشنيك '],
    ['إسطنبول آمن ـــ مدرسة', ' اسطنبول امن مدرسه '],
    ['שָׁלוֹם', ' שלום '],
    ['Bella\u00a0—\u20131', ' bella 1 '],
    ['l’OTAN', ' l otan '],
    ['28개항', ' 28 개항 '],
    ['在BRICS峰会', ' 在 brics 峰会 '],
  ])('%s folds to %j', (text, folded) => {
    expect(foldString(text)).toBe(folded);
  });

  it('folds ASCII as the general rule does: letters lower-cased, digits kept, the rest a separator', () => {
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      const expected = /[\p{L}\p{M}\p{N}]/u.test(char) ? ` ${char.normalize('NFKD').toLowerCase()} ` : ' ';
      expect(foldString(char), `U+${code.toString(16)}`).toBe(expected);
    }
  });

  it('folds Han and Hangul syllables as the general rule does: each to itself, as a script without spaces', () => {
    const general = (char: string) => (/[\p{L}\p{M}\p{N}]/u.test(char) ? ` ${char.normalize('NFKD').normalize('NFC').toLowerCase()} ` : ' ');
    let checked = 0;
    for (let code = 0x3400; code <= 0xd7a3; code++) {
      if (!isHanOrHangul(code)) continue;
      const char = String.fromCharCode(code);
      expect(foldString(char), `U+${code.toString(16)}`).toBe(general(char));
      checked++;
    }
    expect(checked).toBe(6_592 + 20_992 + 11_172);
    // No spaces between words: a Latin word beside them is a word of its own.
    expect(foldString('a한b金c')).toBe(' a 한 b 金 c ');
  });

  it('keeps й apart from и', () => {
    expect(foldString('Зеленский')).not.toBe(foldString('Зеленскии'));
  });

  it('maps a decomposed accent to the letter it sits on', () => {
    const folded = fold('cafe\u0301 x');
    const e = [...folded.units.subarray(0, folded.length)].indexOf('e'.charCodeAt(0));
    expect([folded.start[e], folded.end[e]]).toEqual([3, 5]);
  });

  // Any range of whole folded units maps back to original text that folds to the same units.
  it('maps every folded range back to original text that folds to it', () => {
    const alphabet = fc.constantFrom(...'aÉé\u0301ßİıЁйДж ー金砖한국 ,.-—’\u0640\u064eأ1'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const folded = fold(text);
        const inner = folded.length - 2; // without the virtual separators at both ends
        if (inner <= 0) return;
        let from = 1 + (a % inner);
        let to = 1 + (b % inner);
        if (from > to) [from, to] = [to, from];
        to += 1;
        // Whole source characters only ("ss" of ß, never one "s").
        if (folded.start[from] === folded.start[from - 1] || folded.start[to - 1] === folded.start[to]) return;
        const original = text.slice(folded.start[from], folded.end[to - 1]);
        const expected = String.fromCharCode(...folded.units.subarray(from, to)).trim();
        expect(foldString(original).trim()).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
