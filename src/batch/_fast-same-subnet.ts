import { formatAddress } from '../calc/format-address.js';
import { readDottedQuad } from '../calc/read-dotted-quad.js';
import { writeBytes, writeDotted } from './_byte-output.js';
import type { FastLine } from './_fast-answerer.js';
import { HostFields, maskOfPrefix, readMaskField, readPrefix } from './_host-fields.js';

/** One IPv4 host of a pair: its value and its prefix (-1: none given). */
interface Host {
  value: number;
  prefix: number;
}

function emptyHost(): Host {
  return { value: 0, prefix: -1 };
}

/** Reads field `index`, "A" or "A/24", into `host`; false unless canonical IPv4, valid prefix. */
function readHost(bytes: Uint8Array, fields: HostFields, index: number, host: Host): boolean {
  const start = fields.starts[index]!;
  const end = fields.ends[index]!;
  const slash = fields.slashes[index]!;
  host.value = readDottedQuad(bytes, start, slash === -1 ? end : slash);
  host.prefix = slash === -1 ? -1 : readPrefix(bytes, slash + 1, end);
  return host.value !== -1 && (slash === -1 || host.prefix !== -1);
}

/** One side of an answer: the host, its prefix and its network; whether it sees the peer. */
interface Side {
  host: Host;
  prefix: number;
  network: number;
  sees: boolean;
}

function emptySide(host: Host): Side {
  return { host, prefix: 0, network: 0, sees: false };
}

/** Fills `into` with `host` under `prefix`, looking at `peer` (reused line after line). */
function side(into: Side, prefix: number, peer: Host): void {
  const mask = maskOfPrefix(prefix);
  into.prefix = prefix;
  into.network = (into.host.value & mask) >>> 0;
  into.sees = (peer.value & mask) >>> 0 === into.network;
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

/** Room for the longest answer: every constant part, and six addresses of 15 bytes. */
const MAX_ANSWER = 512;

/** The index of the verdicts' JSON ending: andsEqual * 8 + sameSubnet * 4 + aSeesB * 2 + bSeesA. */
function verdicts(a: Side, b: Side): number {
  const andsEqual = a.network === b.network;
  const same = andsEqual && a.prefix === b.prefix;
  return (andsEqual ? 8 : 0) + (same ? 4 : 0) + (a.sees ? 2 : 0) + (b.sees ? 1 : 0);
}

/**
 * Writes `sameSubnetJson`'s answer at `at`; returns where it ends. Addresses are written from
 * their values: the fast path takes only canonical text, which is what `formatAddress` writes.
 */
function writeJson(bytes: Uint8Array, from: number, a: Side, b: Side): number {
  let at = writeBytes(bytes, from, JSON_A);
  at = writeDotted(bytes, at, a.host.value);
  at = writeBytes(bytes, at, JSON_MASK[a.prefix]!);
  at = writeDotted(bytes, at, a.network);
  at = writeBytes(bytes, at, JSON_B);
  at = writeDotted(bytes, at, b.host.value);
  at = writeBytes(bytes, at, JSON_MASK[b.prefix]!);
  at = writeDotted(bytes, at, b.network);
  return writeBytes(bytes, at, JSON_END[verdicts(a, b)]!);
}

function writeNetwork(bytes: Uint8Array, from: number, own: Side): number {
  return writeBytes(bytes, writeDotted(bytes, from, own.network), SLASH_PREFIX[own.prefix]!);
}

/** Writes `sameSubnetLine`'s answer at `at`; returns where it ends. */
function writeText(bytes: Uint8Array, from: number, a: Side, b: Side): number {
  let at = writeDotted(bytes, from, a.host.value);
  at = writeBytes(bytes, at, SLASH_PREFIX[a.prefix]!);
  at = writeBytes(bytes, at, SPACE);
  at = writeDotted(bytes, at, b.host.value);
  at = writeBytes(bytes, at, SLASH_PREFIX[b.prefix]!);
  at = writeBytes(bytes, at, COLON_SPACE);
  const andsEqual = a.network === b.network;
  const same = andsEqual && a.prefix === b.prefix;
  if (same) {
    at = writeBytes(bytes, at, SAME);
    at = writeNetwork(bytes, at, a);
  } else {
    at = writeBytes(bytes, at, andsEqual ? DIFFERENT_MASKS : DIFFERENT);
    at = writeNetwork(bytes, at, a);
    at = writeBytes(bytes, at, VERSUS);
    at = writeNetwork(bytes, at, b);
  }
  if (a.sees !== same || b.sees !== same) {
    at = writeBytes(bytes, at, VIEWS[(a.sees ? 2 : 0) + (b.sees ? 1 : 0)]!);
  }
  return writeBytes(bytes, at, NEWLINE);
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
  const a = emptySide(hostA);
  const b = emptySide(hostB);
  const write = json ? writeJson : writeText;
  return (bytes, start, end, out) => {
    if (!fields.split(bytes, start, end) || fields.count < 2) return false;
    const { starts, ends, count } = fields;
    if (!readHost(bytes, fields, 0, hostA)) return false;
    if (!readHost(bytes, fields, 1, hostB)) return false;
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
    side(a, prefixA, hostB);
    side(b, prefixB, hostA);
    out.advance(write(out.reserve(MAX_ANSWER), out.length, a, b));
    return true;
  };
}
