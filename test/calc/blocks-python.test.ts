import { spawnSync } from 'node:child_process';
import { fc } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { bitsOf, type IpVersion } from '../../src/calc/address.js';
import { collapseBlocks } from '../../src/calc/collapse-blocks.js';
import { expandAddress } from '../../src/calc/expand-address.js';
import { formatAddress } from '../../src/calc/format-address.js';
import type { IpBlock } from '../../src/calc/ip-block.js';
import { rangeToBlocks } from '../../src/calc/range-to-blocks.js';
import { reversePointer } from '../../src/calc/reverse-pointer.js';
import { splitSubnet, subnetsOf } from '../../src/calc/split-subnet.js';
import { installed } from '../helpers/installed.js';
import { anyBlock, anyRange } from './_blocks.js';

// Differential check of the block calculators against Python's ipaddress: subnets(),
// summarize_address_range(), collapse_addresses(), reverse_pointer and exploded. One python3
// process answers every case; blocks travel as [network, prefix] with the network as a decimal
// string, so no digit is lost and IPv4-mapped text cannot differ in spelling. Skipped where
// python3 is not installed.
const hasPython = installed('python3');

const CASES_PER_VERSION = 400;
const SEED = Date.now() % 1_000_000;

const PYTHON = `
import ipaddress, json, sys

def make(version, value):
    return ipaddress.IPv4Address(int(value)) if version == 4 else ipaddress.IPv6Address(int(value))

def net(version, block):
    return ipaddress.ip_network((make(version, block[0]), block[1]))

def out(networks):
    return [[str(int(n.network_address)), n.prefixlen] for n in networks]

request = json.load(sys.stdin)
json.dump({
    "splits": [out(net(c["version"], c["parent"]).subnets(new_prefix=c["prefix"])) for c in request["splits"]],
    "ranges": [out(ipaddress.summarize_address_range(make(c["version"], c["first"]), make(c["version"], c["last"]))) for c in request["ranges"]],
    "collapses": [out(ipaddress.collapse_addresses([net(c["version"], b) for b in c["blocks"]])) for c in request["collapses"]],
    "names": [[make(c["version"], c["value"]).reverse_pointer, make(c["version"], c["value"]).exploded] for c in request["names"]],
}, sys.stdout)
`;

type Wire = [string, number];

function wire(block: IpBlock): Wire {
  return [block.network.toString(), block.prefix];
}

const versions = fc.constantFrom<IpVersion>(4, 6);
const splits = versions.chain((version) =>
  anyBlock(version).chain((parent) =>
    fc.record({
      version: fc.constant(version),
      parent: fc.constant(parent),
      prefix: fc.integer({
        min: parent.prefix,
        max: Math.min(bitsOf(version), parent.prefix + 6),
      }),
    }),
  ),
);
const ranges = versions.chain((version) =>
  anyRange(version).map((range) => ({ version, ...range })),
);
/** Lists of blocks inside one random /116 (IPv6) or /20 (IPv4), so they overlap and touch. */
const collapses = versions.chain((version) => {
  const bits = bitsOf(version);
  const item = fc.record({
    offset: fc.bigInt({ min: 0n, max: 4095n }),
    prefix: fc.integer({ min: bits - 12, max: bits }),
  });
  return fc
    .record({
      base: fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }),
      items: fc.array(item, { minLength: 1, maxLength: 16 }),
    })
    .map(({ base, items }) => ({
      version,
      blocks: items.map(({ offset, prefix }): IpBlock => {
        const hostBits = BigInt(bits - prefix);
        const network = ((((base >> 12n) << 12n) + offset) >> hostBits) << hostBits;
        return { version, network, prefix };
      }),
    }));
});
const names = versions.chain((version) =>
  fc.record({
    version: fc.constant(version),
    value: fc.bigInt({ min: 0n, max: (1n << BigInt(bitsOf(version))) - 1n }),
  }),
);

interface PythonAnswers {
  readonly splits: Wire[][];
  readonly ranges: Wire[][];
  readonly collapses: Wire[][];
  readonly names: [string, string][];
}

describe.skipIf(!hasPython)('block calculators against Python ipaddress', () => {
  const count = 2 * CASES_PER_VERSION;
  const splitCases = fc.sample(splits, { numRuns: count, seed: SEED });
  const rangeCases = fc.sample(ranges, { numRuns: count, seed: SEED + 1 });
  const collapseCases = fc.sample(collapses, { numRuns: count, seed: SEED + 2 });
  const nameCases = fc.sample(names, { numRuns: count, seed: SEED + 3 });
  const request = {
    splits: splitCases.map((c) => ({
      version: c.version,
      parent: wire(c.parent),
      prefix: c.prefix,
    })),
    ranges: rangeCases.map((c) => ({
      version: c.version,
      first: c.first.toString(),
      last: c.last.toString(),
    })),
    collapses: collapseCases.map((c) => ({ version: c.version, blocks: c.blocks.map(wire) })),
    names: nameCases.map((c) => ({ version: c.version, value: c.value.toString() })),
  };
  const run = hasPython
    ? spawnSync('python3', ['-c', PYTHON], {
        input: JSON.stringify(request),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
    : null;
  if (run !== null && run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const python = (run === null ? {} : JSON.parse(run.stdout)) as PythonAnswers;

  test(`splitSubnet() gives Python's subnets(new_prefix) for ${count} random IPv4 and IPv6 blocks`, () => {
    splitCases.forEach((c, index) => {
      const split = splitSubnet(c.parent, c.prefix);
      expect([...subnetsOf(split, split.count)].map(wire), `seed ${SEED}, case ${index}`).toEqual(
        python.splits[index],
      );
    });
  });

  test(`rangeToBlocks() gives Python's summarize_address_range for ${count} random ranges`, () => {
    rangeCases.forEach((c, index) => {
      const found = rangeToBlocks(
        { version: c.version, value: c.first },
        { version: c.version, value: c.last },
      );
      expect(found.map(wire), `seed ${SEED}, case ${index}`).toEqual(python.ranges[index]);
    });
  });

  test(`collapseBlocks() gives Python's collapse_addresses for ${count} random lists`, () => {
    collapseCases.forEach((c, index) => {
      expect(collapseBlocks(c.blocks).map(wire), `seed ${SEED}, case ${index}`).toEqual(
        python.collapses[index],
      );
    });
  });

  test(`reversePointer() and expandAddress() give Python's reverse_pointer and exploded for ${count} random addresses`, () => {
    nameCases.forEach((c, index) => {
      const address = { version: c.version, value: c.value };
      expect(
        [reversePointer(address), expandAddress(address)],
        `seed ${SEED}, ${formatAddress(address)}`,
      ).toEqual(python.names[index]);
    });
  });

  test('the random cases include long splits, many-block ranges and lists that merge', () => {
    expect(python.splits.filter((blocks) => blocks.length >= 32).length).toBeGreaterThan(20);
    expect(python.ranges.filter((blocks) => blocks.length >= 10).length).toBeGreaterThan(100);
    expect(
      python.collapses.filter(
        (blocks, index) => blocks.length < (collapseCases[index]?.blocks.length ?? 0),
      ).length,
    ).toBeGreaterThan(100);
  });
});
