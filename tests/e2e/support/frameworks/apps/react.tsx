/** @jsxImportSource react */
import { createRoot } from 'react-dom/client';
import { install } from '../driver';
import { App } from './react-app';

install(document.getElementById('app')!, (root, initial, bridge) => createRoot(root).render(<App initial={initial} bridge={bridge} />));
