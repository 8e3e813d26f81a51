import { spawnSync } from 'node:child_process';
import { fc } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { IpVersion } from '../../src/calc/address.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { parseAddress } from '../../src/calc/parse-address.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { sameSubnet } from '../../src/calc/same-subnet.js';
import { subnetFacts } from '../../src/calc/subnet-facts.js';
import { installed } from '../helpers/installed.js';

// Differential check against Python's ipaddress module, an implementation written independently
// of netlab and of ip-address. One python3 process answers every case, fed as JSON on stdin.
// Skipped where python3 is not installed.
const hasPython = installed('python3');

const CASES_PER_VERSION = 3000;
const TEXTS_PER_VERSION = 3000;
/** Networks up to this size are listed whole in Python, so last host and count are compared. */
const LISTED_NETWORK_SIZE = 4096;
const SEED = Date.now() % 1_000_000;

const PYTHON = `
import ipaddress, json, sys
LISTED = ${LISTED_NETWORK_SIZE}

def subnet(case):
    a = ipaddress.ip_interface(case["a"] + "/" + str(case["pa"]))
    b = ipaddress.ip_interface(case["b"] + "/" + str(case["pb"]))
    net = a.network
    hosts = net.hosts()
    answer = {
        "a": int(a.ip), "network": int(net.network_address), "networkText": str(net.network_address),
        "broadcast": int(net.broadcast_address), "firstHost": int(next(iter(hosts))),
        "andsEqual": a.network.network_address == b.network.network_address,
        "sameSubnet": a.network == b.network,
        "aSeesB": b.ip in a.network, "bSeesA": a.ip in b.network,
    }
    if net.num_addresses <= LISTED:
        listed = list(net.hosts())
        answer["lastHost"] = int(listed[-1])
        answer["hosts"] = len(listed)
    return answer

def accepts(text):
    try:
        return int(ipaddress.ip_address(text))
    except ValueError:
        return None

request = json.load(sys.stdin)
json.dump({
    "subnets": [subnet(case) for case in request["subnets"]],
    "texts": [accepts(text) for text in request["texts"]],
}, sys.stdout)
`;

interface SubnetCase {
  readonly version: IpVersion;
  readonly a: bigint;
  readonly pa: number;
  readonly b: bigint;
  readonly pb: number;
}

interface PythonSubnet {
  readonly a: number | string;
  readonly network: number | string;
  readonly networkText: string;
  readonly broadcast: number | string;
  readonly firstHost: number | string;
  readonly lastHost?: number | string;
  readonly hosts?: number;
  readonly andsEqual: boolean;
  readonly sameSubnet: boolean;
  readonly aSeesB: boolean;
  readonly bSeesA: boolean;
}

/** A host and a neighbour: B shares A's high bits down to a random depth, so both verdicts occur. */
function subnetCase(version: IpVersion): fc.Arbitrary<SubnetCase> {
  const bits = version === 4 ? 32 : 128;
  const any = fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
  const prefix = fc.oneof(
    fc.integer({ min: 0, max: bits }),
    fc.integer({ min: bits - 12, max: bits }),
  );
  return fc
    .record({
      a: any,
      noise: any,
      depth: fc.integer({ min: 0, max: bits }),
      pa: prefix,
      pb: prefix,
      samePrefix: fc.boolean(),
    })
    .map(({ a, noise, depth, pa, pb, samePrefix }) => ({
      version,
      a,
      pa,
      b: a ^ (noise & ((1n << BigInt(depth)) - 1n)),
      pb: samePrefix ? pa : pb,
    }));
}

const octetText = fc.oneof(
  fc.integer({ min: 0, max: 300 }).map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => `0${n}`),
  fc.constantFrom('', '0x1f', '1e2', '-1', ' 1', '٣', '00'),
);
const ipv4Text = fc
  .oneof(
    fc.array(fc.integer({ min: 0, max: 255 }).map(String), { minLength: 4, maxLength: 4 }),
    fc.array(octetText, { minLength: 1, maxLength: 5 }),
  )
  .map((parts) => parts.join('.'));

const groupText = fc.oneof(
  { weight: 20, arbitrary: fc.stringMatching(/^[0-9a-fA-F]{1,4}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', '12345', 'g', '0x1') },
);
const ipv6Text = fc
  .record({
    groups: fc.oneof(
      fc.array(groupText, { minLength: 8, maxLength: 8 }),
      fc.array(groupText, { minLength: 1, maxLength: 9 }),
    ),
    gap: fc.option(fc.nat(), { nil: undefined }),
    tail: fc.option(ipv4Text, { nil: undefined, freq: 3 }),
  })
  .map(({ groups, gap, tail }) => {
    const parts = [...groups];
    if (gap !== undefined) parts.splice(gap % (parts.length + 1), 0, '');
    let text = parts.join(':');
    if (gap !== undefined && text.startsWith(':')) text = `:${text}`;
    if (gap !== undefined && text.endsWith(':')) text = `${text}:`;
    return tail === undefined ? text : `${text}:${tail}`;
  });

function ask(subnets: readonly SubnetCase[], texts: readonly string[]) {
  const request = {
    subnets: subnets.map((c) => ({
      a: formatAddress({ version: c.version, value: c.a }),
      pa: c.pa,
      b: formatAddress({ version: c.version, value: c.b }),
      pb: c.pb,
    })),
    texts,
  };
  const run = spawnSync('python3', ['-c', PYTHON], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  // Python writes big integers as JSON numbers; read them as text so no digit is lost.
  const exact = run.stdout.replace(/(?<=[:[,]\s*)(-?\d{16,})(?=\s*[,}\]])/g, '"$1"');
  return JSON.parse(exact) as { subnets: PythonSubnet[]; texts: (number | string | null)[] };
}

function big(value: number | string | undefined): bigint | undefined {
  return value === undefined ? undefined : BigInt(value);
}

const MAPPED = 0xffffn;

function netlabSubnet(c: SubnetCase) {
  const spec = (value: bigint, prefix: number) => ({
    address: { version: c.version, value },
    mask: parseMask(String(prefix), { version: c.version }),
  });
  const facts = subnetFacts(spec(c.a, c.pa));
  const verdict = sameSubnet(spec(c.a, c.pa), spec(c.b, c.pb));
  return { facts, verdict };
}

function compareSubnet(c: SubnetCase, python: PythonSubnet): void {
  const { facts, verdict } = netlabSubnet(c);
  const where = `seed ${SEED}, IPv${c.version} ${formatAddress({ version: c.version, value: c.a })}/${c.pa} vs /${c.pb}`;
  expect(big(python.a), where).toBe(c.a);
  expect(facts.network.value, where).toBe(big(python.network));
  if (c.version === 4 || facts.network.value >> 32n !== MAPPED) {
    expect(formatAddress(facts.network), where).toBe(python.networkText);
  }
  if (c.version === 4 && c.pa <= 30)
    expect(facts.broadcast?.value, where).toBe(big(python.broadcast));
  else expect(facts.broadcast, where).toBeNull();
  expect(facts.firstHost.value, where).toBe(big(python.firstHost));
  if (python.hosts !== undefined) {
    expect(facts.lastHost.value, where).toBe(big(python.lastHost));
    expect(facts.hosts, where).toBe(BigInt(python.hosts));
  }
  const { andsEqual, sameSubnet, aSeesB, bSeesA } = verdict;
  expect({ andsEqual, sameSubnet, aSeesB, bSeesA }, where).toEqual({
    andsEqual: python.andsEqual,
    sameSubnet: python.sameSubnet,
    aSeesB: python.aSeesB,
    bSeesA: python.bSeesA,
  });
}

function netlabReads(text: string): bigint | null {
  try {
    return parseAddress(text).value;
  } catch {
    return null;
  }
}

describe.skipIf(!hasPython)('netlab against Python ipaddress', () => {
  const ipv4 = fc.sample(subnetCase(4), { numRuns: CASES_PER_VERSION, seed: SEED });
  const ipv6 = fc.sample(subnetCase(6), { numRuns: CASES_PER_VERSION, seed: SEED + 1 });
  const texts = [
    ...fc.sample(ipv4Text, { numRuns: TEXTS_PER_VERSION, seed: SEED + 2 }),
    ...fc.sample(ipv6Text, { numRuns: TEXTS_PER_VERSION, seed: SEED + 3 }),
  ];
  const answers = hasPython ? ask([...ipv4, ...ipv6], texts) : { subnets: [], texts: [] };

  test('the random cases reach every verdict, one-sided views, whole listings and valid text', () => {
    const verdicts = answers.subnets;
    expect(verdicts.filter((answer) => answer.sameSubnet).length).toBeGreaterThan(500);
    expect(verdicts.filter((answer) => !answer.sameSubnet).length).toBeGreaterThan(500);
    expect(verdicts.filter((answer) => answer.aSeesB !== answer.bSeesA).length).toBeGreaterThan(
      200,
    );
    expect(verdicts.filter((answer) => answer.hosts !== undefined).length).toBeGreaterThan(1000);
    expect(answers.texts.filter((answer) => answer !== null).length).toBeGreaterThan(1000);
  });

  test(`agrees on network, broadcast, hosts and same-subnet for ${CASES_PER_VERSION} random IPv4 cases`, () => {
    for (const [index, c] of ipv4.entries()) {
      compareSubnet(c, answers.subnets[index] as PythonSubnet);
    }
  });

  test(`agrees on network, hosts and same-subnet for ${CASES_PER_VERSION} random IPv6 cases`, () => {
    for (const [index, c] of ipv6.entries()) {
      compareSubnet(c, answers.subnets[CASES_PER_VERSION + index] as PythonSubnet);
    }
  });

  test(`accepts and refuses the same ${TEXTS_PER_VERSION} random IPv4 and ${TEXTS_PER_VERSION} random IPv6 texts`, () => {
    const disagreements = texts.filter((text, index) => {
      const python = answers.texts[index];
      return (
        netlabReads(text) !== (python === null || python === undefined ? null : BigInt(python))
      );
    });
    expect(disagreements, `seed ${SEED}`).toEqual([]);
  });
});
