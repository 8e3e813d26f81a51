import { InputError, NetlabError } from '../core/errors.js';

/** What a system error code means, in words a student can act on. */
const MEANINGS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'another program already holds that port',
  EADDRNOTAVAIL: 'this machine has no such address',
  EACCES: 'permission denied (ports below 1024 need administrator rights on many systems)',
  ECONNREFUSED: 'nothing is listening there',
  ECONNRESET: 'the other end reset the connection',
  ECONNABORTED: 'the connection was aborted',
  EPIPE: 'the other end closed the connection while we were still sending',
  ETIMEDOUT: 'no answer in time',
  EHOSTUNREACH: 'no route to that host',
  ENETUNREACH: 'no route to that network',
  EMSGSIZE: 'the datagram is larger than the system sends in one piece',
  ENOTFOUND: 'no such host name',
  EINVAL: 'the system refused the address or option as invalid',
};

/** What to try next, for the codes where the fix is always the same. */
const HINTS: Readonly<Record<string, string>> = {
  EADDRINUSE: 'pick another port with --port, or stop the program that holds it',
  EADDRNOTAVAIL: "use 127.0.0.1, 0.0.0.0 or one of this machine's own addresses",
  EACCES: 'use a port of 1024 or more',
  ECONNREFUSED: 'start the server first, and check the address and port',
  ECONNRESET: 'the server may have stopped; start it again and retry',
  ETIMEDOUT: 'check the address, that the server runs, and that no firewall drops the connection',
  EHOSTUNREACH: 'check the address and that both machines are on the same network',
  ENETUNREACH: 'check the address and that both machines are on the same network',
};

/** Where a socket operation failed. */
export interface FailedAction {
  /** What was tried, as a verb phrase: "listen on", "connect to", "send to". */
  readonly action: string;
  /** "host:port" it was tried on. */
  readonly endpoint: string;
  /** What to try, by error code, where the caller knows better than the standard hint. */
  readonly hints?: Readonly<Record<string, string>>;
  /** Codes that mean an argument the user typed was wrong (exit 2), e.g. EADDRNOTAVAIL on bind. */
  readonly inputCodes?: readonly string[];
}

/** Where a bind or listen failed: a host that is not this machine's is a bad argument. */
export function bindFailure(
  action: string,
  host: string,
  port: number,
  hints: Readonly<Record<string, string>> | undefined,
): FailedAction {
  return {
    action,
    endpoint: endpoint(host, port),
    inputCodes: ['EADDRNOTAVAIL'],
    ...(hints === undefined ? {} : { hints }),
  };
}

/** The system error code of a thrown value ("ECONNREFUSED"), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Turns a socket failure into one line a student can act on, e.g. `cannot connect to
 * 127.0.0.1:9514: nothing is listening there (ECONNREFUSED); start the server first, ...`.
 * netlab's own errors pass through unchanged.
 */
export function socketError(error: unknown, where: FailedAction): NetlabError {
  if (error instanceof NetlabError) return error;
  const code = errorCode(error) ?? 'ESOCKET';
  const meaning = MEANINGS[code] ?? (error instanceof Error ? error.message : String(error));
  const hint = where.hints?.[code] ?? HINTS[code];
  const message = `cannot ${where.action} ${where.endpoint}: ${meaning} (${code})`;
  const Failure = where.inputCodes?.includes(code) ? InputError : NetlabError;
  return new Failure(code, hint === undefined ? message : `${message}; ${hint}`, {
    cause: error,
  });
}

/**
 * Turns a failure on an established connection into one line, e.g. `lost the connection with
 * 127.0.0.1:9514: the other end reset the connection (ECONNRESET); ...`. netlab's own errors and
 * values without a system error code pass through unchanged.
 */
export function connectionLost(error: unknown, peer: string): unknown {
  const code = errorCode(error);
  if (error instanceof NetlabError || code === undefined) return error;
  const meaning = MEANINGS[code] ?? (error instanceof Error ? error.message : String(error));
  const hint = HINTS[code];
  const message = `lost the connection with ${peer}: ${meaning} (${code})`;
  return new NetlabError(code, hint === undefined ? message : `${message}; ${hint}`, {
    cause: error,
  });
}

/** A timeout as one line: what did not happen in time, and what to try. */
export function timeoutError(what: string, ms: number): NetlabError {
  return new NetlabError(
    'ETIMEDOUT',
    `${what} within ${ms / 1000} s (ETIMEDOUT); check that the other end runs and can reach this one`,
  );
}

/** "host:port", with brackets around an IPv6 host. */
export function endpoint(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
