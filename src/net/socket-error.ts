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
  const errno = errorCode(error) ?? 'ESOCKET';
  const params = {
    action: where.action,
    endpoint: where.endpoint,
    meaning: MEANINGS[errno] ?? (error instanceof Error ? error.message : String(error)),
    errno,
    hint: hintText(where.hints?.[errno] ?? HINTS[errno]),
  };
  return where.inputCodes?.includes(errno)
    ? new InputError('bad-bind-address', params, { cause: error })
    : new NetlabError('socket-failed', params, { cause: error });
}

/**
 * Turns a failure on an established connection into one line, e.g. `lost the connection with
 * 127.0.0.1:9514: the other end reset the connection (ECONNRESET); ...`. netlab's own errors and
 * values without a system error code pass through unchanged.
 */
export function connectionLost(error: unknown, peer: string): unknown {
  const errno = errorCode(error);
  if (error instanceof NetlabError || errno === undefined) return error;
  const meaning = MEANINGS[errno] ?? (error instanceof Error ? error.message : String(error));
  return new NetlabError(
    'connection-lost',
    { peer, meaning, errno, hint: hintText(HINTS[errno]) },
    { cause: error },
  );
}

/** A timeout as one line: what did not happen in time, and what to try. */
export function timeoutError(what: string, ms: number): NetlabError {
  return new NetlabError('timed-out', { what, seconds: ms / 1000 });
}

/** What to try next, as the tail of a message: "; hint", or nothing. */
function hintText(hint: string | undefined): string {
  return hint === undefined ? '' : `; ${hint}`;
}

/** The system error code behind one of netlab's socket errors ("ECONNREFUSED"), if any. */
export function systemCode(error: NetlabError): string | undefined {
  const { errno } = error.params;
  return typeof errno === 'string' ? errno : undefined;
}

/** "host:port", with brackets around an IPv6 host. */
export function endpoint(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
