import type { IpAddress } from '../calc/address.js';
import { expandAddress } from '../calc/expand-address.js';
import { reversePointer } from '../calc/reverse-pointer.js';
import type { HistoricClass, SubnetFacts } from '../calc/subnet-facts.js';
import type { Lang } from '../core/lang.js';
import { addressHead, addressRow, maskText, rowGroup, valueRow } from './_address-rows.js';
import { type CalcWords, calcWords } from './_calc-words.js';
import { hostsNote } from './_hosts-note.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

/** The calc.json key of each historic class's note. */
const CLASS_NOTES: Record<HistoricClass, string> = {
  A: 'subnet-class-a',
  B: 'subnet-class-b',
  C: 'subnet-class-c',
  D: 'subnet-class-d',
  E: 'subnet-class-e',
};

function broadcastRow(facts: SubnetFacts, bits: Bits): string[] {
  const { version, hostBits } = facts.mask;
  const { colors, prefix, words } = bits;
  const label = words('subnet-broadcast');
  if (facts.broadcast !== null) return addressRow(label, facts.broadcast, { colors, prefix });
  const why =
    version === 6
      ? 'subnet-broadcast-ipv6'
      : hostBits === 1
        ? 'subnet-broadcast-31'
        : 'subnet-broadcast-32';
  return valueRow(version, label, words('subnet-none'), words(why));
}

/** Options shared by the row groups of one table. */
interface Bits {
  readonly colors: Palette;
  readonly prefix: number;
  /** Binary for every row (IPv4), or only for address, mask and network (IPv6, four lines each). */
  readonly everyRow: boolean;
  readonly words: CalcWords;
}

function maskRows(facts: SubnetFacts, bits: Bits): string[][] {
  const { version, mask, wildcard } = facts.mask;
  const at = (value: bigint): IpAddress => ({ version, value });
  const { words } = bits;
  const wildcardPrefix = bits.everyRow ? bits.prefix : null;
  return rowGroup(version, [
    addressRow(words('subnet-address'), facts.address, bits),
    addressRow(words('subnet-mask', { prefix: bits.prefix }), at(mask), {
      ...bits,
      text: maskText(version, mask),
    }),
    addressRow(words('subnet-wildcard'), at(wildcard), {
      colors: bits.colors,
      prefix: wildcardPrefix,
      text: maskText(version, wildcard),
    }),
  ]);
}

function rangeRows(facts: SubnetFacts, bits: Bits): string[][] {
  const { words } = bits;
  const hostBits = { colors: bits.colors, prefix: bits.everyRow ? bits.prefix : null };
  return rowGroup(facts.mask.version, [
    addressRow(words('subnet-network'), facts.network, bits),
    broadcastRow(facts, bits),
    addressRow(words('subnet-first-host'), facts.firstHost, hostBits),
    addressRow(words('subnet-last-host'), facts.lastHost, hostBits),
  ]);
}

function countRows(facts: SubnetFacts, words: CalcWords): string[][] {
  const { version } = facts.mask;
  const hosts = facts.hosts.toString();
  const rows = [valueRow(version, words('usable-hosts'), hosts, hostsNote(facts.mask, words))];
  const kind = facts.historicClass;
  if (kind !== null) {
    rows.push(valueRow(version, words('subnet-class'), kind, words(CLASS_NOTES[kind])));
  }
  return rowGroup(version, rows);
}

/** Nibbles of an ip6.arpa name on the first of its two lines (it is too long for one cell). */
const NIBBLES_PER_LINE = 16;

/** The address's other spellings: IPv6 in full, and the reverse-DNS name its PTR record has. */
function nameRows(facts: SubnetFacts, words: CalcWords): string[][] {
  const { address } = facts;
  const pointer = reversePointer(address);
  const reverse = words('subnet-reverse-dns');
  if (address.version === 4) return rowGroup(4, [valueRow(4, reverse, 'PTR', pointer)]);
  const cut = 2 * NIBBLES_PER_LINE;
  return rowGroup(6, [
    valueRow(6, words('subnet-expanded'), expandAddress(address)),
    valueRow(6, reverse, pointer.slice(0, cut), pointer.slice(cut)),
  ]);
}

/**
 * Subnet facts as a table in `lang`, as ipcalc shows them: address, mask, wildcard, network, broadcast,
 * host range and count, for IPv4 the historic class, and the reverse-DNS name (and for IPv6
 * the expanded form). IPv4 rows all show binary; IPv6 shows
 * binary for the address, mask and network (four lines of 32 bits each).
 */
export function renderSubnet(facts: SubnetFacts, colors: Palette, lang: Lang = 'en'): string {
  const { version, prefix } = facts.mask;
  const words = calcWords(lang);
  const bits: Bits = { colors, prefix, everyRow: version === 4, words };
  const rows = [
    ...maskRows(facts, bits),
    ...rangeRows(facts, bits),
    ...countRows(facts, words),
    ...nameRows(facts, words),
  ];
  return `${renderTable(rows, { head: addressHead(version, words) })}\n`;
}
