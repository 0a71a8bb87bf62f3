import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Shared material beside the checkout: the briefing and real pages. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests', 'artifacts');
export const CHROME_BUILD = path.join(REPO_ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = path.join(REPO_ROOT, '.output', 'firefox-mv2');

export const sharedAvailable = existsSync(path.join(SHARED_DIR, 'briefing', 'source-article.txt'));
