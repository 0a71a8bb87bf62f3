/**
 * Builds the framework test pages at test setup: each app bundled with
 * esbuild from the real npm packages (Svelte components compiled first by
 * svelte/compiler), the server-rendered ones rendered here in Node, and each
 * page one self-contained HTML file (its bundle inline), so the same file can
 * be served to the extension and opened from file:// without it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { createSSRApp } from 'vue';
import { renderToString as renderVue } from '@vue/server-renderer';
import { build, type Plugin } from 'esbuild';
import { compile } from 'svelte/compiler';
import { initialState } from './model';
import { App as ReactApp } from './apps/react-app';
import { App as VueApp } from './apps/vue-app';

const APPS_DIR = fileURLToPath(new URL('./apps', import.meta.url));
const require = (await import('node:module')).createRequire(import.meta.url);

export const FRAMEWORK_APPS = ['react', 'preact', 'vue', 'svelte', 'react-ssr', 'vue-ssr'] as const;
export type FrameworkApp = (typeof FRAMEWORK_APPS)[number];

const svelte: Plugin = {
  name: 'svelte',
  setup(bundler) {
    bundler.onLoad({ filter: /\.svelte$/ }, (args) => ({
      contents: compile(readFileSync(args.path, 'utf8'), { filename: args.path, generate: 'client' }).js.code,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

async function bundle(entry: string, alias: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [path.join(APPS_DIR, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['browser'],
    alias,
    plugins: [svelte],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
}

const noBridge = { set: () => undefined, committed: () => undefined };

/** The markup each page starts with: empty, or the server's rendering of the first state. */
async function serverMarkup(app: FrameworkApp): Promise<string> {
  if (app === 'react-ssr') return renderReact(createElement(ReactApp, { initial: initialState, bridge: noBridge }));
  if (app === 'vue-ssr') return renderVue(createSSRApp(VueApp, { initial: initialState, bridge: noBridge }));
  return '';
}

// Vue's templates are compiled in the page by Vue's full build.
const VUE = { vue: require.resolve('vue/dist/vue.esm-bundler.js') };
const PREACT = { react: 'preact/compat', 'react-dom': 'preact/compat', 'react/jsx-runtime': 'preact/jsx-runtime' };

const ENTRIES: Record<FrameworkApp, [string, Record<string, string>?]> = {
  react: ['react.tsx'],
  preact: ['preact.tsx', PREACT],
  vue: ['vue.ts', VUE],
  svelte: ['svelte.ts'],
  'react-ssr': ['react-ssr.tsx'],
  'vue-ssr': ['vue.ts', VUE],
};

export interface FrameworkPages {
  /** pathname → HTML, for the test server. */
  pages: Record<string, string>;
  /** The same page as a file:// URL, where the extension does not run. */
  fileUrl(app: FrameworkApp): string;
}

export async function buildFrameworkPages(outDir: string): Promise<FrameworkPages> {
  mkdirSync(outDir, { recursive: true });
  const pages: Record<string, string> = {};
  await Promise.all(
    FRAMEWORK_APPS.map(async (app) => {
      const [entry, alias] = ENTRIES[app];
      const [script, markup] = await Promise.all([bundle(entry, alias), serverMarkup(app)]);
      const ssr = app.endsWith('-ssr') ? ` data-ssr="${app.replace('-ssr', '')}"` : '';
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${app} app</title></head>
<body><div id="app"${ssr}>${markup}</div><script>${script}</script></body></html>`;
      pages[`/${app}`] = html;
      writeFileSync(path.join(outDir, `${app}.html`), html);
    }),
  );
  return { pages, fileUrl: (app) => `file://${path.join(outDir, `${app}.html`)}` };
}
