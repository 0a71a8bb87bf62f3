import { mount } from 'svelte';
import { install } from '../driver';
// A .svelte module: compiled by svelte/compiler in the bundling step (build.ts).
import SvelteApp from './SvelteApp.svelte';

install(document.getElementById('app')!, (root, initial, bridge) => void mount(SvelteApp, { target: root, props: { initial, bridge } }));
