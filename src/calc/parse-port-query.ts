import { InputError } from '../core/errors.js';
import { reason } from '../core/reason.js';
import { type Port, parsePort } from './port-number.js';
import { quote } from './quote-input.js';

/** One thing `netlab port` is asked about: a port, a range of ports, or a service by name. */
export type PortQuery =
  | { readonly kind: 'port'; readonly port: Port }
  | { readonly kind: 'range'; readonly first: Port; readonly last: Port }
  | { readonly kind: 'service'; readonly name: string };

/** A service name: starts with a letter (port numbers and ranges start with a digit). */
const SERVICE_NAME = /^[A-Za-z][A-Za-z0-9._+/-]*$/;

function parseRange(text: string): PortQuery {
  const ends = text.split('-');
  if (ends.length !== 2) {
    throw new InputError('bad-port-range', {
      value: quote(text),
      why: reason('port-range-shape'),
    });
  }
  const [first, last] = ends.map(parsePort) as [Port, Port];
  if (first > last) {
    throw new InputError('bad-port-range', {
      value: quote(text),
      why: reason('port-range-backwards', { first, last }),
    });
  }
  return { kind: 'range', first, last };
}

/**
 * Reads one query: a port (`443`), a range (`1-1024`) or a service name (`https`, `DNS`).
 * Text that starts with a digit is a port or a range and is read strictly by `parsePort`.
 * @example parsePortQuery('1-1024') // { kind: 'range', first: 1, last: 1024 }
 */
export function parsePortQuery(text: string): PortQuery {
  if (/^[0-9]/.test(text) && text.includes('-')) return parseRange(text);
  if (SERVICE_NAME.test(text)) return { kind: 'service', name: text };
  return { kind: 'port', port: parsePort(text) };
}

/**
 * Reads a comma-separated list of queries (`80,443`, `http,22,8000-8100`); text without a comma
 * is a list of one.
 * @example parsePortList('80,443').length // 2
 */
export function parsePortList(text: string): PortQuery[] {
  if (!text.includes(',')) return [parsePortQuery(text)];
  const items = text.split(',');
  const empty = items.indexOf('');
  if (empty !== -1) {
    throw new InputError('bad-port-list', { value: quote(text), item: empty + 1 });
  }
  return items.map(parsePortQuery);
}
