// @vitest-environment jsdom
/** @jsxImportSource preact */
/** The options page's topic list, shared-alias list and colour pickers. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CategoryColors } from '../../components/CategoryColors';
import { TopicSettingsList, type TopicSettingsListProps } from '../../components/TopicSettingsList';
import { TopicToggleList } from '../../components/TopicToggleList';
import { CATEGORY_STYLE, categoryColors } from '../../data/categories';
import { resolveLibrary } from '../../data/library';
import type { Pack } from '../../data/schema';
import { topic } from './fixtures';
import { mountPoint } from './mount-point';

const base: Pack = {
  schemaVersion: 2,
  id: 'base',
  title: 'Base',
  language: 'en',
  asOf: '2026-01-01',
  topics: [topic('brics', ['BRICS'], { title: 'BRICS', category: 'alliances' }), topic('kazan', ['Kazan'], { title: 'Kazan' })],
};
const mine: Pack = { ...base, id: 'my-topics', title: 'My topics', topics: [topic('bloc', ['brics'], { title: 'The bloc' })] };

const container = mountPoint();

function props(extra: Partial<TopicSettingsListProps> = {}): TopicSettingsListProps {
  const resolved = resolveLibrary([
    { pack: base, enabled: true, builtIn: true },
    { pack: mine, enabled: true, builtIn: false },
  ]);
  return {
    topics: resolved.pack.topics.map((t) => ({ topic: t, packId: resolved.origin[t.id]!.packId, packTitle: resolved.origin[t.id]!.packTitle })),
    disabled: new Set(['kazan']),
    colors: categoryColors({ alliances: '#000000' }),
    conflicts: resolved.conflicts,
    onToggle: vi.fn(),
    onColorChange: vi.fn(),
    slicing: { now: () => performance.now(), yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)) },
    ...extra,
  };
}

describe('TopicSettingsList', () => {
  it('lists each pack’s topics under its name, with the popup’s switches', () => {
    render(<TopicSettingsList {...props()} />, container());
    const groups = Array.from(container().querySelectorAll<HTMLElement>('.bm-topic-group'));
    expect(groups.map((g) => [g.dataset.pack, g.querySelector('h3')?.textContent])).toEqual([
      ['base', 'Base (1 of 2 on)'],
      ['my-topics', 'My topics (1 of 1 on)'],
    ]);
    const boxes = Array.from(container().querySelectorAll<HTMLInputElement>('.bm-toggles input[type=checkbox][data-topic]'));
    expect(boxes.map((b) => [b.dataset.topic, b.checked])).toEqual([
      ['brics', true],
      ['kazan', false],
      ['bloc', true],
    ]);
    // The reader's colour reaches the dots.
    expect(container().querySelector<HTMLElement>('[data-topic=brics] + .bm-dot')?.style.background).toBe('rgb(0, 0, 0)');
  });

  it('reports a switch', () => {
    const p = props();
    render(<TopicSettingsList {...p} />, container());
    container().querySelector<HTMLInputElement>('input[data-topic=kazan]')!.click();
    expect(p.onToggle).toHaveBeenCalledWith('kazan', true);
  });

  it('shows which topic keeps a shared alias', () => {
    render(<TopicSettingsList {...props()} />, container());
    expect(container().querySelector('.bm-conflict')?.textContent).toBe(
      '“BRICS” is highlighted as BRICS (Base); not as The bloc (My topics).',
    );
  });

  it('leaves the popup’s list exactly as it was when no colours are given', () => {
    render(<TopicToggleList topics={base.topics} disabled={new Set()} onToggle={() => {}} />, container());
    const dot = container().querySelector<HTMLElement>('.bm-dot')!;
    expect(dot.getAttribute('style')).toBe('background: rgb(109, 76, 65);'); // #6d4c41, alliances' default
    expect(CATEGORY_STYLE.alliances.color).toBe('#6d4c41');
  });
});

describe('TopicSettingsList with a big library', () => {
  const many = Array.from({ length: 250 }, (_, n) => ({
    topic: topic(`topic-${n}`, [n === 201 ? 'Öztürk Holding' : `Name ${n}`], { title: `Topic ${n}` }),
    packId: 'watch',
    packTitle: 'Watch list',
  }));
  const shownIds = () => Array.from(container().querySelectorAll<HTMLInputElement>('input[data-topic]')).map((b) => b.dataset.topic);

  it('shows a page of topics, a count of all, and the next page on request', async () => {
    render(<TopicSettingsList {...props({ topics: many, conflicts: [], disabled: new Set(['topic-3']) })} />, container());
    expect(shownIds()).toHaveLength(100);
    // The pack's count is of all its topics, not of the page.
    expect(container().querySelector('.bm-topic-group h3')?.textContent).toBe('Watch list (249 of 250 on)');
    expect(container().querySelector('.bm-show-more')?.textContent).toBe('Showing 100 of 250. Show 100 more');
    container().querySelector<HTMLButtonElement>('.bm-show-more button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shownIds()).toHaveLength(200);
    expect(container().querySelector('.bm-show-more button')?.textContent).toBe('Show 50 more');
  });

  it('finds a topic by a name, folded, and says how many match in a live region', async () => {
    render(<TopicSettingsList {...props({ topics: many, conflicts: [] })} />, container());
    const search = container().querySelector<HTMLInputElement>('input[type=search]')!;
    expect(container().querySelector(`label[for="${search.id}"]`)?.textContent).toBe('Search topics');
    search.value = 'ozturk';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(shownIds()).toEqual(['topic-201']));
    const count = container().querySelector(`#${search.getAttribute('aria-describedby')}`)!;
    expect(count.getAttribute('aria-live')).toBe('polite');
    expect(count.textContent).toBe('1 topic matches “ozturk”.');
    expect(container().querySelector('.bm-show-more')).toBeNull();
  });
});

describe('CategoryColors', () => {
  it('has a colour input per category, and reports a chosen colour', () => {
    const onChange = vi.fn();
    render(<CategoryColors colors={categoryColors({ cyber: '#ABCDEF' })} onChange={onChange} />, container());
    const inputs = Array.from(container().querySelectorAll<HTMLInputElement>('input[type=color]'));
    expect(inputs.map((i) => i.dataset.category)).toEqual(Object.keys(CATEGORY_STYLE));
    const cyber = inputs.find((i) => i.dataset.category === 'cyber')!;
    expect(cyber.value).toBe('#abcdef');
    cyber.value = '#102030';
    cyber.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith('cyber', '#102030');
  });

  it('offers Reset only for a changed colour, back to the default', () => {
    const onChange = vi.fn();
    render(<CategoryColors colors={categoryColors({ cyber: '#abcdef' })} onChange={onChange} />, container());
    const resets = container().querySelectorAll<HTMLButtonElement>('button');
    expect(resets).toHaveLength(1);
    expect(resets[0]!.getAttribute('aria-label')).toBe('Reset the Cyber colour');
    resets[0]!.click();
    expect(onChange).toHaveBeenCalledWith('cyber', CATEGORY_STYLE.cyber.color);
  });

  it('ignores stored colours that are not #rrggbb', () => {
    expect(categoryColors({ cyber: 'red', other: '#12345' }).cyber).toBe(CATEGORY_STYLE.cyber.color);
  });
});
