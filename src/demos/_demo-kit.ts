import type { ExitCode } from '../core/exit-code.js';
import { dialHost, isWildcard } from '../net/parse-endpoint.js';
import { connectionLost, endpoint } from '../net/socket-error.js';
import { InterruptedError } from '../net/wait-for-event.js';
import type { Narrator } from './narrator.js';

/** The one-line warning for a server bound to every interface (lesson 2 of the course). */
export function warnIfWildcard(narrator: Narrator, host: string, port: number): void {
  if (!isWildcard(host)) return;
  narrator.warn(narrator.format('kit.wildcard', { endpoint: endpoint(host, port) }));
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
    narrator.say(`\n${narrator.format('kit.interrupted')}`);
    return 0;
  }
}

/**
 * The command that runs the other end of a demo: for a client, how to reach this server (its
 * address unless it is 127.0.0.1); for a server, the one to start first.
 *
 * @example
 * otherEnd('tcp', 'client', { host: '::1', port: 9514 }); // 'netlab demo tcp --role client --host ::1 --port 9514'
 */
export function otherEnd(
  demo: string,
  role: 'server' | 'client',
  at: { readonly host: string; readonly port: number; readonly flags?: string },
): string {
  const dial = dialHost(at.host);
  const host = role === 'client' && dial !== '127.0.0.1' ? ` --host ${dial}` : '';
  return `netlab demo ${demo} --role ${role}${at.flags ?? ''}${host} --port ${at.port}`;
}

/** The hint for a refused connection: start the demo's server first. */
export function startServerHint(demo: string, port: number, flags = ''): Record<string, string> {
  return {
    ECONNREFUSED: `start the server first with "${otherEnd(demo, 'server', { host: '127.0.0.1', port, flags })}"`,
  };
}
