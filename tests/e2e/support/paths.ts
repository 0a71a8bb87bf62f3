import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export { SHARED_DIR } from '../../shared';
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests', 'artifacts');
export const CHROME_BUILD = path.join(REPO_ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = path.join(REPO_ROOT, '.output', 'firefox-mv2');
