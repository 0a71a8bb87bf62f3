import { createApp, createSSRApp } from 'vue';
import { install } from '../driver';
import { App } from './vue-app';

const hydrate = document.getElementById('app')!.dataset.ssr === 'vue';
install(
  document.getElementById('app')!,
  (root, initial, bridge) => void (hydrate ? createSSRApp : createApp)(App, { initial, bridge }).mount(root),
  { hydrate },
);
