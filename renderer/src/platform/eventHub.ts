/**
 * A tiny event fan-out that keeps what arrives while nobody listens and hands it to
 * the next subscriber, asynchronously — so a subscribe/unsubscribe/subscribe pair
 * (React StrictMode effects) receives it once, in the listener still subscribed.
 * Pure (no Electron, no DOM): used by the preload and by the browser platform.
 */
export interface EventHub<T> {
  emit(payload: T): void;
  /** returns the unsubscribe function */
  subscribe(listener: (payload: T) => void): () => void;
}

const MAX_PENDING = 10;

export function createEventHub<T>(
  schedule: (job: () => void) => void = (job) => queueMicrotask(job),
): EventHub<T> {
  const listeners = new Set<(payload: T) => void>();
  const pending: T[] = [];

  function deliver(payload: T): void {
    for (const listener of [...listeners]) listener(payload);
  }

  function flush(): void {
    while (listeners.size > 0 && pending.length > 0) deliver(pending.shift() as T);
  }

  return {
    emit(payload) {
      if (listeners.size > 0) return deliver(payload);
      pending.push(payload);
      // A page that never subscribes must not make the queue grow for days.
      if (pending.length > MAX_PENDING) pending.shift();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (pending.length > 0) schedule(flush);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
