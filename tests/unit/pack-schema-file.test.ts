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
import { parsePackJson } from '../../data/validate-pack';

const root = path.resolve(__dirname, '../..');
const schemaPath = path.join(root, 'docs/pack.schema.json');
const examplesDir = path.join(root, 'docs/examples');

type JsonSchema = { [key: string]: any };

const DATE_NOTE = 'A calendar day written YYYY-MM-DD (a real date: 2026-02-30 is refused).';

/** PackSchema as JSON Schema, with the descriptions a pack author needs. */
function buildPackJsonSchema(): JsonSchema {
  // `io: 'input'`: fields with defaults (`context`, `related`) are optional to
  // write. The superRefine cross-checks have no JSON Schema form and are left out.
  const generated = z.toJSONSchema(PackSchema, { io: 'input' }) as JsonSchema;
  const { $schema, ...body } = generated;
  const schema: JsonSchema = {
    $schema,
    title: 'Briefmark topic pack',
    description:
      'A briefing for Briefmark: topics with the ways they are written (aliases), a summary, and dated, sourced facts. ' +
      'See docs/pack-authoring.md. Briefmark also checks what this schema cannot say: real calendar dates, unique topic ids, ' +
      'no alias claimed by two topics, and `related` ids naming topics of the same pack.',
    ...body,
  };

  const pack = schema.properties;
  note(pack.schemaVersion, 'The pack format. Always 1.');
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
  note(
    topic.aliases,
    'How the topic is written on pages: plain text, never regular expressions. An alias matches whole words, any letter case, ' +
      'and spaces and hyphens interchangeably. No alias may belong to two topics of the pack.',
  );
  note(
    topic.context,
    'Words that, anywhere on the page, make this topic’s needsContext aliases count. Plain text, matched like aliases.',
  );
  note(topic.related, 'Ids of other topics of this pack, shown as “Related” on the card.');

  const fact = topic.facts.items.properties;
  note(fact.date, `The day it happened, or the first day of a span. ${DATE_NOTE}`);
  note(fact.endDate, `The last day of a span; not before date. ${DATE_NOTE}`);
  note(fact.text, 'What happened, in one to three sentences.');
  note(fact.sources, 'One to eight https:// addresses that support the fact.');
  // Briefmark parses each address; a pattern gives editors the gist.
  fact.sources.items.pattern = '^https://[^/?#]';

  const [plain, rule] = topic.aliases.items.anyOf;
  note(plain, 'A plain alias: whole words, any letter case.');
  note(rule, 'An alias with matching rules.');
  note(rule.properties.text, 'The alias itself, as plain text.');
  note(rule.properties.caseSensitive, 'Match the letter case exactly, for acronyms such as "BRICS" or "IMO".');
  note(
    rule.properties.suffixLetters,
    'Allow up to this many extra letters at the end, for inflected languages: "Орешник" with 3 also finds "Орешника".',
  );
  note(
    rule.properties.needsContext,
    'The form is ambiguous on its own ("Alaska"): it counts only on pages that also carry one of the topic’s context terms.',
  );
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
    expect(topic.required).toContain('aliases');
    expect(topic.properties.aliases.items.anyOf).toHaveLength(2);
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
