/**
 * When to stop answering a page that keeps taking our marks out (a script
 * that reverts every change it did not make): past a few fights in a short
 * time, back off, quietly and for longer each time, so neither side loops.
 *
 * Fights decay: the score halves every HALF_LIFE_MS, so a long-lived app
 * that re-renders now and then (a route change) never reaches the limit; and
 * so does the back-off, after a peaceful while. What counts as a fight is the
 * watcher's call (a removed element that left the document is not one).
 * Pure: the clock is passed in.
 */
const MAX_SCORE = 5;
const HALF_LIFE_MS = 10_000;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 60_000;
/** Peace for this long forgets earlier back-offs. */
const FORGIVE_MS = 120_000;

export class FightPolicy {
  private score = 0;
  private scoredAt = 0;
  private backoffs = 0;
  private lastBackoffAt = -Infinity;

  private decayed(now: number): number {
    return this.score * 0.5 ** ((now - this.scoredAt) / HALF_LIFE_MS);
  }

  /** The page took our marks out at `now`. */
  fight(now: number): void {
    this.score = this.decayed(now) + 1;
    this.scoredAt = now;
  }

  /** Whether to back off now. */
  shouldBackOff(now: number): boolean {
    return this.decayed(now) > MAX_SCORE;
  }

  /** Starts a back-off at `now`: how long to rest. After it, one more fight backs off again, longer. */
  backOff(now: number): number {
    if (now - this.lastBackoffAt > FORGIVE_MS) this.backoffs = 0;
    this.lastBackoffAt = now;
    const rest = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** this.backoffs++);
    this.score = MAX_SCORE;
    this.scoredAt = now + rest;
    return rest;
  }

  reset(): void {
    this.score = 0;
    this.backoffs = 0;
    this.lastBackoffAt = -Infinity;
  }
}
