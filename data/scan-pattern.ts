/**
 * The pattern of a page's first scan, which runs every alias of every topic
 * (ambiguous forms too, since the page's context is not known yet).
 *
 * For the bundled pack it is built once, at build time, and shipped as a
 * regular-expression literal: building the same 17 kB pattern on every page
 * load would cost more than scanning a page that mentions nothing. (The
 * minifier writes it out as `new RegExp("…")` with its non-ASCII letters
 * escaped: 27 kB more bundle, 4 kB gzipped, against ~3 ms on every page.)
 */
import { compileMatcher } from './matcher';
import type { Pack } from './schema';

/** The first scan's pattern for `pack`, leaving out `disabled` topics; `null` when nothing is on. */
export function scanPattern(pack: Pick<Pack, 'topics'>, disabled: ReadonlySet<string> = new Set()): RegExp | null {
  return compileMatcher(pack, { disabled, withContext: new Set(pack.topics.map((topic) => topic.id)) }).pattern;
}

/** A module whose default export is `scanPattern(pack)`: what the build ships. */
export function scanPatternModule(pack: Pick<Pack, 'topics'>): string {
  const pattern = scanPattern(pack);
  // `source` escapes "/" and line breaks, so it is a valid literal body.
  return `export default ${pattern ? `/${pattern.source}/${pattern.flags}` : 'null'};\n`;
}
