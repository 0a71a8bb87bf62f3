// @vitest-environment jsdom
/** @jsxImportSource preact */
/**
 * Pack strings are text, never markup: whatever a title, summary, caveat or
 * fact says, the card and the popup create no element from it, and their
 * links are https only and never hand the opener to the page they open.
 *
 * The schema already refuses non-https sources; these tests render the
 * components directly, so they prove the rendering itself is text-only.
 */
import { act } from 'preact/test-utils';
import { freshness } from '../../data/pack-freshness';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { TopicCard } from '../../components/TopicCard';
import type { Pack, Topic } from '../../data/schema';
import { topic } from './fixtures';
import { mountPoint } from './mount-point';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<style>*{display:none}</style>',
  '&lt;b&gt;entity&lt;/b&gt;',
  '{{constructor.constructor("alert(1)")()}}',
];
const payload = (index: number) => `Before ${PAYLOADS[index % PAYLOADS.length]} after`;

/** Elements a payload would create if it were parsed as markup. */
const INJECTED = 'img, script, svg, iframe, style, object, embed, a:not(.bm-source)';

function hostileTopic(id: string, offset: number): Topic {
  return topic(id, ['Alias'], {
    title: payload(offset),
    summary: payload(offset + 1),
    caveat: payload(offset + 2),
    facts: [
      {
        date: '2026-01-07',
        text: payload(offset + 3),
        sources: ['https://example.org/a?q=<script>alert(1)</script>', 'https://example.org/"onmouseover="alert(1)'],
      },
      { date: '2026-01-09', endDate: '2026-01-16', text: payload(offset + 4), sources: ['https://example.com/b'] },
    ],
  });
}

const hostilePack: Pack = {
  schemaVersion: 2,
  id: 'hostile',
  title: payload(5),
  language: 'en',
  asOf: '2026-02-01',
  description: payload(6),
  topics: [hostileTopic('first', 0), hostileTopic('second', 4)],
};

const container = mountPoint();
const alert = vi.fn();

beforeEach(() => {
  vi.stubGlobal('alert', alert);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The checks every rendering must pass. */
function expectInert(root: HTMLElement, texts: readonly string[]): void {
  expect(root.querySelectorAll(INJECTED)).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    const handlers = Array.from(element.attributes, (attribute) => attribute.name).filter((name) => name.startsWith('on'));
    expect(handlers, element.outerHTML).toEqual([]);
  }
  // The payloads are there, as the very characters the pack wrote.
  for (const text of texts) expect(root.textContent).toContain(text);
  expect(alert).not.toHaveBeenCalled();
}

function expectSafeLinks(root: HTMLElement): HTMLAnchorElement[] {
  const links = Array.from(root.querySelectorAll('a'));
  for (const link of links) {
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    // A quote in a URL stays inside the href: no attribute is added by it.
    expect(Array.from(link.attributes, (a) => a.name).sort()).toEqual(['class', 'href', 'rel', 'target']);
  }
  return links;
}

describe('TopicCard renders pack strings as text', () => {
  it('creates no element from titles, summaries, caveats, facts or related titles', () => {
    const first = { ...hostilePack.topics[0]!, related: ['second', 'third'] };
    render(
      <TopicCard
        topic={first}
        packTitle={hostilePack.title}
        asOf={hostilePack.asOf}
        stale={true}
        relatedTitles={[payload(7), payload(8)]}
        expanded={true}
      />,
      container(),
    );
    expectInert(container(), [
      first.title,
      first.summary,
      first.caveat!,
      ...first.facts.map((fact) => fact.text),
      payload(7),
      payload(8),
    ]);
    // The pack's title is said beside the category, as text.
    expect(container().querySelector('.bm-card-pack')?.textContent).toContain(hostilePack.title);
    // The title is the heading's only content, as text.
    expect(container().querySelector('h2')?.textContent).toBe(first.title);
    expect(container().querySelector('h2')?.childElementCount).toBe(0);
  });

  it('links every source over https, in a new tab, without the opener', () => {
    render(
      <TopicCard topic={hostilePack.topics[0]!} packTitle="Pack" asOf="2026-02-01" stale={false} relatedTitles={[]} />,
      container(),
    );
    const links = expectSafeLinks(container());
    // Newest fact first.
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/b',
      'https://example.org/a?q=<script>alert(1)</script>',
      'https://example.org/"onmouseover="alert(1)',
    ]);
  });
});

describe('PopupView renders pack strings as text', () => {
  const props = (page: PopupViewProps['page']): PopupViewProps => ({
    pack: hostilePack,
    freshness: freshness(
      Object.fromEntries(hostilePack.topics.map((topic) => [topic.id, { packId: hostilePack.id, packTitle: hostilePack.title, asOf: '2020-01-01', language: 'en' }])),
      hostilePack.topics.map((topic) => topic.id),
      new Date('2026-01-01'),
    ),
    page,
    disabled: new Set(),
    pause: { everywhere: false, sites: [payload(2)] },
    onToggle: () => {},
    onReveal: () => {},
    onPauseSite: () => {},
    onPauseEverywhere: () => {},
    onResume: () => {},
    onOpenOptions: () => {},
  });

  it('creates no element from the pack, the mentions or the host', () => {
    const host = payload(1);
    render(<PopupView {...props({ kind: 'read', host, counts: { first: 3, second: 1 }, paused: false })} />, container());
    expectInert(container(), [...hostilePack.topics.map((t) => t.title), hostilePack.title, host]);
    // Each topic's context (one open at a time): summary, caveat and facts, still text.
    for (const topic of hostilePack.topics) {
      act(() => (container().querySelector(`.bm-row[data-topic="${topic.id}"] .bm-row-button`) as HTMLElement).click());
      expectInert(container(), [topic.summary, topic.caveat!]);
      expectSafeLinks(container());
    }
  });

  it('stays inert on a page with no mentions, and when paused', () => {
    const pages: PopupViewProps['page'][] = [
      { kind: 'read', host: payload(3), counts: {}, paused: false },
      { kind: 'read', host: payload(4), counts: { first: 1 }, paused: true },
      { kind: 'unreadable' },
      { kind: 'loading' },
    ];
    for (const page of pages) {
      render(<PopupView {...props(page)} />, container());
      // Paused or unreadable, the popup lists no rows: the pack's title is all of it there is.
      const rows = page.kind === 'loading' || (page.kind === 'read' && !page.paused);
      expectInert(container(), [hostilePack.title, ...(rows ? hostilePack.topics.map((t) => t.title) : [])]);
      expectSafeLinks(container());
      render(null, container());
    }
  });
});
