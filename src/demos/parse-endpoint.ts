import { parseAddress } from '../calc/parse-address.js';
import { InputError } from '../errors.js';

const PORT = /^(0|[1-9]\d{0,4})$/;

/**
 * Parses `--port`: a decimal integer from 0 to 65535 with no sign, spaces or leading zeros.
 * 0 asks the operating system for any free port, which only a server can do.
 */
export function parsePort(text: string, role: 'server' | 'client' | 'both'): number {
  if (!PORT.test(text) || Number(text) > 65_535) {
    throw new InputError(
      'bad-port',
      `cannot use --port "${text}": a port is a whole number from 0 to 65535`,
    );
  }
  const port = Number(text);
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
    const detail = error instanceof Error ? error.message.replace(/^[^:]*: /, '') : '';
    throw new InputError(
      'bad-host',
      `cannot use --host "${text}": ${detail}; give an IP address such as 127.0.0.1 or 192.168.1.20`,
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
