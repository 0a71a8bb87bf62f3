/**
 * The shape of a topic pack, as zod schemas.
 *
 * This module is the trust boundary for packs: the bundled pack is checked
 * against it in tests and at build time, and anything a reader imports is
 * parsed with it. The content script imports only the *types* from here, so
 * zod never ships in the script that runs on every page.
 */
import { z } from 'zod';
import { aliasKey, aliasText } from './alias-key';
import { ANY_LANGUAGE, isLanguageKey } from './language-codes';

/** Lower-case words joined by single hyphens: `bella-1`, `us-peace-plan`. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Longest alias we accept; long aliases only make the compiled pattern heavy. */
export const MAX_ALIAS_LENGTH = 80;

// A failed length check aborts the rest of a string's checks: a 10 MB string
// gets one clear message and never reaches a pattern or the URL parser.
const atMost = (max: number) => ({ message: `must be at most ${max} characters`, abort: true });

const kebabId = z
  .string()
  .max(64, atMost(64))
  .regex(KEBAB_ID, 'must be kebab-case (lower-case words joined by hyphens)');

/**
 * `Date.parse` rolls "2026-02-30" over to 2 March, so a real date is one that
 * reads back as the same day.
 */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const isoDate = z
  .string()
  .regex(ISO_DATE, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, 'must be a real calendar date');

const httpsUrl = z
  .string()
  .max(2048, atMost(2048))
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an https:// address');

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, atMost(max));

/**
 * One way a topic is written. A plain string is the common case; the object
 * form adds matching rules. Pack authors never write regular expressions:
 * every rule here compiles to a bounded pattern, so no pack can make the
 * matcher slow.
 */
export const AliasSchema = z.union(
  [
    text(MAX_ALIAS_LENGTH),
    z.strictObject({
      text: text(MAX_ALIAS_LENGTH),
      /** Match the letter case exactly (acronyms such as "BRICS" or "IMO"). */
      caseSensitive: z.boolean().optional(),
      /**
       * Allow up to this many extra letters after the alias, for inflected
       * languages: "Орешник" with 3 also finds "Орешника" and "Орешником".
       */
      suffixLetters: z
        .number()
        .int('must be a whole number')
        .min(0, 'must be between 0 and 4')
        .max(4, 'must be between 0 and 4')
        .optional(),
      /**
       * The form is ambiguous on its own ("Alaska", "Marinera"): it counts only
       * with one of the topic's `context` terms near it, and no `veto` term.
       */
      needsContext: z.boolean().optional(),
      /** No word forms: the text exactly (case and accents folded), as a whole word. */
      exact: z.boolean().optional(),
    }),
  ],
  // Used only when neither form fits at all; validate-pack.ts reports the
  // nested problem when one form clearly was meant.
  { error: 'must be a string, or an object with a "text" field' },
);

export const FactSchema = z
  .strictObject({
    /** The day the fact happened, or the first day of a span. */
    date: isoDate,
    /** The last day of a span ("9–16 Jan 2026"). */
    endDate: isoDate.optional(),
    text: text(600),
    sources: z.array(httpsUrl).min(1, 'must list at least one source').max(8, 'must list at most 8 sources'),
  })
  .superRefine((fact, ctx) => {
    // ISO dates compare as strings.
    if (fact.endDate !== undefined && fact.endDate < fact.date) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must not be before date (${fact.date})` });
    }
  });

export const CATEGORIES = [
  'maritime',
  'military',
  'diplomacy',
  'economy',
  'security',
  'cyber',
  'alliances',
  /** For a reader's own topics and anything the others do not fit. */
  'other',
] as const;
export const CategorySchema = z.enum(CATEGORIES);

/** Most names one topic may list in one language. */
export const MAX_NAMES_PER_LANGUAGE = 60;
/** Most names one topic may list over all its languages. */
export const MAX_NAMES_PER_TOPIC = 1500;
/** Proximity is bounded: at most this many words may lie between a rule's first and last word. */
export const MAX_NEAR_WITHIN = 8;
export const MAX_NEAR_WORDS = 4;
/** Proximity rules per topic, over all its languages (a few per language). */
export const MAX_NEAR_RULES = 300;

const UNKNOWN_LANGUAGE = (key: string) =>
  `unknown language code ${JSON.stringify(key.length > 12 ? `${key.slice(0, 12)}…` : key)}: use a two-letter code such as "de", or "${ANY_LANGUAGE}" for forms in every language`;

/** A language key: a code of language-codes.ts, or '*'. */
const languageKey = z.string().refine(isLanguageKey, { error: (issue) => UNKNOWN_LANGUAGE(String(issue.input)) });

const termList = (what: string, max: number) =>
  z.array(text(MAX_ALIAS_LENGTH)).max(max, `must list at most ${max} ${what}`);

/**
 * "These words, within N words of each other, in one sentence": a name that
 * people write with words between or in another order ("the plan's 28
 * points", "Peace Will 2026"). Bounded, never a regular expression.
 */
export const NearRuleSchema = z.strictObject({
  words: z
    .array(
      text(40).refine((word) => !/\s/u.test(word.trim()), {
        message: 'must be one word; put each word of a phrase in its own entry of "words"',
      }),
      { error: 'must be a list of 2 to 4 words' },
    )
    .min(2, 'must list 2 to 4 words (one word alone is a name: put it in "names")')
    .max(MAX_NEAR_WORDS, `must list at most ${MAX_NEAR_WORDS} words; split a longer phrase into a name`),
  within: z
    .number({ error: (issue) => (issue.input === undefined ? `is missing: say how many words may lie between the first and last word (1 to ${MAX_NEAR_WITHIN})` : undefined) })
    .int(`must be a whole number of words from 1 to ${MAX_NEAR_WITHIN}`)
    .min(1, `must be from 1 to ${MAX_NEAR_WITHIN} (words between the first and last word)`)
    .max(MAX_NEAR_WITHIN, `must be at most ${MAX_NEAR_WITHIN}: a wider gap finds unrelated words (proximity is bounded so no pack can make matching slow)`),
  /** The words must come in the order written. */
  ordered: z.boolean().optional(),
  /** The words' language: each takes that language's word forms. */
  lang: languageKey,
  needsContext: z.boolean().optional(),
});

export const WhenSchema = z
  .strictObject({
    /** The first day of the topic's event: a page dated before it cannot report it. */
    from: isoDate,
    to: isoDate.optional(),
  })
  .superRefine((when, ctx) => {
    if (when.to !== undefined && when.to < when.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${when.from})` });
    }
  });

export const TopicSchema = z.strictObject({
  id: kebabId,
  title: text(120),
  category: CategorySchema,
  /** Two or three sentences in the pack's own words. */
  summary: text(800),
  /** Where the common telling is disputed or wrong, said plainly. */
  caveat: text(600).optional(),
  /**
   * Dated, sourced facts. May be empty: a reader's own topic has a note and no
   * sources. The bundled pack's tests still require at least one per topic.
   */
  facts: z.array(FactSchema).max(12, 'must list at most 12 facts'),
  /**
   * How the topic is written, by language ("en", "ru", "ja"...; "*" for forms
   * the same in every language). Each name is written once, in its base
   * form: Briefmark supplies the word forms of its language.
   */
  names: z.record(
    languageKey,
    z
      .array(AliasSchema)
      .min(1, 'must list at least one name (or leave the language out)')
      .max(MAX_NAMES_PER_LANGUAGE, `must list at most ${MAX_NAMES_PER_LANGUAGE} names in one language`),
  ),
  /** Words within a bounded distance of each other that name the topic together. */
  near: z.array(NearRuleSchema).max(MAX_NEAR_RULES, `must list at most ${MAX_NEAR_RULES} proximity rules`).default([]),
  /** By language: terms that, near an ambiguous form, make it count (same sentence or nearby). */
  context: z.record(languageKey, termList('context terms in one language', 40)).default({}),
  /** By language: terms that, near an ambiguous form, rule the topic out there. */
  veto: z.record(languageKey, termList('veto terms in one language', 40)).default({}),
  /** When the topic's event happened (see WhenSchema). */
  when: WhenSchema.optional(),
  related: z.array(kebabId).max(12, 'must list at most 12 related topics').default([]),
});

export const PACK_SCHEMA_VERSION = 2;

/** The pack's fields besides its format and topics, the same in both formats. */
const packFields = {
  id: kebabId,
  title: text(120),
  /** BCP 47 tag of the pack's own prose, such as "en". */
  language: z
    .string()
    .max(35, atMost(35))
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en"'),
  /** The day the briefing was last checked against its sources. */
  asOf: isoDate,
  description: text(600).optional(),
};

const topicList = <T extends z.ZodType>(topic: T) =>
  z.array(topic).min(1, 'must list at least one topic').max(200, 'must list at most 200 topics');

const currentVersion = z.literal(PACK_SCHEMA_VERSION, {
  error: 'must be 2 (packs written for schemaVersion 1 are read too, and migrated)',
});

export const PackSchema = z
  .strictObject({
    schemaVersion: currentVersion,
    ...packFields,
    topics: topicList(TopicSchema),
  })
  .superRefine((pack, ctx) => checkPackTopics(pack.topics, ctx));

/**
 * A pack's fields with its topics left unchecked (each is checked with
 * TopicSchema, then together with checkPackTopics): for checking a big pack a
 * topic at a time, with the same outcome as PackSchema.
 */
export const PackHeaderSchema = z.strictObject({
  schemaVersion: currentVersion,
  ...packFields,
  topics: topicList(z.unknown()),
});

/** What PackSchema checks across a pack's topics once each is well formed: ids, related ids, names owned twice, veto terms. */
export function checkPackTopics(topics: readonly Topic[], ctx: IssueSink): void {
  const seenIds = checkTopicIds(topics, ctx);
  const nameOwner = new Map<string, number>();
  topics.forEach((topic, topicIndex) => {
    checkRelated(topic, topicIndex, seenIds, ctx);
    const at = (...path: PropertyKey[]) => ['topics', topicIndex, ...path];
    const ownNames = new Map<string, string>();
    let nameCount = 0;
    for (const [lang, names] of Object.entries(topic.names)) {
      names.forEach((alias, index) => {
        nameCount++;
        const key = aliasKey(aliasText(alias));
        ownNames.set(key, aliasText(alias));
        const owner = nameOwner.get(key);
        if (owner !== undefined && owner !== topicIndex) {
          ctx.addIssue({
            code: 'custom',
            path: at('names', lang, index),
            message: `is already a name of topics[${owner}] ("${topics[owner]!.id}"); a name may belong to one topic only`,
          });
        } else {
          nameOwner.set(key, topicIndex);
        }
      });
    }
    if (Object.keys(topic.names).length === 0) {
      ctx.addIssue({ code: 'custom', path: at('names'), message: 'must list at least one name, under a language such as "en" or "*"' });
    }
    if (nameCount > MAX_NAMES_PER_TOPIC) {
      ctx.addIssue({ code: 'custom', path: at('names'), message: `must list at most ${MAX_NAMES_PER_TOPIC} names in all (it lists ${nameCount})` });
    }
    const contextKeys = new Set<string>();
    for (const [lang, terms] of Object.entries(topic.context)) {
      for (const term of terms) contextKeys.add(aliasKey(term));
    }
    for (const [lang, terms] of Object.entries(topic.veto)) {
      terms.forEach((term, index) => {
        const key = aliasKey(term);
        const name = ownNames.get(key);
        if (name !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: at('veto', lang, index),
            message: `is one of this topic's names (${JSON.stringify(name)}): a veto term rules the topic out, so it must be a word that is NOT the topic, such as "Gaza" for a 20-point plan`,
          });
        } else if (contextKeys.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: at('veto', lang, index),
            message: 'is also one of this topic\'s context terms: a term cannot both confirm and rule out the topic; keep it in one list',
          });
        }
      });
    }
  });
}

/** Where checkPackTopics reports: zod's refinement context, or a list of its own. */
export type IssueSink = Pick<z.core.$RefinementCtx, 'addIssue'>;

function checkTopicIds(topics: readonly { id: string }[], ctx: IssueSink): Map<string, number> {
  const seenIds = new Map<string, number>();
  topics.forEach((topic, index) => {
    const first = seenIds.get(topic.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['topics', index, 'id'], message: `duplicates the id of topics[${first}]` });
    } else {
      seenIds.set(topic.id, index);
    }
  });
  return seenIds;
}

function checkRelated(topic: { id: string; related: string[] }, topicIndex: number, seenIds: Map<string, number>, ctx: IssueSink): void {
  topic.related.forEach((relatedId, relatedIndex) => {
    // An id that is not kebab-case already has its own message.
    if (!KEBAB_ID.test(relatedId)) return;
    if (!seenIds.has(relatedId)) {
      ctx.addIssue({ code: 'custom', path: ['topics', topicIndex, 'related', relatedIndex], message: `names no topic of this pack ("${relatedId}")` });
    } else if (relatedId === topic.id) {
      ctx.addIssue({ code: 'custom', path: ['topics', topicIndex, 'related', relatedIndex], message: 'must not name the topic itself' });
    }
  });
}

// ——— The first format, still read ————————————————————————————————————

/** A topic as schemaVersion 1 wrote it: one list of aliases, one list of context terms. */
export const TopicV1Schema = TopicSchema.omit({ names: true, near: true, context: true, veto: true, when: true }).extend({
  aliases: z.array(AliasSchema).min(1, 'must list at least one alias').max(60, 'must list at most 60 aliases'),
  /** Words that make this topic's `needsContext` aliases count. */
  context: z.array(text(MAX_ALIAS_LENGTH)).max(40, 'must list at most 40 context terms').default([]),
});

/** A pack of the first format. validate-pack.ts checks it with this, then migrates it (migrate-pack.ts). */
export const PackV1Schema = z
  .strictObject({
    schemaVersion: z.literal(1),
    ...packFields,
    topics: topicList(TopicV1Schema),
  })
  .superRefine((pack, ctx) => {
    const seenIds = checkTopicIds(pack.topics, ctx);
    const aliasOwner = new Map<string, number>();
    pack.topics.forEach((topic, topicIndex) => {
      checkRelated(topic, topicIndex, seenIds, ctx);
      topic.aliases.forEach((alias, aliasIndex) => {
        const key = aliasKey(aliasText(alias));
        const owner = aliasOwner.get(key);
        if (owner !== undefined && owner !== topicIndex) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', topicIndex, 'aliases', aliasIndex],
            message: `is already an alias of topics[${owner}] ("${pack.topics[owner]!.id}")`,
          });
        } else {
          aliasOwner.set(key, topicIndex);
        }
      });
    });
  });

export { aliasKey, aliasText };

/** A pack as an author writes it (defaults may be left out). */
export type PackInput = z.input<typeof PackSchema>;
/** A pack after parsing (defaults filled in). */
export type Pack = z.output<typeof PackSchema>;
export type Topic = z.output<typeof TopicSchema>;
export type Fact = z.output<typeof FactSchema>;
export type Alias = z.output<typeof AliasSchema>;
export type Category = z.output<typeof CategorySchema>;
export type NearRule = z.output<typeof NearRuleSchema>;
export type When = z.output<typeof WhenSchema>;
/** A language key of `names`, `context`, `veto` and `near`: "en", "ja", "yue", or "*". */
export type LangKey = string;
/** A pack of the first format, as parsed. */
export type PackV1 = z.output<typeof PackV1Schema>;
export type TopicV1 = z.output<typeof TopicV1Schema>;
