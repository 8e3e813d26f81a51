import type { HostSide, SameSubnetResult } from '../calc/same-subnet.js';
import type { Lang } from '../core/lang.js';
import { addressHead, addressRow, maskText, rowGroup } from './_address-rows.js';
import { type CalcWords, calcWords } from './_calc-words.js';
import { networkText, viewsDiffer } from './_same-subnet-words.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

type Name = 'A' | 'B';

function hostRows(
  side: HostSide,
  hosts: { host: Name; peer: Name },
  colors: Palette,
  words: CalcWords,
): string[][] {
  const { mask } = side;
  const options = { colors, prefix: mask.prefix };
  const maskValue = { version: mask.version, value: mask.value };
  return rowGroup(mask.version, [
    addressRow(words('ss-row-address', hosts), side.address, options),
    addressRow(words('ss-row-mask', { ...hosts, prefix: mask.prefix }), maskValue, {
      ...options,
      text: maskText(mask.version, mask.value),
    }),
    addressRow(words('ss-row-and', hosts), side.network, options),
    addressRow(words('ss-row-peer-and', hosts), side.peerNetwork, options),
  ]);
}

/** Where in the written address a bit falls: "octet 3" or "group 2". */
function bitPlace(result: SameSubnetResult, bit: number, words: CalcWords): string {
  return result.a.address.version === 4
    ? words('ss-bit-octet', { index: Math.ceil(bit / 8) })
    : words('ss-bit-group', { index: Math.ceil(bit / 16) });
}

function bitAt(side: HostSide, bit: number): string {
  const width = side.address.version === 4 ? 32 : 128;
  return ((side.network.value >> BigInt(width - bit)) & 1n).toString();
}

function verdictLines(result: SameSubnetResult, colors: Palette, words: CalcWords): string[] {
  const { a, b } = result;
  if (result.sameSubnet) {
    return [colors.bold(colors.green(words('ss-same', { network: networkText(a) })))];
  }
  if (result.andsEqual) {
    return [
      colors.bold(colors.yellow(words('ss-ands-equal'))),
      `  A: ${networkText(a)}`,
      `  B: ${networkText(b)}`,
      `  ${words('ss-ands-equal-why-1')}`,
      `  ${words('ss-ands-equal-why-2')}`,
    ];
  }
  const lines = [
    colors.bold(colors.yellow(words('ss-different'))),
    `  A: ${networkText(a)}`,
    `  B: ${networkText(b)}`,
  ];
  const bit = result.firstDifferingBit;
  if (bit !== null) {
    const place = bitPlace(result, bit, words);
    lines.push(`  ${words('ss-first-differ', { bit, place, a: bitAt(a, bit), b: bitAt(b, bit) })}`);
  }
  return lines;
}

function viewLine(
  result: SameSubnetResult,
  hosts: { host: Name; peer: Name },
  local: boolean,
  words: CalcWords,
): string {
  const resolver = result.a.address.version === 4 ? 'ARP' : 'NDP';
  const because = words(local ? 'ss-because-local' : 'ss-because-remote', { ...hosts, resolver });
  const view = words(local ? 'ss-sees-local' : 'ss-sees-remote', hosts);
  return `  ${words('ss-view-line', { view, because })}`;
}

function viewLines(result: SameSubnetResult, words: CalcWords): string[] {
  if (!viewsDiffer(result)) return [words(result.sameSubnet ? 'ss-all-local' : 'ss-all-remote')];
  return [
    words('ss-views-intro'),
    viewLine(result, { host: 'A', peer: 'B' }, result.aSeesB, words),
    viewLine(result, { host: 'B', peer: 'A' }, result.bSeesA, words),
  ];
}

/**
 * The same-subnet answer as a table, in `lang`: for each host its address, mask and AND in text
 * and binary, and the other host's address through this host's mask; then the verdict, where the
 * networks part, and each host's own view.
 */
export function renderSameSubnet(
  result: SameSubnetResult,
  colors: Palette,
  lang: Lang = 'en',
): string {
  const words = calcWords(lang);
  const rows = [
    ...hostRows(result.a, { host: 'A', peer: 'B' }, colors, words),
    ...hostRows(result.b, { host: 'B', peer: 'A' }, colors, words),
  ];
  const table = renderTable(rows, { head: addressHead(result.a.address.version, words) });
  return `${[table, ...verdictLines(result, colors, words), ...viewLines(result, words)].join('\n')}\n`;
}
