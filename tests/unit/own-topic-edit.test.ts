import { describe, expect, it } from 'vitest';
import { addOwnTopic } from '../../data/library';
import { editOwnTopic, ownTopicFields } from '../../data/own-topic-edit';

function ownPack() {
  const result = addOwnTopic(undefined, { title: 'Heavy fuel', aliases: ['bunker fuel'], note: 'Shipping fuels.' }, new Set(), '2026-05-01');
  if (!result.ok) throw new Error(result.errors.join());
  return result.pack;
}

describe('editing an own topic', () => {
  it('changes title, phrases, note and category, and keeps the id', () => {
    const own = ownPack();
    expect(ownTopicFields(own, 'heavy-fuel')).toEqual({ title: 'Heavy fuel', aliases: ['bunker fuel'], note: 'Shipping fuels.', category: 'other' });
    const result = editOwnTopic(own, 'heavy-fuel', { title: 'Fuel oil', aliases: ['bunker fuel', ' residual fuel ', 'Bunker fuel'], note: '', category: 'maritime' });
    if (!result.ok) throw new Error(result.errors.join());
    const [edited] = result.pack.topics;
    expect(edited!.id).toBe('heavy-fuel');
    expect(edited!.title).toBe('Fuel oil');
    expect(edited!.category).toBe('maritime');
    expect(Object.values(edited!.names).flat()).toEqual(['bunker fuel', 'residual fuel']);
    expect(ownTopicFields(result.pack, 'heavy-fuel')?.note).toBe('');
  });

  it('refuses an empty title or no phrase, with the form’s field names', () => {
    const own = ownPack();
    const noPhrase = editOwnTopic(own, 'heavy-fuel', { title: 'Fuel', aliases: ['  '], note: '', category: 'other' });
    expect(noPhrase).toEqual({ ok: false, errors: ['aliases: must list at least one alias'] });
    const noTitle = editOwnTopic(own, 'heavy-fuel', { title: ' ', aliases: ['fuel'], note: '', category: 'other' });
    expect(noTitle.ok).toBe(false);
    if (!noTitle.ok) expect(noTitle.errors[0]).toMatch(/^title: /);
    expect(editOwnTopic(own, 'gone', { title: 'x', aliases: ['x'], note: '', category: 'other' }).ok).toBe(false);
  });
});
