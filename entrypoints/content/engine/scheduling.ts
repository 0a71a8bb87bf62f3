/**
 * When work runs: in slices of a few milliseconds that give the page the main
 * thread back, one pass at a time (a queue), and after a burst of page
 * changes has settled (a debounce).
 */

export interface SliceOptions {
  /** How long one slice may run before the page gets the main thread back. */
  sliceMs?: number;
  /** Resolves when the page has had its turn. */
  yieldToPage(): Promise<void>;
  /** Runs a slice's DOM edits (so the caller can drop the mutation records they cause). */
  edit(change: () => void): void;
  /** Stops the work between slices. */
  signal?: { readonly aborted: boolean };
}

/**
 * Gives the page the main thread, and comes back soon. A message to
 * ourselves, not a timer (throttled in background tabs) nor
 * `scheduler.yield` (Chromium holds its continuations in hidden tabs).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` to its end in slices: each slice is one `edit`, and runs steps
 * until it is over budget (the clock is read after every step: what one costs
 * varies a lot with the page). Resolves with the steps' result, or
 * `undefined` when aborted between slices.
 */
export async function inSlices<R>(steps: Iterator<unknown, R>, options: SliceOptions): Promise<R | undefined> {
  const sliceMs = options.sliceMs ?? 8;
  for (;;) {
    if (options.signal?.aborted) return undefined;
    const started = performance.now();
    let step: IteratorResult<unknown, R> | undefined;
    options.edit(() => {
      do step = steps.next();
      while (!step.done && performance.now() - started <= sliceMs);
    });
    if (step!.done) return step!.value;
    await options.yieldToPage();
  }
}

/** Runs `steps` to its end at once. */
export function atOnce<R>(steps: Iterator<unknown, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Passes, one after another; a pass queued before `cancel()` never runs, one under way is aborted between slices. */
export class PassQueue {
  private generation = 0;
  private tail: Promise<void> = Promise.resolve();

  /** `failed` hears of a pass that threw: never into the page, never unheard. */
  constructor(private readonly failed: (error: unknown) => void = () => undefined) {}

  /** Resolves once every queued pass is done. */
  idle(): Promise<void> {
    return this.tail;
  }

  cancel(): void {
    this.generation++;
  }

  /** Queues `pass`; its signal says when it was cancelled (or `stopped()` says so). */
  enqueue(pass: (signal: { readonly aborted: boolean }) => Promise<void>, stopped: () => boolean): void {
    const generation = this.generation;
    const queue = this;
    const signal = {
      get aborted() {
        return generation !== queue.generation || stopped();
      },
    };
    this.tail = this.tail
      .then(() => (signal.aborted ? undefined : pass(signal)))
      .catch((error: unknown) => this.failed(error));
  }
}

export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

/**
 * Calls `flush` once the page has been quiet for `quietMs` after a change,
 * and at most `maxWaitMs` after the first change of a burst: a page
 * streaming in comments costs one pass per burst, not one per node.
 */
export class Debounce {
  private timer: number | undefined;
  private firstAt = 0;

  constructor(
    private readonly timers: Timers,
    private readonly flush: () => void,
    private readonly quietMs = 60,
    private readonly maxWaitMs = 200,
  ) {}

  /** A change happened. */
  poke(): void {
    const now = Date.now();
    if (this.timer === undefined) this.firstAt = now;
    this.timers.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.quietMs, this.firstAt + this.maxWaitMs - now));
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
  }

  /** Runs `handler` once after `ms`, instead of any flush waiting now. */
  later(handler: () => void, ms: number): void {
    this.cancel();
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      handler();
    }, ms);
  }

  cancel(): void {
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
