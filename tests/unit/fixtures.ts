import type { Topic } from '../../data/schema';

/** A minimal valid topic, for tests about matching rather than content. */
export function topic(id: string, aliases: Topic['aliases'], extra: Partial<Topic> = {}): Topic {
  return {
    id,
    title: id,
    category: 'diplomacy',
    summary: 'A summary.',
    facts: [{ date: '2026-01-01', text: 'A fact.', sources: ['https://example.org/'] }],
    aliases,
    context: [],
    related: [],
    ...extra,
  };
}
