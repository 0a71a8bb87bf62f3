/**
 * The reader's library, in and out: importing and exporting packs and
 * settings, and the reader's own topics. Answers, never throws: functions
 * return `{ ok: false, errors }` with path-specific messages, and the caller
 * keeps its previous state until it gets `ok: true`.
 *
 * Merging the library into one pack is in resolve-library.ts, which has no
 * schema library in it, so the content script can use it.
 */
import { z } from 'zod';
import { formatPath, parsePackJson, validatePack } from './validate-pack';
import { CATEGORIES, KEBAB_ID, aliasKey, type Alias, type Category, type Pack, type Topic } from './schema';
import { libraryOrder, OWN_TOPICS_PACK_ID, type LibraryPack } from './resolve-library';
import { LANGUAGES, type Language, type LanguagePreference } from './i18n';
import { ANY_LANGUAGE } from './language-codes';
import { migratePack, type AnyPack } from './migrate-pack';
import { allNames } from './topic-terms';
import { REGIONS, type Region } from './density';

/** Where an own topic's phrases sit in the pack, as validate-pack.ts writes the path. */
const OWN_NAMES_PATH = `.names[${JSON.stringify(ANY_LANGUAGE)}]`;

export * from './resolve-library';

// ——— Packs in and out ————————————————————————————————————————————————

/**
 * The most names a library may hold, every pack counted. The automaton's cost
 * does not grow with it, but its stored size and its compile time in the
 * background do: this is the largest library the bench measured working
 * (docs/figures.md), with room for the bundled pack.
 */
export const LIBRARY_NAME_LIMIT = 60_000;

const namesIn = (pack: Pack) => pack.topics.reduce((sum, topic) => sum + allNames(topic).length, 0);

export type ImportResult = { ok: true; pack: Pack; replaces?: string } | { ok: false; errors: string[] };

/**
 * Reads pack JSON a reader pasted or picked, against the library they have.
 *
 * - Invalid packs get the validator's path-specific messages.
 * - The built-in pack's id is refused: it cannot be replaced.
 * - The id of one of the reader's packs means "replace it" (`replaces`).
 * - A topic id another pack of the library already uses is refused at that
 *   topic's path: settings and highlights key on topic ids.
 *
 * Changes nothing: the caller stores `pack` only on `ok: true`.
 */
export function importPack(text: string, library: readonly LibraryPack[]): ImportResult {
  try {
    const parsed = parsePackJson(text);
    return parsed.ok ? packAgainstLibrary(parsed.pack, library) : parsed;
  } catch (error) {
    return { ok: false, errors: [`(the pack): could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}

/** importPack's checks of a valid pack against the library it would join (ids, the library's size). */
export function packAgainstLibrary(pack: Pack, library: readonly LibraryPack[]): ImportResult {
  if (library.some((entry) => entry.builtIn && entry.pack.id === pack.id)) {
    return { ok: false, errors: ["id: is the built-in pack's id; choose another"] };
  }
  const replaced = library.find((entry) => !entry.builtIn && entry.pack.id === pack.id);

  const topicOwner = new Map<string, Pack>();
  for (const entry of libraryOrder(library)) {
    if (entry === replaced) continue;
    for (const topic of entry.pack.topics) if (!topicOwner.has(topic.id)) topicOwner.set(topic.id, entry.pack);
  }
  const errors: string[] = [];
  pack.topics.forEach((topic, index) => {
    const other = topicOwner.get(topic.id);
    if (other) errors.push(`topics[${index}].id: "${topic.id}" is already a topic of "${other.title}"`);
  });
  if (errors.length > 0) return { ok: false, errors };

  const total = library.reduce((sum, entry) => sum + (entry === replaced ? 0 : namesIn(entry.pack)), namesIn(pack));
  if (total > LIBRARY_NAME_LIMIT) {
    return {
      ok: false,
      errors: [`(the pack): would bring the library to ${total} names, over its limit of ${LIBRARY_NAME_LIMIT}; remove a pack first, or split this one`],
    };
  }

  return replaced ? { ok: true, pack, replaces: replaced.pack.id } : { ok: true, pack };
}

/** A pack as pretty JSON that `importPack` reads back to an equal pack. */
export function exportPack(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

// ——— Settings in and out ——————————————————————————————————————————————

export interface ReaderSettings {
  disabledTopics: string[];
  pausedSites: string[];
  pausedEverywhere: boolean;
  disabledPacks: string[];
  categoryColors: Partial<Record<Category, string>>;
  /** Left out by files from before the language choice: importing one keeps the current language. */
  uiLanguage?: LanguagePreference;
  /** Phrases never highlighted (folded); left out by older files, which keep the current list. */
  mutedPhrases?: string[];
  /** How much is highlighted (data/density.ts); left out by older files, which keep the current choice. */
  density?: { firstOnly: boolean; leaveAlone: Region[] };
}

export const SETTINGS_FORMAT = 'briefmark-settings';
/** Sync storage's per-item limit (QUOTA_BYTES_PER_ITEM), key included. */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

const listOf = (item: z.ZodType<string>) => z.array(item, { error: 'must be a list' }).max(1000, 'must list at most 1000 entries');
const idItem = z
  .string({ error: 'must be a string' })
  .max(64, 'must be at most 64 characters')
  .regex(KEBAB_ID, 'must be kebab-case (lower-case words joined by hyphens)');
const hostItem = z
  .string({ error: 'must be a string' })
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(/^[^\s/]+$/, 'must be a host name such as "www.example.org"');
const colorItem = z
  .string({ error: 'must be a string' })
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')
  .transform((color) => color.toLowerCase());

/**
 * Unknown keys are ignored (a newer version may add settings); every known
 * one is checked.
 */
export const ReaderSettingsSchema = z.object(
  {
    disabledTopics: listOf(idItem).default([]),
    pausedSites: listOf(hostItem).default([]),
    pausedEverywhere: z.boolean({ error: 'must be true or false' }).default(false),
    disabledPacks: listOf(idItem).default([]),
    categoryColors: z
      .object(
        Object.fromEntries(CATEGORIES.map((category) => [category, colorItem.optional()])) as Record<
          Category,
          z.ZodOptional<typeof colorItem>
        >,
        { error: 'must be an object' },
      )
      .default({}),
    uiLanguage: z
      .enum(['auto', ...(Object.keys(LANGUAGES) as Language[])], {
        error: `must be "auto" or one of ${Object.keys(LANGUAGES).map((code) => `"${code}"`).join(', ')}`,
      })
      .optional(),
    density: z
      .object(
        {
          firstOnly: z.boolean({ error: 'must be true or false' }),
          leaveAlone: z.array(z.enum(REGIONS, { error: `must be one of ${REGIONS.map((r) => `"${r}"`).join(', ')}` }), { error: 'must be a list' }),
        },
        { error: 'must be an object' },
      )
      .optional(),
    mutedPhrases: listOf(z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters')).optional(),
  },
  { error: 'must be an object' },
);

/** Pretty JSON of the reader's settings, marked so a pack file is not taken for it. */
export function exportSettings(settings: ReaderSettings): string {
  return `${JSON.stringify({ format: SETTINGS_FORMAT, version: 1, settings }, null, 2)}\n`;
}

export type SettingsImport = { ok: true; settings: ReaderSettings } | { ok: false; errors: string[] };

/**
 * Reads a settings file written by `exportSettings`. Each setting must also
 * fit one sync-storage item, so storing the result cannot hit that quota.
 */
export function importSettings(text: string): SettingsImport {
  const root = '(the settings)';
  try {
    if (typeof text !== 'string') return { ok: false, errors: [`${root}: must be JSON text`] };
    if (text.length > 1024 * 1024) return { ok: false, errors: [`${root}: is too large to be a settings file`] };
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, errors: [`${root}: is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
    }
    const wrapper = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    if (!wrapper || wrapper.format !== SETTINGS_FORMAT) {
      const looksLikePack = wrapper !== null && 'topics' in wrapper && 'schemaVersion' in wrapper;
      return {
        ok: false,
        errors: [
          looksLikePack
            ? `${root}: this is a topic pack, not a settings file; import it under Packs`
            : `${root}: is not a Briefmark settings file (no "format": "${SETTINGS_FORMAT}")`,
        ],
      };
    }
    if (wrapper.version !== 1) {
      return { ok: false, errors: ['version: must be 1 (the only settings format this version of Briefmark reads)'] };
    }
    const result = ReaderSettingsSchema.safeParse(wrapper.settings);
    if (!result.success) {
      const errors = result.error.issues.map((issue) => `${formatPath(['settings', ...issue.path])}: ${issue.message}`);
      return { ok: false, errors: [...new Set(errors)].slice(0, 50) };
    }
    const settings: ReaderSettings = {
      ...result.data,
      disabledTopics: [...new Set(result.data.disabledTopics)],
      pausedSites: [...new Set(result.data.pausedSites)],
      disabledPacks: [...new Set(result.data.disabledPacks)],
    };
    const tooBig = (Object.keys(settings) as (keyof ReaderSettings)[])
      .filter((key) => !fitsSyncItem(settings[key], SYNC_ITEM_QUOTA_BYTES, key))
      .map((key) => `settings.${key}: is too large to store in sync storage (over ${SYNC_ITEM_QUOTA_BYTES} bytes)`);
    if (tooBig.length > 0) return { ok: false, errors: tooBig };
    return { ok: true, settings };
  } catch (error) {
    return { ok: false, errors: [`${root}: could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}

const encoder = new TextEncoder();

/**
 * Whether `value` stored under `key` fits one storage item: its JSON (as the
 * browser measures it, in UTF-8 bytes) plus the key's length. A value with no
 * JSON form (undefined, a function, a cycle, a BigInt) does not fit.
 */
export function fitsSyncItem(value: unknown, quotaBytes = SYNC_ITEM_QUOTA_BYTES, key = ''): boolean {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return false;
  }
  if (json === undefined) return false;
  return encoder.encode(key).length + encoder.encode(json).length <= quotaBytes;
}

// ——— The reader's own topics ————————————————————————————————————————————

export const OWN_TOPICS_TITLE = 'My topics';
export const OWN_TOPIC_SUMMARY = 'Your own topic.';

/** Room left in a 64-character id for a "-99" suffix. */
const MAX_SLUG_LENGTH = 56;

/** "Arctic shipping, 2026!" → "arctic-shipping-2026"; "" when nothing Latin is left. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word where one is near, never leaving a trailing hyphen.
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… : the first that no topic uses. */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export interface OwnTopicInput {
  title: string;
  aliases: string[];
  note?: string;
  category?: Category;
}

export type OwnTopicResult = { ok: true; pack: Pack; topicId: string } | { ok: false; errors: string[] };

/**
 * Adds a topic of the reader's own to their "My topics" pack (made on first
 * use). `takenIds` are the topic ids of the rest of the library; the new id
 * avoids them and the pack's own. Errors name the input's field:
 * `title: must not be empty`, `aliases[0]: must not be empty`.
 */
export function addOwnTopic(
  own: AnyPack | undefined,
  input: OwnTopicInput,
  takenIds: ReadonlySet<string>,
  today: string,
): OwnTopicResult {
  try {
    const title = typeof input.title === 'string' ? input.title.trim() : '';
    const taken = new Set([...takenIds, ...(own?.topics.map((topic) => topic.id) ?? [])]);
    const topicId = uniqueId(slugify(title) || 'topic', taken);

    const aliases: string[] = [];
    const seen = new Set<string>();
    for (const raw of Array.isArray(input.aliases) ? input.aliases : []) {
      const alias = typeof raw === 'string' ? raw.trim() : raw;
      const key = typeof alias === 'string' ? aliasKey(alias) : '';
      // Empty entries stay, so validation can point at them.
      if (key !== '' && seen.has(key)) continue;
      seen.add(key);
      aliases.push(alias);
    }
    const note = typeof input.note === 'string' ? input.note.trim() : '';
    // An own-topics pack stored by an earlier version is migrated as it grows.
    const current = own && migratePack(own);
    const topic: Topic = {
      id: topicId,
      title,
      category: input.category ?? 'other',
      summary: note || OWN_TOPIC_SUMMARY,
      facts: [],
      names: { [ANY_LANGUAGE]: aliases },
      near: [],
      context: {},
      veto: {},
      related: [],
    };
    const candidate: Pack = {
      title: OWN_TOPICS_TITLE,
      language: 'en',
      ...current,
      schemaVersion: 2,
      id: OWN_TOPICS_PACK_ID,
      asOf: today,
      topics: [...(current?.topics ?? []), topic],
    };

    const result = validatePack(candidate);
    if (!result.ok) {
      // The validator's plain-English messages, with paths into the new topic
      // said as the form's fields.
      const prefix = `topics[${candidate.topics.length - 1}]`;
      const errors = result.errors.map((error) => {
        if (error.startsWith(`${prefix}.summary`)) return `note${error.slice(prefix.length + '.summary'.length)}`;
        // The form's phrases are the topic's language-neutral names.
        if (error.startsWith(`${prefix}${OWN_NAMES_PATH}`)) return `aliases${error.slice(prefix.length + OWN_NAMES_PATH.length)}`;
        if (error.startsWith(`${prefix}.`)) return error.slice(prefix.length + 1);
        if (error.startsWith('topics: must list at most')) {
          return 'title: you already have the most topics a pack can hold (200); remove one first';
        }
        if (error.startsWith('asOf:')) return `today${error.slice('asOf'.length)}`;
        return `(your topics) ${error}`;
      });
      if (aliases.length === 0) errors.unshift('aliases: must list at least one alias');
      return { ok: false, errors: [...new Set(errors.filter((error) => !error.startsWith(`aliases: must list at least one name`)))] };
    }
    return { ok: true, pack: result.pack, topicId };
  } catch (error) {
    return { ok: false, errors: [`(your topic): could not be added (${error instanceof Error ? error.message : String(error)})`] };
  }
}

/** The pack without `topicId`; `undefined` when no topic is left. */
export function removeOwnTopic(own: Pack, topicId: string): Pack | undefined {
  const topics = own.topics
    .filter((topic) => topic.id !== topicId)
    .map((topic) =>
      topic.related.includes(topicId) ? { ...topic, related: topic.related.filter((id) => id !== topicId) } : topic,
    );
  return topics.length === 0 ? undefined : { ...own, topics };
}
