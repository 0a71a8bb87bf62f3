/**
 * The packs Briefmark ships with. The bundled pack is plain data checked by
 * the unit tests (tests/unit/pack.test.ts) and at build time, so the content
 * script needs no schema library to trust it.
 */
import { russiaUsPack } from './russia-us';
import type { Pack } from '../schema';

export const defaultPack: Pack = russiaUsPack;
