import type { ExitCode } from '../errors.js';
import { connectionLost, endpoint } from '../net/socket-error.js';
import { InterruptedError } from '../net/wait-for-event.js';
import type { Narrator } from './narrator.js';
import { isWildcard } from './parse-endpoint.js';

/** The one-line warning for a server bound to every interface (lesson 2 of the course). */
export function warnIfWildcard(narrator: Narrator, host: string, port: number): void {
  if (!isWildcard(host)) return;
  narrator.warn(`${endpoint(host, port)} is open to any machine that can reach this one`);
}

/**
 * Runs one demo body and turns Ctrl-C into a clean end: the body's own `finally` blocks have
 * closed its sockets by the time the interruption reaches here.
 */
export async function untilDone(
  narrator: Narrator,
  body: () => Promise<ExitCode>,
): Promise<ExitCode> {
  try {
    return await body();
  } catch (error) {
    // A system error that escaped its call site still becomes one line, not a stack trace.
    if (!(error instanceof InterruptedError)) throw connectionLost(error, 'the other end');
    narrator.say('\nInterrupted: every socket is closed.');
    return 0;
  }
}

/** "4 MiB", "64 KiB" or "21 bytes": a size as a person reads it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
