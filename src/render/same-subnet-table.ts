import type { HostSide, SameSubnetResult } from '../calc/same-subnet.js';
import { addressHead, addressRow, maskText, rowGroup } from './_address-rows.js';
import { networkText, viewsDiffer, viewWords } from './_same-subnet-words.js';
import type { Palette } from './palette.js';
import { renderTable } from './table.js';

type Name = 'A' | 'B';

function hostRows(self: Name, peer: Name, side: HostSide, colors: Palette): string[][] {
  const { mask } = side;
  const options = { colors, prefix: mask.prefix };
  const maskValue = { version: mask.version, value: mask.value };
  return rowGroup(mask.version, [
    addressRow(`${self} address`, side.address, options),
    addressRow(`${self} mask /${mask.prefix}`, maskValue, {
      ...options,
      text: maskText(mask.version, mask.value),
    }),
    addressRow(`${self} AND mask`, side.network, options),
    addressRow(`${peer} AND ${self} mask`, side.peerNetwork, options),
  ]);
}

/** Where in the written address a bit falls: "octet 3" or "group 2". */
function bitPlace(result: SameSubnetResult, bit: number): string {
  return result.a.address.version === 4
    ? `octet ${Math.ceil(bit / 8)}`
    : `group ${Math.ceil(bit / 16)}`;
}

function bitAt(side: HostSide, bit: number): string {
  const width = side.address.version === 4 ? 32 : 128;
  return ((side.network.value >> BigInt(width - bit)) & 1n).toString();
}

function verdictLines(result: SameSubnetResult, colors: Palette): string[] {
  const { a, b } = result;
  if (result.sameSubnet) {
    return [colors.bold(colors.green(`Same subnet: both ANDs give ${networkText(a)}.`))];
  }
  if (result.andsEqual) {
    return [
      colors.bold(colors.yellow('Not one subnet: the ANDs are equal, but the masks differ.')),
      `  A: ${networkText(a)}`,
      `  B: ${networkText(b)}`,
      '  Comparing the ANDs decides only when both hosts use one mask: each host ANDs',
      '  with its own mask, so different masks mean different subnets.',
    ];
  }
  const lines = [
    colors.bold(colors.yellow('Different subnets: the ANDs differ.')),
    `  A: ${networkText(a)}`,
    `  B: ${networkText(b)}`,
  ];
  const bit = result.firstDifferingBit;
  if (bit !== null) {
    lines.push(
      `  They first differ at bit ${bit} (${bitPlace(result, bit)}): A has ${bitAt(a, bit)}, B has ${bitAt(b, bit)}.`,
    );
  }
  return lines;
}

function viewLine(result: SameSubnetResult, self: Name, peer: Name, local: boolean): string {
  const resolver = result.a.address.version === 4 ? 'ARP' : 'NDP';
  const because = local
    ? `${peer} AND ${self} mask = ${self}'s network, so ${self} reaches ${peer} directly (${resolver})`
    : `${peer} AND ${self} mask ≠ ${self}'s network, so ${self} sends via its gateway`;
  return `  ${viewWords(self, peer, local)}: ${because}.`;
}

function viewLines(result: SameSubnetResult): string[] {
  if (!viewsDiffer(result)) {
    return [
      result.sameSubnet
        ? 'Each sees the other as local: they talk directly, no gateway.'
        : 'Each sees the other as remote: each sends via its gateway.',
    ];
  }
  return [
    'Each host decides with its own mask (local: direct; remote: via gateway):',
    viewLine(result, 'A', 'B', result.aSeesB),
    viewLine(result, 'B', 'A', result.bSeesA),
  ];
}

/**
 * The same-subnet answer as a table: for each host its address, mask and AND in text and binary,
 * and the other host's address through this host's mask; then the verdict, where the networks
 * part, and each host's own view.
 */
export function renderSameSubnet(result: SameSubnetResult, colors: Palette): string {
  const rows = [...hostRows('A', 'B', result.a, colors), ...hostRows('B', 'A', result.b, colors)];
  const table = renderTable(rows, { head: addressHead(result.a.address.version) });
  return `${[table, ...verdictLines(result, colors), ...viewLines(result)].join('\n')}\n`;
}
