/** @jsxImportSource preact */
// The React component, bundled against Preact (react is aliased to preact/compat: Preact's own renderer and hooks).
import { render } from 'preact';
import { install } from '../driver';
import { App } from './react-app';

install(document.getElementById('app')!, (root, initial, bridge) => render(<App initial={initial} bridge={bridge} />, root));
