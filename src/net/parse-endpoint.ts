import { parseAddress } from '../calc/parse-address.js';
import { parsePort as parsePortNumber } from '../calc/port-number.js';
import { InputError } from '../core/errors.js';

/** The start of a parser's refusal, such as `cannot parse port "…": `, before the reason. */
const QUOTED_PREFIX = /^cannot (?:parse|use) [^"]*"(?:[^"\\]|\\.)*": /;

/** Why a strict parser refused a value: its message without the `cannot parse … "value": `. */
export function refusalReason(error: InputError): string {
  return error.message.replace(QUOTED_PREFIX, '');
}

/**
 * Parses `--port` with the calculators' strict port parser (decimal 0 to 65535, no sign, spaces
 * or leading zeros), saying why a value is refused. 0 asks the operating system for any free
 * port, which only a server can do.
 */
export function parsePort(text: string, role: 'server' | 'client' | 'both'): number {
  let port: number;
  try {
    port = parsePortNumber(text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      'bad-port',
      `cannot use --port ${JSON.stringify(text)}: ${refusalReason(error)}`,
      {
        cause: error,
      },
    );
  }
  if (port === 0 && role === 'client') {
    throw new InputError(
      'bad-port',
      'cannot use --port "0" for a client: 0 means "any free port", which only a server can ask for; give the port the server printed',
    );
  }
  return port;
}

/**
 * Parses `--host`: an IPv4 or IPv6 address (strictly), or "localhost" for 127.0.0.1. Host names
 * are refused so that the demo shows exactly which address it binds or dials.
 */
export function parseHost(text: string): string {
  if (text === 'localhost') return '127.0.0.1';
  try {
    parseAddress(text);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const detail = refusalReason(error);
    throw new InputError(
      'bad-host',
      `cannot use --host ${JSON.stringify(text)}: ${detail}; give an IP address such as 127.0.0.1 or 192.168.1.20`,
      { cause: error },
    );
  }
  return text;
}

/** Where a client should dial to reach a server bound to `host` on this machine. */
export function dialHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '::1';
  return host;
}

/** Whether `host` is a wildcard that binds every interface (0.0.0.0 or ::). */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}
