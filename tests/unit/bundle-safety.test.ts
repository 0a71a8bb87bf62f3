/**
 * No eval, no HTML strings, a strict CSP and minimal permissions.
 *
 * - Our own code (entrypoints/, components/, data/) never builds code from
 *   strings and never writes HTML: no eval, new Function, string timers,
 *   innerHTML, outerHTML, insertAdjacentHTML, document.write or
 *   dangerouslySetInnerHTML. Text goes in as text.
 * - The built bundles (both browsers) contain no eval or Function
 *   constructor, and their only HTML sink is Preact's own
 *   `dangerouslySetInnerHTML` branch, which nothing of ours reaches (above).
 *   `web-ext lint` reports that branch as UNSAFE_VAR_ASSIGNMENT.
 * - Each built manifest has the strict extension-page CSP and asks only for
 *   storage (and contextMenus, for "Track this phrase"), plus the content
 *   script on http and https.
 *
 * The bundle checks skip with a message when the extension is not built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_DIRS = ['entrypoints', 'components', 'data'];
const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((name) => ({ name, dir: path.join(ROOT, '.output', name) }));

function filesUnder(dir: string, extensions: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return filesUnder(full, extensions);
    return extensions.test(entry) ? [full] : [];
  });
}

/** Each hit as `file:line: text`, for readable failures. */
function hits(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 160)}`] : [])),
  );
}

describe('our source code', () => {
  const sources = SOURCE_DIRS.flatMap((dir) => filesUnder(path.join(ROOT, dir), /\.(ts|tsx|js|jsx)$/));

  it('is found', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each([
    ['eval', /\beval\s*\(/],
    ['the Function constructor', /\bnew\s+Function\b|\bFunction\s*\(\s*['"`]/],
    ['string timers', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
    ['innerHTML / outerHTML', /\.(innerHTML|outerHTML)\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write(ln)?\s*\(/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['createContextualFragment / DOMParser on strings', /createContextualFragment|new\s+DOMParser/],
  ])('never uses %s', (_name, pattern) => {
    expect(hits(sources, pattern)).toEqual([]);
  });
});

for (const build of BUILDS) {
  const built = existsSync(path.join(build.dir, 'manifest.json'));
  if (!built) console.warn(`Skipping the ${build.name} bundle checks: not built at ${build.dir} (run npm run build:all).`);

  describe.runIf(built)(`the ${build.name} build`, () => {
    const scripts = filesUnder(build.dir, /\.js$/);
    const manifest = built ? JSON.parse(readFileSync(path.join(build.dir, 'manifest.json'), 'utf8')) : {};

    it('has no eval and no Function constructor', () => {
      expect(scripts.length).toBeGreaterThan(0);
      expect(hits(scripts, /\beval\s*\(/)).toEqual([]);
      expect(hits(scripts, /\bnew Function\b|[^.\w]Function\s*\(/)).toEqual([]);
      expect(hits(scripts, /insertAdjacentHTML|document\.write|createContextualFragment/)).toEqual([]);
    });

    it('writes no HTML at all: the build neutralises Preact\'s one sink (noHtmlSink in wxt.config.ts)', () => {
      const sinks = scripts.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return Array.from(text.matchAll(/\.(innerHTML|outerHTML)\s*=(?!=)[^,;)]*/g), (match) => ({
          file: path.relative(build.dir, file),
          around: text.slice(Math.max(0, match.index - 120), match.index + 40),
        }));
      });
      expect(sinks).toEqual([]);
    });

    it('has a strict CSP for its own pages', () => {
      const csp: string =
        typeof manifest.content_security_policy === 'string'
          ? manifest.content_security_policy
          : manifest.content_security_policy?.extension_pages;
      const directives = new Map(
        csp.split(';').map((part) => {
          const [name, ...values] = part.trim().split(/\s+/);
          return [name!, values.join(' ')] as const;
        }),
      );
      expect(directives.get('script-src')).toBe("'self'");
      expect(directives.get('default-src')).toBe("'self'");
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('base-uri')).toBe("'none'");
      expect(directives.get('connect-src')).toBe("'none'");
      expect(csp).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval|https?:|\*/);
    });

    it('asks only for storage, unlimitedStorage and contextMenus, plus the content script on http and https', () => {
      // storage: the reader's choices and packs. unlimitedStorage: a large
      // library and its compiled model pass storage.local's 10 MB. contextMenus:
      // "Track this phrase"; it reads nothing. Anything more must be argued here first.
      expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'contextMenus']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort()).toEqual([
        'http://*/*',
        'https://*/*',
      ]);
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    });
  });
}
