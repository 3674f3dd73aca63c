/** A fake wall clock with timers: advance() runs what falls due, jump() is a sleeping machine. */
export class FakeClock {
  private timers: { id: number; at: number; run: () => void }[] = [];
  private nextId = 1;
  constructor(public nowMs: number) {}

  now = (): number => this.nowMs;

  setTimer = (run: () => void, delayMs: number): unknown => {
    const id = this.nextId++;
    this.timers.push({ id, at: this.nowMs + Math.max(0, delayMs), run });
    return id;
  };

  clearTimer = (handle: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };

  get pendingDelays(): number[] {
    return this.timers.map((t) => t.at - this.nowMs);
  }

  /** Time passes with the machine awake: due timers run in order. */
  advanceTo(target: number): void {
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.nowMs = Math.max(this.nowMs, due.at);
      due.run();
    }
    this.nowMs = target;
  }

  /**
   * The machine sleeps (or the user changes the clock): the wall clock moves, timers do
   * not fire; Node's monotonic timers resume with what was left (approximated: shifted).
   */
  jump(ms: number): void {
    this.nowMs += ms;
    for (const t of this.timers) t.at += ms;
  }
}

/** Paris wall time → epoch ms, with the offset written by hand in each test. */
export function paris(iso: string, offsetHours: 1 | 2): number {
  const [date, time] = iso.split(' ') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, hh - offsetHours, mm);
}
