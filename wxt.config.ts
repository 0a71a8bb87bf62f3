import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No React module exists for Preact in WXT; the Vite preset does the JSX.
  vite: () => ({
    plugins: [preact()],
    build: {
      // Readable stack traces in bug reports cost little in an extension.
      sourcemap: false,
    },
  }),
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
  manifest: ({ browser }) => ({
    name: 'Briefmark',
    description:
      'Highlights the topics of a news briefing on the pages you read and explains them in place. Runs locally; nothing you read leaves the browser.',
    // Storage keeps the reader's topic choices. Nothing else is needed: the
    // content script's http/https match patterns come from its own entrypoint.
    permissions: ['storage'],
    action: { default_title: 'Briefmark' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next highlighted mention and show its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous highlighted mention and show its card',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'briefmark@briefmark.invalid', strict_min_version: '115.0' },
      },
    }),
  }),
});
