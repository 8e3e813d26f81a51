import type { IpAddress } from '../calc/address.js';
import { expandAddress } from '../calc/expand-address.js';
import { reversePointer } from '../calc/reverse-pointer.js';
import type { HistoricClass, SubnetFacts } from '../calc/subnet-facts.js';
import { addressHead, addressRow, maskText, rowGroup, valueRow } from './_address-rows.js';
import { hostsNote } from './_hosts-note.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

const CLASS_NOTES: Record<HistoricClass, string> = {
  A: 'starts 0: 0-127, default /8',
  B: 'starts 10: 128-191, default /16',
  C: 'starts 110: 192-223, default /24',
  D: 'starts 1110: 224-239, multicast',
  E: 'starts 1111: 240-255, reserved',
};

function broadcastRow(facts: SubnetFacts, colors: Palette, prefix: number): string[] {
  const { version, hostBits } = facts.mask;
  if (facts.broadcast !== null) return addressRow('broadcast', facts.broadcast, { colors, prefix });
  const why =
    version === 6
      ? 'IPv6 has no broadcast (it uses multicast)'
      : hostBits === 1
        ? 'a /31 link has none (RFC 3021)'
        : 'a /32 is a single host';
  return valueRow(version, 'broadcast', 'none', why);
}

/** Options shared by the row groups of one table. */
interface Bits {
  readonly colors: Palette;
  readonly prefix: number;
  /** Binary for every row (IPv4), or only for address, mask and network (IPv6, four lines each). */
  readonly everyRow: boolean;
}

function maskRows(facts: SubnetFacts, bits: Bits): string[][] {
  const { version, mask, wildcard } = facts.mask;
  const at = (value: bigint): IpAddress => ({ version, value });
  const wildcardPrefix = bits.everyRow ? bits.prefix : null;
  return rowGroup(version, [
    addressRow('address', facts.address, bits),
    addressRow(`mask /${bits.prefix}`, at(mask), { ...bits, text: maskText(version, mask) }),
    addressRow('wildcard', at(wildcard), {
      colors: bits.colors,
      prefix: wildcardPrefix,
      text: maskText(version, wildcard),
    }),
  ]);
}

function rangeRows(facts: SubnetFacts, bits: Bits): string[][] {
  const hostBits = { colors: bits.colors, prefix: bits.everyRow ? bits.prefix : null };
  return rowGroup(facts.mask.version, [
    addressRow('network', facts.network, bits),
    broadcastRow(facts, bits.colors, bits.prefix),
    addressRow('first host', facts.firstHost, hostBits),
    addressRow('last host', facts.lastHost, hostBits),
  ]);
}

function countRows(facts: SubnetFacts): string[][] {
  const { version } = facts.mask;
  const rows = [valueRow(version, 'usable hosts', facts.hosts.toString(), hostsNote(facts.mask))];
  const kind = facts.historicClass;
  if (kind !== null) rows.push(valueRow(version, 'historic class', kind, CLASS_NOTES[kind]));
  return rowGroup(version, rows);
}

/** Nibbles of an ip6.arpa name on the first of its two lines (it is too long for one cell). */
const NIBBLES_PER_LINE = 16;

/** The address's other spellings: IPv6 in full, and the reverse-DNS name its PTR record has. */
function nameRows(facts: SubnetFacts): string[][] {
  const { address } = facts;
  const pointer = reversePointer(address);
  if (address.version === 4) return rowGroup(4, [valueRow(4, 'reverse DNS', 'PTR', pointer)]);
  const cut = 2 * NIBBLES_PER_LINE;
  return rowGroup(6, [
    valueRow(6, 'expanded', expandAddress(address)),
    valueRow(6, 'reverse DNS', pointer.slice(0, cut), pointer.slice(cut)),
  ]);
}

/**
 * Subnet facts as a table, as ipcalc shows them: address, mask, wildcard, network, broadcast,
 * host range and count, for IPv4 the historic class, and the reverse-DNS name (and for IPv6
 * the expanded form). IPv4 rows all show binary; IPv6 shows
 * binary for the address, mask and network (four lines of 32 bits each).
 */
export function renderSubnet(facts: SubnetFacts, colors: Palette): string {
  const { version, prefix } = facts.mask;
  const bits: Bits = { colors, prefix, everyRow: version === 4 };
  const rows = [
    ...maskRows(facts, bits),
    ...rangeRows(facts, bits),
    ...countRows(facts),
    ...nameRows(facts),
  ];
  return `${renderTable(rows, { head: addressHead(version) })}\n`;
}
