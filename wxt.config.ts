import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/**
 * Preact's one HTML sink is `dangerouslySetInnerHTML`. Briefmark never uses
 * it (tests/unit/bundle-safety.test.ts checks the sources), so the build turns
 * its `innerHTML` write into a `textContent` write: no string that reaches a
 * component can ever become markup, and `web-ext lint` has no sink to flag.
 */
function noHtmlSink(): Plugin {
  return {
    name: 'briefmark-no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0]!)) return undefined;
      const sink = /(\w+)\.innerHTML=(\w+)\.__html/g;
      if (!sink.test(code)) this.error(`Preact's innerHTML write was not found in ${id}: review noHtmlSink`);
      return code.replace(sink, '$1.textContent=$2.__html');
    },
  };
}

/**
 * A virtual module whose source is built here from the bundled pack, as the
 * library the content script sees when the reader has only the bundled pack.
 */
function prebuiltFromBundledPack(
  module: string,
  source: (pack: import('./data/schema').Pack) => Promise<string>,
): Plugin {
  return {
    name: module.replace('virtual:', ''),
    resolveId: (id) => (id === module ? `\0${module}` : undefined),
    async load(id) {
      if (id !== `\0${module}`) return undefined;
      const { resolveLibrary } = await import('./data/resolve-library');
      const { defaultPack } = await import('./data/packs');
      const { pack } = resolveLibrary([{ pack: defaultPack, builtIn: true, enabled: true }]);
      return source(pack);
    },
  };
}

/**
 * The compiled matching model (data/matching), as base64 of its stored bytes:
 * compiled here, where the stemmers are, so the content script loads it
 * (`loadMatchingModelBase64`) without compiling anything.
 */
const prebuiltModel = () =>
  prebuiltFromBundledPack('virtual:briefmark-prebuilt-model', async (pack) => (await import('./data/matching')).matchingModelModule(pack));

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every module imports what it uses. Auto-imports put zod (through
  // data/library.ts) into the content script, which must not ship it.
  imports: false,
  // @wxt-dev/i18n writes locales/*.json to _locales/*/messages.json, for the
  // manifest's __MSG_ strings; the UI reads the same files through data/i18n.ts.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // No React module exists for Preact in WXT; the Vite preset does the JSX.
  vite: () => ({
    plugins: [noHtmlSink(), prebuiltModel(), preact()],
    build: {
      // Readable stack traces in bug reports cost little in an extension.
      sourcemap: false,
      rollupOptions: {
        // onLog, not onwarn: Preact's preset sets its own onwarn, which
        // replaces the project's; Vite runs onLog first.
        onLog(level, log, handle) {
          // zod's own sources put `@__PURE__` inside explanatory comments
          // (core/util.js, core/regexes.js); Rollup says it drops them, which
          // changes nothing in the bundle. Said for each file in each build,
          // the notes would only teach readers to skip warnings. Any other
          // warning, and this one from any other package, still shows.
          if (log.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(log.id ?? '')) return;
          handle(level, log);
        },
      },
    },
  }),
  zip: {
    // Builds make no source maps (above); a stray one still stays out.
    exclude: ['**/*.map'],
    // The sources zip AMO asks for holds what a reviewer needs to rebuild the
    // Firefox package (`npm ci && npm run build:firefox`): not the tests, the
    // benchmark results or the store listing. WXT already leaves out
    // node_modules, .output and dot files.
    excludeSources: ['tests/**', 'bench-results/**', 'docs/store/**', '**/*.log'],
  },
  hooks: {
    // The bundled pack ships as plain data, trusted by the content script
    // without a schema library: refuse to build one that does not validate.
    'build:before': async () => {
      const { validatePack } = await import('./data/validate-pack');
      const { defaultPack } = await import('./data/packs');
      const result = validatePack(defaultPack);
      if (!result.ok) throw new Error(`The bundled pack is invalid:\n${result.errors.join('\n')}`);
    },
  },
  manifest: ({ browser, command }) => ({
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_summary__',
    default_locale: 'en',
    // Storage keeps the reader's choices and packs; contextMenus adds "Track
    // this phrase". The content script's http/https match patterns come from
    // its own entrypoint.
    // unlimitedStorage: a newsroom's library (tens of thousands of names) and its
    // compiled model outgrow storage.local's 10 MB; see docs/privacy.md.
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    action: { default_title: '__MSG_manifest_name__' },
    // Extension pages run only their own bundled scripts, embed nothing, and
    // (in builds) may open no connection at all: nothing the extension shows
    // can fetch. WXT writes the MV2 string form for Firefox from this.
    // `npm run dev` needs its reload socket, so connect-src is left to the
    // default there.
    content_security_policy: {
      extension_pages: [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        ...(command === 'build' ? ["connect-src 'none'"] : []),
      ].join('; '),
    },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_manifest_nextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_manifest_previousMention__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'briefmark@briefmark.invalid',
          // 140 (the ESR line) is the first to know Firefox's built-in data
          // consent key below; Android has it from 142.
          strict_min_version: '140.0',
          // Briefmark collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
