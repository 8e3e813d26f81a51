import type { EventEmitter } from 'node:events';
import { NetlabError } from '../core/errors.js';

/** How long to wait for an event, and what to say if it never comes. */
export interface WaitOptions {
  readonly timeoutMs: number;
  /** Gives up early when aborted (Ctrl-C). */
  readonly signal?: AbortSignal;
  /** The error for a timeout; says what was awaited and what to try. */
  readonly onTimeout: () => Error;
}

/** The error a wait rejects with when the user interrupts it. */
export class InterruptedError extends NetlabError {
  override name = 'InterruptedError' as const;

  constructor() {
    super('interrupted');
  }
}

/**
 * Waits for `event` on `emitter` and resolves with its arguments; rejects on the emitter's
 * 'error', on timeout, or on abort. Every listener and the timer are removed when it settles, so
 * nothing stays behind whichever way it ends.
 */
export function waitForEvent<T extends unknown[] = unknown[]>(
  emitter: EventEmitter,
  event: string,
  options: WaitOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) {
      reject(new InterruptedError());
      return;
    }
    const onEvent = (...args: unknown[]): void => {
      cleanup();
      resolve(args as T);
    };
    const onError = (error: unknown): void => {
      cleanup();
      reject(error);
    };
    const onAbort = (): void => onError(new InterruptedError());
    const timer = setTimeout(() => onError(options.onTimeout()), options.timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      emitter.off(event, onEvent);
      emitter.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    }
    emitter.on(event, onEvent);
    if (event !== 'error') emitter.on('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Waits `ms` milliseconds unless aborted first; the timer never outlives the wait. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new InterruptedError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new InterruptedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
