/**
 * The packs Briefmark ships with. The bundled pack is plain data checked by
 * the unit tests (tests/unit/pack.test.ts) and at build time, so the content
 * script needs no schema library to trust it. It goes through migratePack,
 * which returns a current-format pack as it is and migrates one of the first
 * format, so the bundled pack may be written in either.
 */
import { russiaUsPack } from './russia-us';
import { migratePack } from '../migrate-pack';
import type { Pack } from '../schema';

export const defaultPack: Pack = migratePack(russiaUsPack);
