/** @jsxImportSource react */
import { hydrateRoot } from 'react-dom/client';
import { install } from '../driver';
import { App } from './react-app';

install(document.getElementById('app')!, (root, initial, bridge) => void hydrateRoot(root, <App initial={initial} bridge={bridge} />), { hydrate: true });
