/** The engine's pure decisions: which marks stay, and when to back off. No DOM. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../entrypoints/content/engine/reconcile';
import { FightPolicy } from '../../entrypoints/content/engine/fights';

const mention = (start: number, end: number, topicId = 't') => ({ start, end, topicId });
const marked = (start: number, end: number, topicId = 't') => ({ start, end, topicId, marks: `${start}-${end}` });

describe('reconcile', () => {
  it('wraps every mention of a run with no marks', () => {
    expect(reconcile([mention(0, 3), mention(5, 8)], [])).toEqual({ unwrap: [], wrap: [mention(0, 3), mention(5, 8)] });
  });

  it('keeps a mark that a mention matches exactly, and wraps only what is new', () => {
    expect(reconcile([mention(0, 3), mention(5, 8)], [marked(0, 3)])).toEqual({ unwrap: [], wrap: [mention(5, 8)] });
  });

  it('takes out marks no mention matches: rewritten text, a topic turned off, a longer mention now', () => {
    const plan = reconcile([mention(0, 10, 'plus')], [marked(0, 5, 't'), marked(12, 15, 'off')]);
    expect(plan.unwrap.map((range) => range.marks)).toEqual(['0-5', '12-15']);
    expect(plan.wrap).toEqual([mention(0, 10, 'plus')]);
  });

  it('takes out a mark of another topic at the same range, and a stray piece', () => {
    const plan = reconcile([mention(0, 3, 'a')], [marked(0, 3, 'b'), marked(4, 6, '')]);
    expect(plan.unwrap).toHaveLength(2);
    expect(plan.wrap).toEqual([mention(0, 3, 'a')]);
  });
});

describe('FightPolicy', () => {
  it('backs off after a burst of fights, longer each time', () => {
    const policy = new FightPolicy();
    for (let i = 0; i < 6; i++) policy.fight(i * 100);
    expect(policy.shouldBackOff(600)).toBe(true);
    const first = policy.backOff(600);
    policy.fight(600 + first);
    expect(policy.shouldBackOff(600 + first)).toBe(true);
    expect(policy.backOff(600 + first)).toBe(first * 2);
  });

  it('lets fights decay: one every 30 s never backs off, however long the app lives', () => {
    const policy = new FightPolicy();
    for (let i = 0; i < 100; i++) {
      policy.fight(i * 30_000);
      expect(policy.shouldBackOff(i * 30_000)).toBe(false);
    }
  });

  it('forgives earlier back-offs after a peaceful while', () => {
    const policy = new FightPolicy();
    const first = policy.backOff(0);
    expect(policy.backOff(first)).toBe(first * 2);
    expect(policy.backOff(10 * 60_000)).toBe(first);
  });
});
