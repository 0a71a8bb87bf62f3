/**
 * The language keys a pack may use for its names, context and veto terms:
 * ISO 639-1 two-letter codes, the ISO 639-3 codes of languages that have no
 * two-letter code (or are often written with three), and '*' for forms that
 * read the same in every language ("BRICS", "IMO 9230880").
 *
 * Zod-free, so the content script may import it.
 */

/** Forms that belong to no one language. */
export const ANY_LANGUAGE = '*';

// ISO 639-1, complete (184 codes).
const ISO_639_1 =
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';

// ISO 639-3 codes in news use: languages without a two-letter code, and
// varieties a pack may want apart (Cantonese, Filipino, Min Nan...).
const ISO_639_3 =
  'ace ain ast bal ban bho ceb ckb cmn crh csb dsb fil frr fur gsw hak haw hsb ilo jbo kab kbd krc lad lij lmo ltg lzh mai min mni mrj mwl mzn nan nap nds new nso pam pap pms pnb rom rue rup sah scn sco sgs shn srn szl tet tly tpi tyv udm vec vep wuu xal yue zza';

export const LANGUAGE_CODES: ReadonlySet<string> = new Set([...ISO_639_1.split(' '), ...ISO_639_3.split(' ')]);

/** Whether `key` may key a topic's names, context or veto terms. */
export function isLanguageKey(key: string): boolean {
  return key === ANY_LANGUAGE || LANGUAGE_CODES.has(key);
}

/** The language part of a BCP 47 tag, lower-cased: "pt-BR" → "pt", "" when none. */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : '';
}
