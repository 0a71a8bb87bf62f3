/**
 * Runs in the test page, bundled with each app: drives the app's state
 * through the scenario's updates and watches what the page shows.
 *
 * On every animation frame (before the browser paints), the app root's text
 * is compared with the text of the state the app last committed, and every
 * highlight is checked to hold one whole mention of its own topic. Anything
 * else is recorded, and the test reads the record.
 */
import { conditionalSteps, initialState, listSteps, MENTIONS, mentionsIn, routeStep, textOf, tickStep, type State } from './model';

export interface Bridge {
  /** Set by the app: renders `state`. */
  set(state: State): void;
  /** Called by the app after each commit, with the state now in the DOM. */
  committed(state: State): void;
}

export type Mount = (root: HTMLElement, initial: State, bridge: Bridge) => void;

interface Problem {
  at: number;
  kind: 'text' | 'mark';
  expected: string;
  shown: string;
}

const MAX_PROBLEMS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function install(root: HTMLElement, mount: Mount, options: { hydrate?: boolean } = {}): void {
  let committed: State | undefined = options.hydrate ? initialState : undefined;
  let waiting: (() => void) | undefined;
  const problems: Problem[] = [];
  let problemCount = 0;
  let frames = 0;
  const errors: string[] = [];

  const originalError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError(...args);
  };
  addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled: ${String(event.reason)}`));

  const record = (problem: Omit<Problem, 'at'>) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push({ at: Math.round(performance.now()), ...problem });
  };

  const marks = () => Array.from(root.querySelectorAll<HTMLElement>('mark.briefmark'));

  function check() {
    frames++;
    if (!committed) return;
    const expected = textOf(committed);
    const shown = root.textContent ?? '';
    if (shown !== expected) record({ kind: 'text', expected, shown });
    for (const mark of marks()) {
      const text = mark.textContent ?? '';
      const wrong =
        MENTIONS[text] !== mark.dataset.topic ? `a mark of ${mark.dataset.topic} on "${text}"` :
        mark.parentElement?.closest('mark.briefmark') ? `a mark inside a mark on "${text}"` : undefined;
      if (wrong) record({ kind: 'mark', expected: 'whole mentions, each marked once', shown: wrong });
    }
  }
  const everyFrame = () => {
    check();
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);

  let current = initialState;
  const bridge: Bridge = {
    set: () => undefined,
    committed(state) {
      committed = state;
      api.hydrated = true;
      if (waiting && state === current) {
        waiting();
        waiting = undefined;
      }
    },
  };

  /** Renders the next state and resolves once the app has committed it. */
  function update(step: (state: State) => State): Promise<void> {
    current = step(current);
    const done = new Promise<void>((resolve) => (waiting = resolve));
    bridge.set(current);
    return Promise.race([done, sleep(2000).then(() => Promise.reject(new Error('the app did not render the update in 2 s')))]);
  }

  /** Applies `steps` one after another, `gap(i)` ms apart. */
  async function run(steps: ((state: State) => State)[], gap: (i: number) => number) {
    for (let i = 0; i < steps.length; i++) {
      await update(steps[i]!);
      await sleep(gap(i));
    }
  }

  const scenarios: Record<string, () => Promise<void>> = {
    // A timer updating every 50 to 100 ms.
    ticker: () => run(Array.from({ length: 10 }, () => tickStep), (i) => 50 + ((i * 17) % 51)),
    longTicker: () => run(Array.from({ length: 12 }, () => tickStep), (i) => 50 + ((i * 17) % 51)),
    conditional: () => run(conditionalSteps, () => 80),
    lists: () => run(listSteps, () => 80),
  };
  let route = 0;

  const api = {
    ready: () => committed !== undefined,
    run: (name: string) => scenarios[name]!(),
    /** The next route of the app's router: a pushState navigation and its page. */
    async navigate() {
      route++;
      history.pushState({ route }, '', `#/page/${route}`);
      await update(routeStep(route));
    },
    frames: () => frames,
    problems: () => ({ count: problemCount, first: problems }),
    errors: () => [...errors],
    /** Whether the marks are exactly the mentions shown, of the topics not in `disabled`. */
    marksMatch(disabled: string[]) {
      const expected = committed ? mentionsIn(textOf(committed), disabled) : [];
      const shown = marks().map((mark) => mark.textContent ?? '');
      return { ok: JSON.stringify(expected) === JSON.stringify(shown), expected, shown };
    },
    markCount: () => marks().length,
    /** Tags every element of the server's markup, to tell later whether hydration kept them. */
    tagServerNodes() {
      root.querySelectorAll('*').forEach((element) => ((element as any).__fromServer = true));
      return root.querySelectorAll('*').length;
    },
    /**
     * Whether every element of the app is one the server rendered: hydration
     * took the server's markup over rather than rendering its own. Briefmark's
     * marks are the extension's, not the app's, so they do not count.
     */
    serverNodesKept: () => Array.from(root.querySelectorAll('*')).every((element) => (element as any).__fromServer || element.matches('mark.briefmark')),
    /** Whether the app has committed its first render (for a server-rendered page: its hydration). */
    hydrated: false,
  };
  (window as any).__fw = api;

  const start = () => mount(root, initialState, bridge);
  if (!options.hydrate) return start();
  // The server's markup first, hydrated a little later, as a page whose
  // script arrives after its HTML (the content script may have run by then).
  api.tagServerNodes();
  setTimeout(start, 600);
}
