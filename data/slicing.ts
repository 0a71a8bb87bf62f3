/**
 * Long work cut into slices, with the page let run between them (a paint, a
 * key press). The work takes a `Slicing` from its caller: the options page
 * passes the browser's clock and a real yield, tests a clock of their own.
 */
export interface Slicing {
  /** Lets the page run; resolves when the work may go on. */
  yieldNow(): Promise<void>;
  /** A clock in milliseconds (performance.now). */
  now(): number;
  /** How long a slice may run before it yields. */
  budgetMs?: number;
}

/** Long enough to do real work, short enough that a frame still fits beside a slice. */
export const SLICE_BUDGET_MS = 12;

/** A pause to await between steps of the work: it yields once a slice has run its budget. */
export function slicer({ yieldNow, now, budgetMs = SLICE_BUDGET_MS }: Slicing): () => Promise<void> {
  let start = now();
  return async () => {
    if (now() - start < budgetMs) return;
    await yieldNow();
    start = now();
  };
}

/**
 * Work written as steps: a generator that yields where it may stop. One body
 * serves both callers: `finished` runs it at once, `inSlices` lets the page
 * run between steps.
 */
export type Steps<T> = Generator<void, T>;

/** Runs steps to their end at once. */
export function finished<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs steps to their end, yielding to the page once a slice has run its budget. */
export async function inSlices<T>(steps: Steps<T>, slicing: Slicing): Promise<T> {
  const pause = slicer(slicing);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
