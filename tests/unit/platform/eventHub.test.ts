import { describe, expect, it } from 'vitest';
import { createEventHub } from '../../../renderer/src/platform/eventHub';

describe('event hub', () => {
  it('delivers at once to present listeners', () => {
    const hub = createEventHub<number>();
    const got: number[] = [];
    hub.subscribe((n) => got.push(n));
    hub.emit(1);
    expect(got).toEqual([1]);
  });

  it('keeps events emitted with nobody listening, at most 10, and hands them over once', async () => {
    const hub = createEventHub<number>();
    for (let i = 1; i <= 12; i++) hub.emit(i);
    const a: number[] = [];
    const b: number[] = [];
    hub.subscribe((n) => a.push(n));
    await Promise.resolve();
    hub.subscribe((n) => b.push(n));
    await Promise.resolve();
    expect(a).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(b).toEqual([]);
  });
});
