import { explainFullWidth } from '../calc/full-width.js';
import { parsePort } from '../calc/port-number.js';
import { InputError } from '../core/errors.js';
import { type MessageValue, reason } from '../core/reason.js';
import { parseHost, refusalReason } from '../net/parse-endpoint.js';

/** Where a sender connects. */
export interface Target {
  readonly host: string;
  readonly port: number;
}

function refuse(text: string, why: MessageValue): InputError {
  return new InputError('bad-target', { value: JSON.stringify(text), why });
}

/**
 * Parses `--to HOST:PORT`: an IPv4 address or "localhost", or a bracketed IPv6 address, then a
 * port from 1 to 65535.
 *
 * @example
 * parseTarget('127.0.0.1:9518'); // { host: '127.0.0.1', port: 9518 }
 * parseTarget('[::1]:9518'); // { host: '::1', port: 9518 }
 */
export function parseTarget(text: string): Target {
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) throw refuse(text, fullWidth);
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(text);
  let hostText: string;
  let portText: string;
  if (bracketed) {
    hostText = bracketed[1] ?? '';
    portText = bracketed[2] ?? '';
  } else {
    const colon = text.lastIndexOf(':');
    if (colon < 0) throw refuse(text, reason('target-no-port'));
    hostText = text.slice(0, colon);
    portText = text.slice(colon + 1);
    if (hostText.includes(':')) {
      throw refuse(text, reason('target-ipv6-unbracketed'));
    }
  }
  const port = reworded(() => parsePort(portText), text);
  if (port === 0) throw refuse(text, reason('target-port-zero'));
  return { host: reworded(() => parseHost(hostText), text), port };
}

/** Runs a parser and re-words its refusal as one about --to. */
function reworded<T>(parse: () => T, text: string): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw refuse(text, refusalReason(error));
  }
}
