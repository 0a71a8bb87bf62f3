import { describe, expect, it } from 'vitest';
import { freshness } from '../../data/pack-freshness';
import { libraryOf } from '../../data/library-items';
import { addOwnTopic, resolveLibrary } from '../../data/library';
import { pack, topic } from './fixtures';

const TODAY = new Date('2026-06-01T12:00:00Z');
const briefing = pack('briefing', ['a', 'b', 'c'].map((id) => topic(id, [id])), { asOf: '2026-01-15', title: 'Old briefing' });
const fresh = pack('fresh', [topic('d', ['dee'])], { asOf: '2026-05-20', title: 'Fresh pack' });

function resolved(...packs: Parameters<typeof libraryOf>[1]) {
  return resolveLibrary(libraryOf(briefing, packs, []));
}

describe('freshness, per pack', () => {
  it('keeps a stale pack stale when a newer pack joins: the topics from it are marked, the footer names it', () => {
    const library = resolved(fresh);
    expect(library.pack.asOf).toBe('2026-05-20'); // the merged date hides the old pack
    const result = freshness(library.origin, library.pack.topics.map((t) => t.id), TODAY);
    expect(Object.fromEntries(Object.entries(result.byTopic).map(([id, age]) => [id, age.stale]))).toEqual({
      a: true,
      b: true,
      c: true,
      d: false,
    });
    expect(result.stale.map((age) => [age.packId, age.days])).toEqual([['briefing', 137]]);
    expect(result.oldest?.packId).toBe('briefing');
    expect(result.packs.map((age) => age.packId)).toEqual(['briefing', 'fresh']);
  });

  it('never counts the reader’s own topics as a dated briefing', () => {
    const own = addOwnTopic(undefined, { title: 'Zeitenwende', aliases: ['Zeitenwende'] }, new Set(['a', 'b', 'c']), '2026-05-31');
    if (!own.ok) throw new Error(own.errors.join());
    const library = resolved(own.pack);
    const result = freshness(library.origin, library.pack.topics.map((t) => t.id), TODAY);
    expect(result.byTopic.zeitenwende).toBeUndefined();
    expect(result.packs.map((age) => age.packId)).toEqual(['briefing']);
    expect(result.stale.map((age) => age.packId)).toEqual(['briefing']);
  });

  it('says nothing is stale within the threshold, and only looks at the topics asked about', () => {
    const library = resolved(fresh);
    const onlyFresh = freshness(library.origin, ['d'], TODAY);
    expect(onlyFresh.stale).toEqual([]);
    expect(onlyFresh.oldest?.packId).toBe('fresh');
    expect(freshness(library.origin, ['a'], new Date('2026-02-01')).stale).toEqual([]);
    expect(freshness(library.origin, [], TODAY).oldest).toBeUndefined();
    expect(freshness(library.origin, ['no-such', '__proto__'], TODAY).packs).toEqual([]);
  });
});
