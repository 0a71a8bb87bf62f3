/**
 * The team's shared material, kept outside the project: real pages
 * (pages/readability) and the corpus of passages (corpus/passages.json). It is
 * optional: only the corpus tests read it. BRIEFMARK_SHARED names where it is;
 * by default it sits beside the checkout, as ../shared.
 *
 * Without it those tests skip and say why; in CI (CI=true) they fail instead,
 * so a CI run can never pass by not reading the corpus.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const SHARED_DIR = path.resolve(REPO_ROOT, process.env.BRIEFMARK_SHARED ?? path.join('..', 'shared'));

/** The path of `relative` in the shared material. */
export const sharedPath = (...relative: string[]) => path.join(SHARED_DIR, ...relative);

/**
 * True when `relative` exists in the shared material. Otherwise logs that
 * `test` skips, or throws in CI.
 */
export function sharedAvailable(test: string, ...relative: string[]): boolean {
  const wanted = sharedPath(...relative);
  if (existsSync(wanted)) return true;
  const missing = `${wanted} is absent (the team's shared material: set BRIEFMARK_SHARED to its folder, or put it beside the checkout as ../shared)`;
  if (process.env.CI) throw new Error(`${test[0]!.toUpperCase()}${test.slice(1)} must run in CI, but ${missing}.`);
  console.warn(`Skipping ${test}: ${missing}.`);
  return false;
}
