/**
 * The store packages `npm run zip` makes (.output/*.zip): the Chrome and
 * Firefox zips each hold a manifest a store accepts, with every file it names,
 * and the Firefox sources zip holds what rebuilds it. None holds tests or
 * source maps. `npm test` zips before it tests; without the zips these tests
 * skip, and in CI they fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/support/paths';

const { name, version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = (kind: string) => path.join(REPO_ROOT, '.output', `${name}-${version}-${kind}.zip`);
const KINDS = ['chrome', 'firefox', 'sources'] as const;

const missing = KINDS.map(zipPath).filter((file) => !existsSync(file));
if (missing.length) {
  const why = `${missing.join(', ')} missing (run npm run zip)`;
  if (process.env.CI) throw new Error(`The store packages must be tested in CI, but ${why}.`);
  console.warn(`Skipping the store package tests: ${why}.`);
}

async function open(kind: (typeof KINDS)[number]) {
  const zip = await JSZip.loadAsync(readFileSync(zipPath(kind)));
  const files = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
  const text = (file: string) => zip.file(file)!.async('string');
  const bytes = (file: string) => zip.file(file)!.async('uint8array');
  return { files, text, bytes };
}

/** Files no package may carry: tests, their output, source maps, dependencies, builds. */
const FORBIDDEN = [/(^|\/)tests\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /\.map$/, /(^|\/)node_modules\//, /^\.output\//, /(^|\/)\.wxt\//];
const forbiddenIn = (files: string[]) => files.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)));

describe.skipIf(missing.length > 0).each([
  { kind: 'chrome' as const, manifestVersion: 3, background: (m: Manifest) => [m.background?.service_worker] },
  { kind: 'firefox' as const, manifestVersion: 2, background: (m: Manifest) => m.background?.scripts ?? [] },
])('the $kind package', ({ kind, manifestVersion, background }) => {
  it('holds a manifest the store accepts, and every file it names', async () => {
    const { files, text, bytes } = await open(kind);
    expect(files).toContain('manifest.json');
    const manifest = JSON.parse(await text('manifest.json')) as Manifest;
    expect(manifest.manifest_version).toBe(manifestVersion);
    expect(manifest.version).toBe(version);
    expect(manifest.version).toMatch(/^\d+(\.\d+){0,3}$/);

    // Name and description come from the locales, and say something in
    // each. The Chrome Web Store refuses a description over 132 characters.
    expect(manifest.default_locale).toBe('en');
    const locales = files.filter((file) => /^_locales\/[\w-]+\/messages\.json$/.test(file));
    expect(locales).toContain(`_locales/${manifest.default_locale}/messages.json`);
    expect(locales.length).toBeGreaterThanOrEqual(5);
    for (const file of locales) {
      const messages = JSON.parse(await text(file)) as Record<string, { message: string }>;
      const localised = (value: string) => value.replace(/^__MSG_(\w+)__$/, (_, key: string) => messages[key]?.message ?? '');
      expect(localised(manifest.name), file).toBe('Briefmark');
      const description = localised(manifest.description);
      expect(description.length, `${file}: ${description}`).toBeGreaterThan(20);
      expect(description.length, `${file}: ${description}`).toBeLessThanOrEqual(132);
    }

    // Every named file is in the zip: icons, background, popup, options, content scripts.
    expect(Object.keys(manifest.icons).sort()).toEqual(expect.arrayContaining(['128', '16', '48']));
    const popup = (manifest.action ?? manifest.browser_action)?.default_popup;
    const named = [
      ...Object.values(manifest.icons),
      ...background(manifest),
      popup,
      manifest.options_ui?.page,
      ...manifest.content_scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    ];
    expect(named.every(Boolean)).toBe(true);
    for (const file of named) expect(files, `${file}, named in the manifest`).toContain(file);
    // The icons are PNGs.
    for (const icon of Object.values(manifest.icons)) expect([...(await bytes(icon)).slice(0, 4)], icon).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('holds no tests and no source maps', async () => {
    const { files } = await open(kind);
    expect(forbiddenIn(files)).toEqual([]);
  });
});

describe.skipIf(missing.length > 0)('the Firefox sources package', () => {
  it('holds what rebuilds the extension, and no tests, maps, dependencies or builds', async () => {
    const { files, text } = await open('sources');
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) expect(files).toContain(file);
    expect(files.some((file) => file.startsWith('entrypoints/'))).toBe(true);
    expect(files.some((file) => file.startsWith('data/'))).toBe(true);
    expect(JSON.parse(await text('package.json')).scripts['build:firefox']).toBeDefined();
    expect(forbiddenIn(files)).toEqual([]);
  });
});

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  default_locale?: string;
  icons: Record<string, string>;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page: string };
  content_scripts: { js?: string[]; css?: string[] }[];
}
