import type { Alias, Pack, Topic } from '../../data/schema';

/** Extra topic fields; `context` may be one list, taken as language-neutral terms. */
export type TopicExtra = Partial<Omit<Topic, 'context'>> & { context?: Topic['context'] | string[] };

/**
 * A minimal valid topic, for tests about matching rather than content: its
 * `aliases` are its language-neutral names (`names['*']`).
 */
export function topic(id: string, aliases: Alias[], extra: TopicExtra = {}): Topic {
  const { context, ...rest } = extra;
  return {
    id,
    title: id,
    category: 'diplomacy',
    summary: 'A summary.',
    facts: [{ date: '2026-01-01', text: 'A fact.', sources: ['https://example.org/'] }],
    names: { '*': aliases },
    near: [],
    context: Array.isArray(context) ? { '*': context } : (context ?? {}),
    veto: {},
    related: [],
    ...rest,
  };
}

/** A minimal valid pack of `topics`. */
export function pack(id: string, topics: Pack['topics'], extra: Partial<Pack> = {}): Pack {
  return { schemaVersion: 2, id, title: `Pack ${id}`, language: 'en', asOf: '2026-01-01', topics, ...extra };
}

/**
 * The exact node structure under `node`, text node boundaries included, for
 * "the page is as we found it" assertions (needs a DOM environment).
 */
export function structure(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return `#text:${(node as Text).data}`;
  if (node.nodeType !== Node.ELEMENT_NODE) return `#${node.nodeName}`;
  const element = node as Element;
  const attrs = Array.from(element.attributes, (a) => `${a.name}=${a.value}`).sort();
  return [element.nodeName, attrs, Array.from(element.childNodes, structure)];
}
