/**
 * The shape of a topic pack, as zod schemas.
 *
 * This module is the trust boundary for packs: the bundled pack is checked
 * against it in tests and at build time, and anything a reader imports is
 * parsed with it. The content script imports only the *types* from here, so
 * zod never ships in the script that runs on every page.
 */
import { z } from 'zod';
import { aliasKey } from './alias-key';

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
       * The form is ambiguous on its own ("Alaska", "Marinera"): it matches only
       * on pages that also carry one of the topic's `context` terms.
       */
      needsContext: z.boolean().optional(),
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
  aliases: z.array(AliasSchema).min(1, 'must list at least one alias').max(60, 'must list at most 60 aliases'),
  /** Words that, somewhere on the page, make this topic's `needsContext` aliases count. */
  context: z.array(text(MAX_ALIAS_LENGTH)).max(40, 'must list at most 40 context terms').default([]),
  related: z.array(kebabId).max(12, 'must list at most 12 related topics').default([]),
});

export const PackSchema = z
  .strictObject({
    schemaVersion: z.literal(1, { error: 'must be 1 (the only pack format this version of Briefmark reads)' }),
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
    topics: z.array(TopicSchema).min(1, 'must list at least one topic').max(200, 'must list at most 200 topics'),
  })
  .superRefine((pack, ctx) => {
    const seenIds = new Map<string, number>();
    pack.topics.forEach((topic, index) => {
      const first = seenIds.get(topic.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', index, 'id'],
          message: `duplicates the id of topics[${first}]`,
        });
      } else {
        seenIds.set(topic.id, index);
      }
    });

    const aliasOwner = new Map<string, number>();
    pack.topics.forEach((topic, topicIndex) => {
      topic.related.forEach((relatedId, relatedIndex) => {
        // An id that is not kebab-case already has its own message.
        if (!KEBAB_ID.test(relatedId)) return;
        if (!seenIds.has(relatedId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', topicIndex, 'related', relatedIndex],
            message: `names no topic of this pack ("${relatedId}")`,
          });
        } else if (relatedId === topic.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', topicIndex, 'related', relatedIndex],
            message: 'must not name the topic itself',
          });
        }
      });
      topic.aliases.forEach((alias, aliasIndex) => {
        const key = aliasKey(typeof alias === 'string' ? alias : alias.text);
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

export { aliasKey };

/** A pack as an author writes it (defaults may be left out). */
export type PackInput = z.input<typeof PackSchema>;
/** A pack after parsing (defaults filled in). */
export type Pack = z.output<typeof PackSchema>;
export type Topic = z.output<typeof TopicSchema>;
export type Fact = z.output<typeof FactSchema>;
export type Alias = z.output<typeof AliasSchema>;
export type Category = z.output<typeof CategorySchema>;
