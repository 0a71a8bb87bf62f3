/**
 * docs/pack.schema.json, the JSON Schema pack authors point their editors at,
 * is generated from the zod schema in data/schema.ts. This test regenerates it
 * in memory and fails when the file is stale; `npm run schema` rewrites it
 * (the test writes the file when WRITE_SCHEMA=1).
 *
 * JSON Schema cannot say everything the zod schema checks (real calendar
 * dates, unique topic ids and aliases, `related` naming a topic of the pack,
 * https addresses with a host): those rules are in the descriptions, and
 * Briefmark checks them on import. The example packs in docs/examples are
 * checked here too, by the real validator.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PackSchema } from '../../data/schema';
import { LANGUAGE_CODES } from '../../data/language-codes';
import { parsePackJson } from '../../data/validate-pack';

const root = path.resolve(__dirname, '../..');
const schemaPath = path.join(root, 'docs/pack.schema.json');
const examplesDir = path.join(root, 'docs/examples');

type JsonSchema = { [key: string]: any };

const DATE_NOTE = 'A calendar day written YYYY-MM-DD (a real date: 2026-02-30 is refused).';

/** PackSchema as JSON Schema, with the descriptions a pack author needs. */
function buildPackJsonSchema(): JsonSchema {
  // `io: 'input'`: fields with defaults (`near`, `context`, `veto`, `related`) are optional to
  // write. The superRefine cross-checks have no JSON Schema form and are left out.
  const generated = z.toJSONSchema(PackSchema, { io: 'input' }) as JsonSchema;
  const { $schema, ...body } = generated;
  const schema: JsonSchema = {
    $schema,
    title: 'Briefmark topic pack',
    description:
      'A briefing for Briefmark: topics with the ways they are written (names, by language), a summary, and dated, sourced facts. ' +
      'See docs/pack-authoring.md. Briefmark also checks what this schema cannot say: real calendar dates, unique topic ids, ' +
      'no name claimed by two topics, veto terms that are not names, known language codes, and `related` ids naming topics of the same pack.',
    ...body,
  };

  const pack = schema.properties;
  note(pack.schemaVersion, 'The pack format: 2. Packs of format 1 (aliases, one context list) are still read, and migrated.');
  note(pack.id, 'The pack’s id, kebab-case. Importing a pack with the id of one you have replaces it.');
  note(pack.title, 'The briefing’s name, shown on cards and in the popup.');
  note(pack.language, 'BCP 47 tag of the pack’s prose, such as "en" or "pt-BR".');
  note(pack.asOf, `The day the briefing was last checked against its sources. ${DATE_NOTE}`);
  note(pack.description, 'What the briefing covers, in a sentence or two.');
  note(pack.topics, 'The topics, 1 to 200. Topic ids must be unique in the pack and across the packs a reader has.');

  const topic = pack.topics.items.properties;
  note(topic.id, 'The topic’s id, kebab-case, unique. Highlights carry it as data-topic.');
  note(topic.title, 'The topic’s name as the card heading shows it.');
  note(topic.category, 'Sets the highlight colour (readers may change the colours).');
  note(topic.summary, 'Two or three sentences in the pack’s own words.');
  note(topic.caveat, 'Where the common telling is disputed or wrong, said plainly. Shown as “Disputed”.');
  note(topic.facts, 'Dated, sourced facts, at most 12. The card shows the last four, so list them oldest first.');
  const LANGUAGE_KEYS = {
    description: 'A language code (ISO 639-1 such as "de", or ISO 639-3 such as "yue"), or "*" for forms the same in every language.',
    enum: ['*', ...[...LANGUAGE_CODES].sort()],
  };
  note(
    topic.names,
    'How the topic is written on pages, by language: plain text, never regular expressions. Write each name once, in its base ' +
      'form; Briefmark supplies the word forms of its language (case endings, prefixes, compounds). Names match whole words, ' +
      'any letter case, accents folded, spaces and hyphens interchangeably. No name may belong to two topics of the pack.',
  );
  topic.names.propertyNames = LANGUAGE_KEYS;
  note(
    topic.near,
    'Proximity rules: 2 to 4 words found in one sentence within a bounded number of words of each other ("the plan\'s 28 points").',
  );
  const near = topic.near.items.properties;
  note(near.words, '2 to 4 words, one word each, in their base form; each takes the word forms of `lang`.');
  note(near.within, 'How many words may lie between the first and last word: 1 to 8.');
  note(near.ordered, 'The words must come in the order written (default: any order).');
  note(near.lang, 'The language of the words, as the keys of `names`.');
  near.lang.enum = LANGUAGE_KEYS.enum;
  note(near.needsContext, 'The rule is ambiguous on its own: it counts only with a context term near it and no veto term.');
  note(
    topic.context,
    'By language: terms that, near one of the topic\'s needsContext forms (same sentence, or close by in the paragraph), make it count.',
  );
  topic.context.propertyNames = LANGUAGE_KEYS;
  note(
    topic.veto,
    'By language: terms that, near one of the topic\'s needsContext forms, rule the topic out there (Gaza near "20-point plan"). ' +
      'A veto term may not be one of the topic\'s names or context terms.',
  );
  topic.veto.propertyNames = LANGUAGE_KEYS;
  note(
    topic.when,
    'When the topic\'s event happened. A page dated before `from` reports none of it; a year written near an ambiguous form ' +
      'before from\'s year rules that form out.',
  );
  note(topic.when.properties.from, `The event's first day. ${DATE_NOTE}`);
  note(topic.when.properties.to, `The event's last day, if it is over; not before from. ${DATE_NOTE}`);
  note(topic.related, 'Ids of other topics of this pack, shown as “Related” on the card.');

  const fact = topic.facts.items.properties;
  note(fact.date, `The day it happened, or the first day of a span. ${DATE_NOTE}`);
  note(fact.endDate, `The last day of a span; not before date. ${DATE_NOTE}`);
  note(fact.text, 'What happened, in one to three sentences.');
  note(fact.sources, 'One to eight https:// addresses that support the fact.');
  // Briefmark parses each address; a pattern gives editors the gist.
  fact.sources.items.pattern = '^https://[^/?#]';

  const [plain, rule] = topic.names.additionalProperties.items.anyOf;
  note(plain, 'A plain alias: whole words, any letter case.');
  note(rule, 'An alias with matching rules.');
  note(rule.properties.text, 'The alias itself, as plain text.');
  note(rule.properties.caseSensitive, 'Match the letter case exactly, for acronyms such as "BRICS" or "IMO".');
  note(
    rule.properties.suffixLetters,
    'From the first pack format: allow up to this many extra letters at the end. Rarely needed now that Briefmark supplies word forms.',
  );
  note(
    rule.properties.needsContext,
    'The form is ambiguous on its own ("Alaska"): it counts only with one of the topic’s context terms near it, and no veto term.',
  );
  note(rule.properties.exact, 'No word forms: the text exactly (case and accents folded), as a whole word.');
  return schema;
}

/** Sets a node's description; a node the generator no longer makes fails loudly. */
function note(node: JsonSchema | undefined, text: string): void {
  if (!node) throw new Error(`No schema node for: ${text}`);
  node.description = text;
}

function schemaText(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}

describe('docs/pack.schema.json', () => {
  it('is what data/schema.ts generates (run `npm run schema` if not)', () => {
    const expected = schemaText();
    if (process.env.WRITE_SCHEMA === '1') writeFileSync(schemaPath, expected);
    const actual = existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : '';
    expect(actual === expected, 'docs/pack.schema.json is stale: run npm run schema').toBe(true);
  });

  it('makes fields with defaults optional, and keeps the alias forms', () => {
    const schema = buildPackJsonSchema();
    const topic = schema.properties.topics.items;
    expect(topic.required).not.toContain('context');
    expect(topic.required).not.toContain('related');
    expect(topic.required).not.toContain('near');
    expect(topic.required).not.toContain('veto');
    expect(topic.required).toContain('names');
    expect(topic.properties.names.additionalProperties.items.anyOf).toHaveLength(2);
    expect(topic.properties.names.propertyNames.enum).toEqual(expect.arrayContaining(['*', 'en', 'ja', 'zh', 'ar']));
    expect(topic.properties.category.enum).toContain('other');
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('docs/examples', () => {
  const files = existsSync(examplesDir) ? readdirSync(examplesDir).filter((name) => name.endsWith('.json')) : [];

  it('has at least one example pack', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  it.each(files)('%s is a valid pack', (name) => {
    const result = parsePackJson(readFileSync(path.join(examplesDir, name), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) {
      // A real briefing, not a stub: facts with sources for every topic.
      for (const topic of result.pack.topics) expect(topic.facts.length, topic.id).toBeGreaterThanOrEqual(1);
    }
  });
});
