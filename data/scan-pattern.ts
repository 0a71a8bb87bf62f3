/**
 * The pattern of a page's first scan, which runs every alias of every topic
 * (ambiguous forms too, since the page's context is not known yet).
 *
 * For the bundled pack it is built once, at build time, and shipped as data:
 * building the same 17 kB pattern on every page load would cost more than
 * scanning a page that mentions nothing.
 */
import { compileMatcher } from './matcher';
import type { Pack } from './schema';

/** A scan pattern as plain data, for a bundle. */
export interface PrebuiltScan {
  source: string;
  flags: string;
}

/** The first scan's pattern for `pack`, leaving out `disabled` topics. */
export function scanPattern(pack: Pick<Pack, 'topics'>, disabled: ReadonlySet<string> = new Set()): RegExp | null {
  return compileMatcher(pack, { disabled, withContext: new Set(pack.topics.map((topic) => topic.id)) }).pattern;
}

/** `scanPattern` with nothing disabled, as data: what the build ships. */
export function prebuildScan(pack: Pick<Pack, 'topics'>): PrebuiltScan | null {
  const pattern = scanPattern(pack);
  return pattern ? { source: pattern.source, flags: pattern.flags } : null;
}

/** The pattern back from its data. */
export function fromPrebuilt(prebuilt: PrebuiltScan): RegExp {
  return new RegExp(prebuilt.source, prebuilt.flags);
}
