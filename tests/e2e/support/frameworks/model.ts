/**
 * The one scenario every framework app renders: its state, the text a page
 * showing that state says, and the updates the tests drive. Each app renders
 * the same markup from the same state, so the text it should show is computed
 * here once (the runs without the extension check that each app agrees).
 */

/** The briefing topics the apps mention, by the exact form written, and the topic each one marks. */
export const MENTIONS: Record<string, string> = {
  'Bella 1': 'bella-1',
  BRICS: 'brics',
  Oreshnik: 'hypersonic-strikes',
  'Alaska summit': 'alaska-summit',
  'Sanctioning Russia Act': 'russia-oil-sanctions-bill',
};

export interface Item {
  id: string;
  text: string;
}

export interface State {
  headline: string;
  solo: string;
  tagged: string;
  summitOpen: boolean;
  note: boolean;
  tick: number;
  items: Item[];
  groups: Item[];
  route: number;
}

export const HEADLINES = [
  'The Bella 1 tanker was seized',
  'The Bella 1 tanker was released',
  'BRICS envoys met in Delhi',
  'An Oreshnik launch was reported',
  'Talks after the Alaska summit resumed',
  'The Sanctioning Russia Act stalled',
  'No news this hour',
];

const ROUTE_BODIES = [
  'Envoys weighed the Sanctioning Russia Act and the BRICS response.',
  'The Oreshnik was shown on parade; the Bella 1 crew flew home.',
  'Notes from the Alaska summit, with no word on BRICS.',
  'A quiet day with nothing to report.',
];

export const routeTitle = (route: number) => `Page ${route}`;
export const routeBody = (route: number) => ROUTE_BODIES[route % ROUTE_BODIES.length]!;
export const statusText = (open: boolean) => (open ? 'BRICS summit is open' : 'closed');
export const NOTE = 'Note: the Oreshnik launch was confirmed.';

export const initialState: State = {
  headline: HEADLINES[0]!,
  solo: 'Bella 1 watch',
  tagged: 'Oreshnik strike',
  summitOpen: true,
  note: true,
  tick: 0,
  items: [
    { id: 'a', text: 'A: BRICS ministers' },
    { id: 'b', text: 'B: the Bella 1 case' },
    { id: 'c', text: 'C: after the Alaska summit' },
    { id: 'd', text: 'D: the Sanctioning Russia Act' },
  ],
  groups: [
    { id: 'g1', text: 'Oreshnik first' },
    { id: 'g2', text: 'then BRICS' },
    { id: 'g3', text: 'and Bella 1' },
  ],
  route: 0,
};

/** What a page showing `state` says: the app root's textContent. */
export function textOf(state: State): string {
  return [
    'Briefing desk',
    `Latest: ${state.headline}`,
    state.solo,
    `Now: ${state.tagged}`,
    `Status: ${statusText(state.summitOpen)}`,
    state.note ? NOTE : '',
    `Tick ${state.tick}`,
    ...state.items.map((item) => item.text),
    ...state.groups.map((group) => `${group.text};`),
    routeTitle(state.route),
    routeBody(state.route),
  ].join('');
}

/** The mentions `text` holds, in order, of the topics not in `disabled`. */
export function mentionsIn(text: string, disabled: readonly string[] = []): string[] {
  const pattern = new RegExp(Object.keys(MENTIONS).join('|'), 'g');
  return (text.match(pattern) ?? []).filter((mention) => !disabled.includes(MENTIONS[mention]!));
}

/* The updates: each a pure step from one state to the next. */

export const tickStep = (state: State): State => {
  const tick = state.tick + 1;
  return {
    ...state,
    tick,
    headline: HEADLINES[tick % HEADLINES.length]!,
    solo: tick % 2 ? 'Bella 1 watch: quiet' : 'Bella 1 watch',
    tagged: HEADLINES[(tick + 3) % HEADLINES.length]!,
  };
};

export const conditionalSteps: ((state: State) => State)[] = [
  (s) => ({ ...s, summitOpen: false }),
  (s) => ({ ...s, note: false }),
  (s) => ({ ...s, summitOpen: true }),
  (s) => ({ ...s, note: true, summitOpen: false }),
  (s) => ({ ...s, summitOpen: true }),
  (s) => ({ ...s, note: false }),
];

const reversed = <T>(list: T[]) => [...list].reverse();
const rotated = <T>(list: T[]) => [...list.slice(1), list[0]!];

export const listSteps: ((state: State) => State)[] = [
  (s) => ({ ...s, items: reversed(s.items), groups: reversed(s.groups) }),
  (s) => ({ ...s, items: [{ id: 'e', text: 'E: new on the Oreshnik' }, ...s.items], groups: [{ id: 'g4', text: 'Alaska summit too' }, ...s.groups] }),
  (s) => ({ ...s, items: s.items.filter((item) => item.id !== 'b'), groups: s.groups.filter((group) => group.id !== 'g2') }),
  (s) => ({ ...s, items: rotated(s.items), groups: rotated(s.groups) }),
  (s) => ({ ...s, items: [...s.items, { id: 'f', text: 'F: BRICS again' }], groups: reversed(s.groups) }),
  (s) => ({ ...s, items: s.items.slice(1), groups: s.groups.slice(1) }),
  (s) => ({ ...s, items: reversed(s.items), groups: [...s.groups, { id: 'g5', text: 'Bella 1 last' }] }),
];

export const routeStep = (route: number) => (state: State): State => ({ ...state, route });
