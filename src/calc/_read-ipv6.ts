import { Address6 } from 'ip-address';
import { readIpv4 } from './_read-ipv4.js';
import { accept, type Reading, reject } from './_result.js';
import { explainFullWidth } from './full-width.js';
import { quote } from './quote-input.js';

/** One group: 1 to 4 hexadecimal digits (16 bits). */
const GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Checks the groups on one side of "::" (or of the whole address); null when all are fine. */
function explainGroups(groups: readonly string[]): string | null {
  for (const group of groups) {
    if (group === '') {
      return 'a group is empty (a single colon at either end, or ":" where "::" was meant)';
    }
    if (!GROUP.test(group)) {
      return `group ${quote(group)} has ${group.length} hex digits; a group is at most 4 (16 bits)`;
    }
  }
  return null;
}

function splitGroups(part: string): string[] {
  return part === '' ? [] : part.split(':');
}

/** Explains an IPv4 tail (the last 32 bits written as dotted decimal); null when it is fine. */
function explainTail(text: string): string | null {
  const lastColon = text.lastIndexOf(':');
  if (text.slice(0, lastColon).includes('.')) {
    return 'dotted IPv4 may only be written as the last 32 bits, after the last colon';
  }
  const tail = text.slice(lastColon + 1);
  const reading = readIpv4(tail);
  return reading.ok ? null : `its IPv4 tail ${quote(tail)} is not valid: ${reading.why}`;
}

/** Why the text is not an RFC 4291 IPv6 address; null when it is one. */
function explainIpv6(text: string): string | null {
  const fullWidth = explainFullWidth(text);
  if (fullWidth !== undefined) return fullWidth;
  const zone = text.indexOf('%');
  if (zone !== -1) {
    return `a zone index (${quote(text.slice(zone))}) names the interface a link-local address is used on; it is not part of the address, so drop it (${quote(text.slice(0, zone))})`;
  }
  const stray = /[^0-9a-fA-F:.]/.exec(text);
  if (stray) {
    return `character ${quote(stray[0])} has no place in an IPv6 address (groups are hexadecimal: 0-9, a-f)`;
  }
  if (!text.includes(':')) {
    return 'an IPv6 address is written as groups separated by colons, and this has none';
  }
  const withPort = /^([0-9.]+):([0-9]+)$/.exec(text);
  if (withPort) {
    return `it looks like an IPv4 address and a port (${withPort[1]}, port ${withPort[2]}); give the address alone`;
  }
  if (text.includes(':::')) return 'three colons in a row; "::" stands for a run of zero groups';
  const halves = text.split('::');
  if (halves.length > 2) {
    return '"::" appears more than once; it stands for one run of zero groups, so it may appear only once';
  }
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
    return `an IPv6 address has 8 groups, this has ${groups.length} (write "::" for a run of zero groups)`;
  }
  if (rest !== undefined && groups.length > 7) {
    return `"::" stands for at least one zero group, but the ${groups.length} groups written already make 128 bits`;
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
      `not a valid IPv6 address (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
