import { parseAddress } from '../calc/parse-address.js';
import { parsePort as parsePortNumber } from '../calc/port-number.js';
import { InputError } from '../core/errors.js';
import { type MessageValue, reason } from '../core/reason.js';

/** Why a strict parser refused a value: the reason it gave (data), without the value. */
export function refusalReason(error: InputError): MessageValue {
  return error.params.why ?? error.message;
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
      'bad-port-option',
      { value: JSON.stringify(text), why: refusalReason(error) },
      { cause: error },
    );
  }
  if (port === 0 && role === 'client') {
    throw new InputError('client-port-zero');
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
    const why = reason('host-needs-address', { why: refusalReason(error) });
    throw new InputError('bad-host', { value: JSON.stringify(text), why }, { cause: error });
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
