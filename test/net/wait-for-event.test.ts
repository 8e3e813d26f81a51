import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { InterruptedError, pause, waitForEvent } from '../../src/net/wait-for-event.js';

const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;

describe('waitForEvent()', () => {
  test('resolves with the event’s arguments and leaves no listener or timer', async () => {
    const emitter = new EventEmitter();
    const before = timers();
    const waiting = waitForEvent(emitter, 'ready', {
      timeoutMs: 5000,
      onTimeout: () => new Error(),
    });
    emitter.emit('ready', 1, 2);
    await expect(waiting).resolves.toEqual([1, 2]);
    expect(emitter.listenerCount('ready') + emitter.listenerCount('error')).toBe(0);
    expect(timers()).toBe(before);
  });

  test('rejects with the emitter’s error', async () => {
    const emitter = new EventEmitter();
    const waiting = waitForEvent(emitter, 'ready', {
      timeoutMs: 5000,
      onTimeout: () => new Error(),
    });
    emitter.emit('error', new Error('boom'));
    await expect(waiting).rejects.toThrow('boom');
  });

  test('rejects with the caller’s timeout error', async () => {
    const waiting = waitForEvent(new EventEmitter(), 'ready', {
      timeoutMs: 5,
      onTimeout: () => new Error('no ready in 5 ms'),
    });
    await expect(waiting).rejects.toThrow('no ready in 5 ms');
  });

  test('rejects with InterruptedError on abort and clears its timer', async () => {
    const controller = new AbortController();
    const before = timers();
    const waiting = waitForEvent(new EventEmitter(), 'ready', {
      timeoutMs: 5000,
      signal: controller.signal,
      onTimeout: () => new Error(),
    });
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(InterruptedError);
    expect(timers()).toBe(before);
  });

  test('pause() ends early on abort without leaving its timer', async () => {
    const controller = new AbortController();
    const before = timers();
    const waiting = pause(5000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(InterruptedError);
    expect(timers()).toBe(before);
  });
});
