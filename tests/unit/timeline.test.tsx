// @vitest-environment jsdom
/** @jsxImportSource preact */
/**
 * The timeline: every dated fact of the selected topics, newest first, under
 * month headings, with a filter row of topic chips.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline, timelineMonths, toggleTopic, type TimelineProps, type TimelineTopic } from '../../components/Timeline';
import { TopicCard } from '../../components/TopicCard';
import { defaultPack } from '../../data/packs';
import { topic } from './fixtures';
import { mountPoint } from './mount-point';

const source = (n: number) => [`https://example.org/${n}`];
const topics: TimelineTopic[] = [
  {
    packTitle: 'Briefing',
    topic: topic('bella-1', ['Bella 1'], {
      title: 'Bella 1',
      category: 'maritime',
      facts: [
        { date: '2025-12-20', endDate: '2025-12-21', text: 'Chase began.', sources: source(1) },
        { date: '2026-01-07', text: 'Seized.', sources: source(2) },
        { date: '2026-01-07', endDate: '2026-01-08', text: 'Moscow protested.', sources: source(3) },
      ],
    }),
  },
  {
    packTitle: 'Briefing',
    topic: topic('brics', ['BRICS'], {
      title: 'BRICS',
      category: 'alliances',
      facts: [{ date: '2026-01-09', endDate: '2026-01-16', text: 'Drills.', sources: [...source(4), 'javascript:alert(1)'] }],
    }),
  },
  // A reader's own topic: a note, no facts.
  { packTitle: 'My topics', topic: topic('mine', ['Mine'], { title: 'Mine', category: 'other', facts: [] }) },
];

const container = mountPoint();

function show(props: Partial<TimelineProps> = {}) {
  const onSelect = vi.fn();
  render(<Timeline topics={topics} selected="all" onSelect={onSelect} {...props} />, container());
  return onSelect;
}
const eventTexts = () => Array.from(container().querySelectorAll('.bm-timeline-event .bm-timeline-text'), (p) => p.textContent);
const chip = (label: string) =>
  Array.from(container().querySelectorAll<HTMLButtonElement>('.bm-filter-chip')).find((b) => b.textContent === label)!;

describe('timelineMonths', () => {
  it('orders facts newest first; same-day facts keep their pack order', () => {
    const events = timelineMonths(topics, 'all').flatMap((month) => month.events.map((e) => e.fact.text));
    expect(events).toEqual(['Drills.', 'Seized.', 'Moscow protested.', 'Chase began.']);
  });

  it('groups by the month a fact starts in', () => {
    expect(timelineMonths(topics, 'all').map((m) => [m.key, m.label, m.events.length])).toEqual([
      ['2026-01', 'January 2026', 3],
      ['2025-12', 'December 2025', 1],
    ]);
  });

  it('keeps only the selected topics', () => {
    expect(timelineMonths(topics, new Set(['brics'])).flatMap((m) => m.events.map((e) => e.topic.id))).toEqual(['brics']);
    expect(timelineMonths(topics, new Set())).toEqual([]);
  });
});

describe('toggleTopic', () => {
  const all = ['bella-1', 'brics'];
  it('narrows from all to one topic, adds and removes, and returns to all', () => {
    const one = toggleTopic('all', 'brics', all);
    expect(one).toEqual(new Set(['brics']));
    expect(toggleTopic(one, 'brics', all)).toBe('all');
    expect(toggleTopic(one, 'bella-1', all)).toBe('all');
    expect(toggleTopic(new Set(['brics', 'x']), 'x', all)).toEqual(new Set(['brics']));
  });
});

describe('Timeline', () => {
  it('renders an ordered list of months, each an ordered list of dated events', () => {
    show();
    const months = container().querySelectorAll('ol.bm-timeline-months > li.bm-timeline-month');
    expect(Array.from(months, (m) => m.querySelector('h3')?.textContent)).toEqual(['January 2026', 'December 2025']);
    for (const month of months) {
      const list = month.querySelector('ol.bm-timeline-events')!;
      expect(list.getAttribute('aria-labelledby')).toBe(month.querySelector('h3')!.id);
    }
    expect(eventTexts()).toEqual(['Drills.', 'Seized.', 'Moscow protested.', 'Chase began.']);
    const times = Array.from(container().querySelectorAll('.bm-timeline-event time'));
    expect(times.map((t) => [t.getAttribute('datetime'), t.textContent])).toEqual([
      ['2026-01-09', '9\u2009–\u200916 Jan 2026'],
      ['2026-01-07', '7 Jan 2026'],
      ['2026-01-07', '7\u2009–\u20098 Jan 2026'],
      ['2025-12-20', '20\u2009–\u200921 Dec 2025'],
    ]);
  });

  it('shows each event’s topic, category colour and https source links', () => {
    show({ colors: { alliances: '#123456' } });
    const first = container().querySelector<HTMLElement>('.bm-timeline-event')!;
    expect(first.dataset.topic).toBe('brics');
    expect(first.querySelector('.bm-timeline-topic')?.textContent).toBe('BRICS');
    expect(first.style.getPropertyValue('--bm-category')).toBe('#123456');
    const second = container().querySelectorAll<HTMLElement>('.bm-timeline-event')[1]!;
    expect(second.style.getPropertyValue('--bm-category')).toBe('#1e88e5');
    const links = Array.from(first.querySelectorAll('a'));
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.textContent])).toEqual([
      ['https://example.org/4', 'noopener noreferrer', 'example.org'],
    ]);
    // A non-https address is shown as text, never linked.
    expect(first.querySelector('.bm-source-text')?.textContent).toBe('javascript:alert(1)');
  });

  it('names the pack only when the topics come from more than one', () => {
    show();
    // The own topic has no facts, so only one pack is on the timeline.
    expect(container().querySelector('.bm-timeline-pack')).toBeNull();
    render(null, container());
    show({ topics: [topics[0]!, { ...topics[1]!, packTitle: 'Other' }] });
    expect(container().querySelector('.bm-timeline-pack')?.textContent).toBe('Other');
  });

  it('filtered to one topic, names it once above the entries, not on each', () => {
    show({ selected: new Set(['bella-1']), topics: [topics[0]!, { ...topics[1]!, packTitle: 'Other' }] });
    expect(container().querySelector('.bm-timeline-only')?.textContent).toBe('Bella 1');
    expect(container().querySelectorAll('.bm-timeline-event')).toHaveLength(3);
    expect(container().querySelectorAll('.bm-timeline-topic, .bm-timeline-pack')).toHaveLength(0);
    expect(container().querySelector('.bm-timeline-chosen')?.textContent).toBe('Bella 1');
    render(null, container());
    // Two topics: each entry says which.
    show({ selected: new Set(['bella-1', 'brics']), topics: [...topics, { ...topics[0]!, topic: { ...topics[0]!.topic, id: 'x', title: 'X' } }] });
    expect(container().querySelector('.bm-timeline-only')).toBeNull();
    expect(container().querySelectorAll('.bm-timeline-topic')).toHaveLength(4);
  });

  it('has a chip per topic with facts, pressed as selected', () => {
    show({ selected: new Set(['brics']) });
    const chips = Array.from(container().querySelectorAll('.bm-filter-chip'));
    expect(chips.map((c) => [c.textContent, c.getAttribute('aria-pressed')])).toEqual([
      ['All', 'false'],
      ['Bella 1', 'false'],
      ['BRICS', 'true'],
    ]);
    expect(container().querySelector('.bm-timeline-filter')?.getAttribute('role')).toBe('group');
    expect(eventTexts()).toEqual(['Drills.']);
  });

  it('reports the new selection when a chip or All is pressed', () => {
    const onSelect = show();
    expect(chip('All').getAttribute('aria-pressed')).toBe('true');
    chip('Bella 1').click();
    expect(onSelect).toHaveBeenLastCalledWith(new Set(['bella-1']));
    render(null, container());
    const again = show({ selected: new Set(['bella-1']) });
    chip('BRICS').click();
    expect(again).toHaveBeenLastCalledWith('all');
    chip('All').click();
    expect(again).toHaveBeenLastCalledWith('all');
  });

  it('says so when nothing selected has a date', () => {
    show({ selected: new Set(['mine']) });
    expect(container().querySelector('.bm-timeline-months')).toBeNull();
    expect(container().querySelector('.bm-timeline-empty')?.textContent).toBe('No dated facts for the topics shown.');
  });

  it('shows every fact of the bundled pack', () => {
    show({ topics: defaultPack.topics.map((t) => ({ topic: t, packTitle: defaultPack.title })) });
    const count = defaultPack.topics.reduce((sum, t) => sum + t.facts.length, 0);
    expect(container().querySelectorAll('.bm-timeline-event')).toHaveLength(count);
    const dates = Array.from(container().querySelectorAll('.bm-timeline-event time'), (t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('FactList after SourceLinks was taken out of it', () => {
  it('renders the same links inside the card', () => {
    render(
      <TopicCard topic={topics[1]!.topic} packTitle="Briefing" asOf="2026-02-01" stale={false} relatedTitles={[]} />,
      container(),
    );
    const sources = container().querySelector('.bm-card .bm-fact .bm-fact-sources')!;
    expect(sources.innerHTML).toBe(
      '<a class="bm-source" href="https://example.org/4" target="_blank" rel="noopener noreferrer">example.org</a>' +
        '<span class="bm-source-text">javascript:alert(1)</span>',
    );
  });
});
