import { formatAddress } from '../calc/format-address.js';
import { readDottedQuad } from '../calc/read-dotted-quad.js';
import type { ByteOutput } from './_byte-output.js';
import type { FastLine } from './_fast-answerer.js';
import { HostFields, maskOfPrefix, readMaskField, readPrefix, slashIn } from './_host-fields.js';

/** One IPv4 host of a pair: where its address text lies, its value and its prefix (-1: none). */
interface Host {
  start: number;
  end: number;
  value: number;
  prefix: number;
}

function emptyHost(): Host {
  return { start: 0, end: 0, value: 0, prefix: -1 };
}

/** Reads "A" or "A/24" into `host`; false when it is not canonical IPv4 with a valid prefix. */
function readHost(bytes: Uint8Array, start: number, end: number, host: Host): boolean {
  const slash = slashIn(bytes, start, end);
  host.start = start;
  host.end = slash === -1 ? end : slash;
  host.value = readDottedQuad(bytes, start, host.end);
  host.prefix = slash === -1 ? -1 : readPrefix(bytes, slash + 1, end);
  return host.value !== -1 && (slash === -1 || host.prefix !== -1);
}

/** Everything an answer needs about one side: the host, its mask and the two ANDs. */
interface Side {
  readonly host: Host;
  readonly prefix: number;
  readonly network: number;
  readonly sees: boolean;
}

function side(host: Host, prefix: number, peer: Host): Side {
  const mask = maskOfPrefix(prefix);
  const network = (host.value & mask) >>> 0;
  return { host, prefix, network, sees: (peer.value & mask) >>> 0 === network };
}

/** Constant pieces of the answers, built once; indexed by prefix length or by the verdicts. */
const bytesOf = (text: string): Buffer => Buffer.from(text);
const PREFIXES = Array.from({ length: 33 }, (_, prefix) => prefix);
const dotted = (value: number): string => formatAddress({ version: 4, value: BigInt(value) });
const JSON_A = bytesOf('{"a":{"address":"');
const JSON_B = bytesOf('"},"b":{"address":"');
const JSON_MASK = PREFIXES.map((prefix) =>
  bytesOf(`","mask":"${dotted(maskOfPrefix(prefix))}","prefix":${prefix},"network":"`),
);
/** The verdicts' JSON ending, indexed by andsEqual * 8 + sameSubnet * 4 + aSeesB * 2 + bSeesA. */
const JSON_END = Array.from({ length: 16 }, (_, bits) =>
  bytesOf(
    `"},"andsEqual":${bits >= 8},"sameSubnet":${(bits & 4) !== 0},` +
      `"aSeesB":${(bits & 2) !== 0},"bSeesA":${(bits & 1) !== 0}}\n`,
  ),
);
const SLASH_PREFIX = PREFIXES.map((prefix) => bytesOf(`/${prefix}`));
const SPACE = bytesOf(' ');
const COLON_SPACE = bytesOf(': ');
const SAME = bytesOf('same subnet ');
const DIFFERENT = bytesOf('different subnets ');
const DIFFERENT_MASKS = bytesOf('different subnets (equal ANDs, different masks) ');
const VERSUS = bytesOf(' vs ');
/** The views, indexed by aSeesB * 2 + bSeesA. */
const VIEWS = [0, 1, 2, 3].map((bits) =>
  bytesOf(
    `; A sees B as ${bits & 2 ? 'local' : 'remote'}, B sees A as ${bits & 1 ? 'local' : 'remote'}`,
  ),
);
const NEWLINE = bytesOf('\n');

function writeJson(out: ByteOutput, bytes: Uint8Array, a: Side, b: Side): void {
  out.put(JSON_A);
  out.copy(bytes, a.host.start, a.host.end);
  out.put(JSON_MASK[a.prefix]!);
  out.dotted(a.network);
  out.put(JSON_B);
  out.copy(bytes, b.host.start, b.host.end);
  out.put(JSON_MASK[b.prefix]!);
  out.dotted(b.network);
  const andsEqual = a.network === b.network;
  const same = andsEqual && a.prefix === b.prefix;
  out.put(JSON_END[(andsEqual ? 8 : 0) + (same ? 4 : 0) + (a.sees ? 2 : 0) + (b.sees ? 1 : 0)]!);
}

function writeNetwork(out: ByteOutput, own: Side): void {
  out.dotted(own.network);
  out.put(SLASH_PREFIX[own.prefix]!);
}

function writeText(out: ByteOutput, bytes: Uint8Array, a: Side, b: Side): void {
  out.copy(bytes, a.host.start, a.host.end);
  out.put(SLASH_PREFIX[a.prefix]!);
  out.put(SPACE);
  out.copy(bytes, b.host.start, b.host.end);
  out.put(SLASH_PREFIX[b.prefix]!);
  out.put(COLON_SPACE);
  const andsEqual = a.network === b.network;
  const same = andsEqual && a.prefix === b.prefix;
  if (same) {
    out.put(SAME);
    writeNetwork(out, a);
  } else {
    out.put(andsEqual ? DIFFERENT_MASKS : DIFFERENT);
    writeNetwork(out, a);
    out.put(VERSUS);
    writeNetwork(out, b);
  }
  if (a.sees !== same || b.sees !== same) out.put(VIEWS[(a.sees ? 2 : 0) + (b.sees ? 1 : 0)]!);
  out.put(NEWLINE);
}

/**
 * The fast path of `same-subnet --stdin` for IPv4 pairs: "A B MASK", "A B MASK_A MASK_B",
 * "A/24 B/25" or "A/24 B" with canonical addresses and valid masks, answered in 32-bit numbers
 * and written the way `sameSubnetJson` and `sameSubnetLine` write the careful answer. Every other
 * line, including every one that is an error, goes careful.
 */
export function fastSameSubnet(json: boolean): FastLine {
  const fields = new HostFields();
  const hostA = emptyHost();
  const hostB = emptyHost();
  return (bytes, start, end, out) => {
    if (!fields.split(bytes, start, end) || fields.count < 2) return false;
    const { starts, ends, count } = fields;
    if (!readHost(bytes, starts[0]!, ends[0]!, hostA)) return false;
    if (!readHost(bytes, starts[1]!, ends[1]!, hostB)) return false;
    const inline = hostA.prefix !== -1 || hostB.prefix !== -1;
    let prefixA = inline ? (hostA.prefix === -1 ? hostB.prefix : hostA.prefix) : -1;
    let prefixB = inline ? (hostB.prefix === -1 ? hostA.prefix : hostB.prefix) : -1;
    if (inline && count > 2) return false;
    if (!inline) {
      if (count < 3) return false;
      prefixA = readMaskField(bytes, starts[2]!, ends[2]!);
      prefixB = count === 4 ? readMaskField(bytes, starts[3]!, ends[3]!) : prefixA;
      if (prefixA === -1 || prefixB === -1) return false;
    }
    const a = side(hostA, prefixA, hostB);
    const b = side(hostB, prefixB, hostA);
    if (json) writeJson(out, bytes, a, b);
    else writeText(out, bytes, a, b);
    return true;
  };
}
