import type { IpAddress, IpVersion } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import type { CalcWords } from './_calc-words.js';
import { renderBinary } from './binary.js';
import type { Palette } from './palette.js';

/** Options for one row of an address table. */
export interface AddressRowOptions {
  readonly colors: Palette;
  /** Where the network bits end in the binary view; no binary at all when null. */
  readonly prefix: number | null;
  /** Text to show instead of the address' own (masks are written without a dotted IPv4 tail). */
  readonly text?: string;
}

/**
 * The heading of an address table. IPv4 has a column each for dotted text and binary; IPv6
 * binary is too wide for that, so it goes under the address in the same cell.
 */
export function addressHead(version: IpVersion, words: CalcWords): string[] {
  return version === 4
    ? ['', words('head-dotted'), words('head-binary')]
    : ['', words('head-ipv6')];
}

/** A row of an address table: label, text and (unless `prefix` is null) binary. */
export function addressRow(
  label: string,
  address: IpAddress,
  options: AddressRowOptions,
): string[] {
  const text = options.text ?? formatAddress(address);
  const binary =
    options.prefix === null
      ? ''
      : renderBinary(address, { prefix: options.prefix, colors: options.colors });
  if (address.version === 4) return [label, text, binary];
  return [label, binary === '' ? text : `${text}\n${binary}`];
}

/** A row of an address table that holds a plain value, with a note where the binary would go. */
export function valueRow(version: IpVersion, label: string, value: string, note = ''): string[] {
  if (version === 4) return [label, value, note];
  return [label, note === '' ? value : `${value}\n${note}`];
}

/** A mask or wildcard as text: dotted for IPv4, RFC 5952 hex (never a dotted tail) for IPv6. */
export function maskText(version: IpVersion, value: bigint): string {
  return formatAddress({ version, value }, { dottedIpv4Tail: false });
}

/**
 * Stacks rows into one table row of multi-line cells, so the table draws a rule between groups of
 * rows rather than under every row. Each row keeps its lines together across the columns.
 */
function stackRows(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(...rows.map((row) => row.length));
  const stacked: string[][] = Array.from({ length: columns }, () => []);
  for (const row of rows) {
    const cells = Array.from({ length: columns }, (_, column) => (row[column] ?? '').split('\n'));
    const height = Math.max(...cells.map((lines) => lines.length));
    cells.forEach((lines, column) => {
      stacked[column]?.push(...lines, ...Array<string>(height - lines.length).fill(''));
    });
  }
  return stacked.map((lines) => lines.join('\n'));
}

/**
 * A group of related rows: IPv4 rows are stacked into one table row (one rule per group). IPv6
 * rows already hold five lines each and stay separate: cli-table3 slows down steeply on tall
 * cells (each drawn line re-measures the whole cell), and a rule between 128-bit blocks helps.
 */
export function rowGroup(version: IpVersion, rows: readonly (readonly string[])[]): string[][] {
  return version === 4 ? [stackRows(rows)] : rows.map((row) => [...row]);
}
