import { formatAddress } from '../calc/format-address.js';
import { writeBytes, writeDotted } from './_byte-output.js';
import type { FastLine } from './_fast-answerer.js';
import { FieldKind, HostFields, maskOfPrefix } from './_host-fields.js';

/** One side of an answer: the host, its prefix and its network; whether it sees the peer. */
interface Side {
  address: number;
  prefix: number;
  network: number;
  sees: boolean;
}

function emptySide(): Side {
  return { address: 0, prefix: 0, network: 0, sees: false };
}

/** Fills `into` with `address` under `prefix`, looking at `peer` (reused line after line). */
function side(into: Side, address: number, prefix: number, peer: number): void {
  const mask = maskOfPrefix(prefix);
  into.address = address;
  into.prefix = prefix;
  into.network = (address & mask) >>> 0;
  into.sees = (peer & mask) >>> 0 === into.network;
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
  at = writeDotted(bytes, at, a.address);
  at = writeBytes(bytes, at, JSON_MASK[a.prefix]!);
  at = writeDotted(bytes, at, a.network);
  at = writeBytes(bytes, at, JSON_B);
  at = writeDotted(bytes, at, b.address);
  at = writeBytes(bytes, at, JSON_MASK[b.prefix]!);
  at = writeDotted(bytes, at, b.network);
  return writeBytes(bytes, at, JSON_END[verdicts(a, b)]!);
}

function writeNetwork(bytes: Uint8Array, from: number, own: Side): number {
  return writeBytes(bytes, writeDotted(bytes, from, own.network), SLASH_PREFIX[own.prefix]!);
}

/** Writes `sameSubnetLine`'s answer at `at`; returns where it ends. */
function writeText(bytes: Uint8Array, from: number, a: Side, b: Side): number {
  let at = writeDotted(bytes, from, a.address);
  at = writeBytes(bytes, at, SLASH_PREFIX[a.prefix]!);
  at = writeBytes(bytes, at, SPACE);
  at = writeDotted(bytes, at, b.address);
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
  const a = emptySide();
  const b = emptySide();
  const write = json ? writeJson : writeText;
  return (bytes, start, end, out) => {
    if (!fields.read(bytes, start, end) || fields.count < 2) return false;
    const { kinds, values, prefixes, count } = fields;
    const kindA = kinds[0]!;
    const kindB = kinds[1]!;
    if (kindA > FieldKind.quadPrefix || kindB > FieldKind.quadPrefix) return false;
    let prefixA: number;
    let prefixB: number;
    if (kindA === FieldKind.quadPrefix || kindB === FieldKind.quadPrefix) {
      // "A/24 B/25", or one prefix for both: "A/24 B", "A B/24".
      if (count > 2) return false;
      prefixA = prefixes[kindA === FieldKind.quadPrefix ? 0 : 1]!;
      prefixB = prefixes[kindB === FieldKind.quadPrefix ? 1 : 0]!;
    } else {
      if (count < 3) return false;
      prefixA = fields.maskPrefix(2);
      prefixB = count === 4 ? fields.maskPrefix(3) : prefixA;
      if (prefixA === -1 || prefixB === -1) return false;
    }
    const addressA = values[0]!;
    const addressB = values[1]!;
    side(a, addressA, prefixA, addressB);
    side(b, addressB, prefixB, addressA);
    out.advance(write(out.reserve(MAX_ANSWER), out.length, a, b));
    return true;
  };
}
