import { Address6 } from 'ip-address';
import { type Reason, reason } from '../core/reason.js';
import { readIpv4 } from './_read-ipv4.js';
import { accept, type Reading, reject } from './_result.js';
import { explainFullWidth } from './full-width.js';
import { quote } from './quote-input.js';

/** One group: 1 to 4 hexadecimal digits (16 bits). */
const GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Checks the groups on one side of "::" (or of the whole address); null when all are fine. */
function explainGroups(groups: readonly string[]): Reason | null {
  for (const group of groups) {
    if (group === '') return reason('ipv6-group-empty');
    if (!GROUP.test(group)) {
      return reason('ipv6-group-too-long', { group: quote(group), digits: group.length });
    }
  }
  return null;
}

function splitGroups(part: string): string[] {
  return part === '' ? [] : part.split(':');
}

/** Explains an IPv4 tail (the last 32 bits written as dotted decimal); null when it is fine. */
function explainTail(text: string): Reason | null {
  const lastColon = text.lastIndexOf(':');
  if (text.slice(0, lastColon).includes('.')) return reason('ipv6-tail-not-last');
  const tail = text.slice(lastColon + 1);
  const reading = readIpv4(tail);
  return reading.ok ? null : reason('ipv6-tail-invalid', { tail: quote(tail), why: reading.why });
}

/** Why the text is not an RFC 4291 IPv6 address; null when it is one. */
function explainIpv6(text: string): Reason | null {
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  const zone = text.indexOf('%');
  if (zone !== -1) {
    return reason('ipv6-zone', {
      zone: quote(text.slice(zone)),
      address: quote(text.slice(0, zone)),
    });
  }
  const stray = /[^0-9a-fA-F:.]/.exec(text);
  if (stray) return reason('ipv6-stray-character', { char: quote(stray[0]) });
  if (!text.includes(':')) return reason('ipv6-no-colon');
  const withPort = /^([0-9.]+):([0-9]+)$/.exec(text);
  if (withPort) {
    return reason('ipv4-with-port', { address: withPort[1] ?? '', port: withPort[2] ?? '' });
  }
  if (text.includes(':::')) return reason('ipv6-triple-colon');
  if (text.split('::').length > 2) return reason('ipv6-double-colon-twice');
  const hasTail = text.includes('.');
  if (hasTail) {
    const tailProblem = explainTail(text);
    if (tailProblem !== null) return tailProblem;
  }
  const withoutTail = hasTail ? `${text.slice(0, text.lastIndexOf(':') + 1)}0:0` : text;
  const [head = '', rest] = withoutTail.split('::');
  const groups = [...splitGroups(head), ...(rest === undefined ? [] : splitGroups(rest))];
  const groupProblem = explainGroups(groups);
  if (groupProblem !== null) return groupProblem;
  if (rest === undefined && groups.length !== 8) {
    return reason('ipv6-group-count', { count: groups.length });
  }
  if (rest !== undefined && groups.length > 7) {
    return reason('ipv6-double-colon-full', { count: groups.length });
  }
  return null;
}

/**
 * Reads IPv6 text in any RFC 4291 form (upper or lower case, "::", a dotted IPv4 tail), without
 * zone index or prefix. The reasons are netlab's; ip-address then does the conversion.
 */
export function readIpv6(text: string): Reading<bigint> {
  const problem = explainIpv6(text);
  if (problem !== null) return reject(problem);
  try {
    return accept(new Address6(text).bigInt());
  } catch (error) {
    return reject(
      reason('ipv6-invalid', { detail: error instanceof Error ? error.message : String(error) }),
    );
  }
}
