/**
 * The bundled pack is plain data: these tests are what let the content script
 * trust it without shipping a schema library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatchingModel } from '../../data/matching';
import { defaultPack } from '../../data/packs';
import { PackSchema } from '../../data/schema';
import { sharedAvailable, sharedPath } from '../shared';
import { allNames } from '../../data/topic-terms';

const REQUIRED_TOPICS = [
  'bella-1',
  'naval-drills-south-africa',
  'maduro-capture',
  'russia-oil-sanctions-bill',
  'hypersonic-strikes',
  'security-guarantees',
  'us-peace-plan',
  'florida-talks',
  'alaska-summit',
  'istanbul-talks',
  'cybersecurity-dialogue',
  'brics',
];

describe('the default pack', () => {
  it('matches the pack schema, cross-references included', () => {
    const result = PackSchema.safeParse(defaultPack);
    expect(result.error?.issues ?? []).toEqual([]);
    // Parsing adds nothing: the bundled object is already the parsed shape.
    expect(result.data).toEqual(defaultPack);
  });

  it('has the briefing’s twelve topics', () => {
    expect(defaultPack.topics.map((topic) => topic.id)).toEqual(REQUIRED_TOPICS);
  });

  it('gives every topic a summary and dated, https-sourced facts', () => {
    for (const topic of defaultPack.topics) {
      expect(topic.summary.length, topic.id).toBeGreaterThan(40);
      expect(topic.facts.length, topic.id).toBeGreaterThanOrEqual(1);
      for (const fact of topic.facts) {
        expect(fact.date, topic.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const source of fact.sources) expect(source, topic.id).toMatch(/^https:\/\//);
      }
    }
  });

  it('claims no name twice, in any language', () => {
    const owner = new Map<string, string>();
    for (const topic of defaultPack.topics) {
      for (const alias of allNames(topic)) {
        const key = (typeof alias === 'string' ? alias : alias.text).toLowerCase().replace(/[\s\u00a0-]+/g, ' ');
        expect(owner.get(key) ?? topic.id, `"${key}"`).toBe(topic.id);
        owner.set(key, topic.id);
      }
    }
  });

  it('relates topics only to topics that exist', () => {
    const ids = new Set(defaultPack.topics.map((topic) => topic.id));
    for (const topic of defaultPack.topics) {
      for (const related of topic.related) expect(ids.has(related), `${topic.id} → ${related}`).toBe(true);
    }
  });
});

// The briefing's source article is part of the team's shared material.
const articlePath = sharedPath('briefing', 'source-article.txt');
const haveArticle = sharedAvailable('the source-article tests', 'briefing', 'source-article.txt');

describe.skipIf(!haveArticle)('the default pack on its source article', () => {
  // Read as the content script reads a page: paragraph by paragraph, each
  // decided on its own text.
  const paragraphs = haveArticle
    ? readFileSync(articlePath, 'utf8').replace(/\u00a0/g, ' ').split(/\n\s*\n/).filter((text) => text.trim())
    : [];
  const model = createMatchingModel(defaultPack);
  const topicsIn = (text: string) => model.mentionsIn({ text, lang: 'en' }, {}).map((mention) => mention.topicId);

  it('finds every topic in the article', () => {
    const found = new Set(paragraphs.flatMap(topicsIn));
    expect([...found].sort()).toEqual([...REQUIRED_TOPICS].sort());
  });

  it.each([
    ['in South African waters', 'naval-drills-south-africa'],
    ['oil tanker (the Bella 1)', 'bella-1'],
    ['Nicolás Maduro from Venezuela', 'maduro-capture'],
    ['new sanctions legislation against Russia', 'russia-oil-sanctions-bill'],
    ['advanced hypersonic weapons', 'hypersonic-strikes'],
    ['binding security guarantees for Ukraine', 'security-guarantees'],
    ['a U.S. peace plan for Ukraine', 'us-peace-plan'],
    ['conversations taking place in Florida between', 'florida-talks'],
    ['like one in Alaska in 2025', 'alaska-summit'],
    ['with the U.S. on cybersecurity if', 'cybersecurity-dialogue'],
    ['like those in Istanbul', 'istanbul-talks'],
    ['like those within BRICS', 'brics'],
  ])('reads “%s” as %s in its paragraph', (phrase, topic) => {
    const paragraph = paragraphs.find((text) => text.includes(phrase));
    expect(paragraph, phrase).toBeDefined();
    const at = paragraph!.indexOf(phrase);
    const hits = model
      .mentionsIn({ text: paragraph!, lang: 'en' }, {})
      .filter((mention) => mention.start < at + phrase.length && mention.end > at);
    expect(hits.map((mention) => mention.topicId)).toContain(topic);
  });
});
