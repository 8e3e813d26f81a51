import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  type RegistryFlag,
  SPECIAL_BLOCKS,
  type SpecialBlock,
} from '../../src/calc/special-registry.js';

/** Splits one CSV line into cells: commas separate, "…" quotes, "" is a quote inside quotes. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += char;
  }
  return [...out, cell];
}

function registry(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../data/iana/${file}`, import.meta.url), 'utf8');
  const [head, ...rows] = text.trimEnd().split('\n').map(cells);
  return rows.map((row) => Object.fromEntries((head ?? []).map((name, i) => [name, row[i] ?? ''])));
}

const FLAG: Readonly<Record<string, RegistryFlag>> = {
  True: true,
  False: false,
  'N/A': 'n/a',
  '': null,
};

/** "[RFC1122], Section 3.2.1.3" in netlab's form: "RFC 1122 §3.2.1.3". */
function rfcText(cell: string): string {
  return cell
    .replace(/\[RFC Errata (\d+)\]/g, 'RFC Errata $1')
    .replace(/\[RFC(\d+)\]/g, 'RFC $1')
    .replace(/, Section /g, ' §');
}

/** One registry row as netlab's table should hold it (a two-block row gives two). */
function expected(
  row: Record<string, string>,
): Omit<SpecialBlock, 'version' | 'registry' | 'note'>[] {
  return (row['Address Block'] ?? '').split(', ').map((cidr) => ({
    cidr,
    name: row.Name ?? '',
    rfc: rfcText(row.RFC ?? ''),
    allocated: row['Allocation Date'] ?? '',
    terminated: row['Termination Date'] === 'N/A' ? null : (row['Termination Date'] ?? null),
    source: FLAG[row.Source ?? ''] ?? null,
    destination: FLAG[row.Destination ?? ''] ?? null,
    forwardable: FLAG[row.Forwardable ?? ''] ?? null,
    globallyReachable: FLAG[row['Globally Reachable'] ?? ''] ?? null,
    reservedByProtocol: FLAG[row['Reserved-by-Protocol'] ?? ''] ?? null,
  }));
}

function table(version: 4 | 6) {
  return SPECIAL_BLOCKS.filter((block) => block.version === version).map(
    ({ version: _v, registry: _r, note: _n, ...cells }) => cells,
  );
}

describe('the special-purpose table matches the registry copies in data/iana cell by cell', () => {
  test('IPv4: every row of iana-ipv4-special-registry-1.csv, in order, and nothing else', () => {
    expect(table(4)).toEqual(registry('iana-ipv4-special-registry-1.csv').flatMap(expected));
  });

  test('IPv6: every row of iana-ipv6-special-registry-1.csv, in order, and nothing else', () => {
    expect(table(6)).toEqual(registry('iana-ipv6-special-registry-1.csv').flatMap(expected));
  });

  test('the copies hold the newest rows the table cites', () => {
    const v6 = registry('iana-ipv6-special-registry-1.csv').map((row) => row['Address Block']);
    expect(v6).toContain('100:0:0:1::/64');
    expect(v6).toContain('3fff::/20');
  });
});
