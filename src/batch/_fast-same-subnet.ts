import { formatAddress } from '../calc/format-address.js';
import { ShortPiece, writeBytes, writeDotted, writeShort } from './_byte-output.js';
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
const shortOf = (text: string): ShortPiece => new ShortPiece(text);
const dotted = (value: number): string => formatAddress({ version: 4, value: BigInt(value) });
const JSON_A = shortOf('{"a":{"address":"');
const JSON_B = shortOf('"},"b":{"address":"');
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
const SLASH_PREFIX = PREFIXES.map((prefix) => shortOf(`/${prefix}`));
const SPACE = shortOf(' ');
const COLON_SPACE = shortOf(': ');
const SAME = shortOf('same subnet ');
const DIFFERENT = shortOf('different subnets ');
const DIFFERENT_MASKS = bytesOf('different subnets (equal ANDs, different masks) ');
const VERSUS = shortOf(' vs ');
/** The views, indexed by aSeesB * 2 + bSeesA. */
const VIEWS = [0, 1, 2, 3].map((bits) =>
  bytesOf(
    `; A sees B as ${bits & 2 ? 'local' : 'remote'}, B sees A as ${bits & 1 ? 'local' : 'remote'}`,
  ),
);
const NEWLINE = shortOf('\n');

/**
 * Room for the longest answer (every constant part, and six addresses of 15 bytes) and the
 * scratch bytes its last write may leave past its end.
 */
const MAX_ANSWER = 512;

/** The index of the verdicts' JSON ending: andsEqual * 8 + sameSubnet * 4 + aSeesB * 2 + bSeesA. */
function verdicts(a: Side, b: Side): number {
  const andsEqual = a.network === b.network;
  const same = andsEqual && a.prefix === b.prefix;
  return (andsEqual ? 8 : 0) + (same ? 4 : 0) + (a.sees ? 2 : 0) + (b.sees ? 1 : 0);
}

/**
 * Writes `sameSubnetJson`'s answer at `at` into `bytes` (`view` is a DataView of it); returns
 * where it ends. Addresses are written from their values: the fast path takes only canonical
 * text, which is what `formatAddress` writes.
 */
function writeJson(bytes: Uint8Array, view: DataView, from: number, a: Side, b: Side): number {
  let at = writeShort(view, from, JSON_A);
  at = writeDotted(view, at, a.address);
  at = writeBytes(bytes, at, JSON_MASK[a.prefix]!);
  at = writeDotted(view, at, a.network);
  at = writeShort(view, at, JSON_B);
  at = writeDotted(view, at, b.address);
  at = writeBytes(bytes, at, JSON_MASK[b.prefix]!);
  at = writeDotted(view, at, b.network);
  return writeBytes(bytes, at, JSON_END[verdicts(a, b)]!);
}

function writeNetwork(view: DataView, from: number, own: Side): number {
  return writeShort(view, writeDotted(view, from, own.network), SLASH_PREFIX[own.prefix]!);
}

/** Writes `sameSubnetLine`'s answer at `at`, as `writeJson` does. */
function writeText(bytes: Uint8Array, view: DataView, from: number, a: Side, b: Side): number {
  let at = writeDotted(view, from, a.address);
  at = writeShort(view, at, SLASH_PREFIX[a.prefix]!);
  at = writeShort(view, at, SPACE);
  at = writeDotted(view, at, b.address);
  at = writeShort(view, at, SLASH_PREFIX[b.prefix]!);
  at = writeShort(view, at, COLON_SPACE);
  const andsEqual = a.network === b.network;
  const same = andsEqual && a.prefix === b.prefix;
  if (same) {
    at = writeShort(view, at, SAME);
    at = writeNetwork(view, at, a);
  } else {
    at = andsEqual ? writeBytes(bytes, at, DIFFERENT_MASKS) : writeShort(view, at, DIFFERENT);
    at = writeNetwork(view, at, a);
    at = writeShort(view, at, VERSUS);
    at = writeNetwork(view, at, b);
  }
  if (a.sees !== same || b.sees !== same) {
    at = writeBytes(bytes, at, VIEWS[(a.sees ? 2 : 0) + (b.sees ? 1 : 0)]!);
  }
  return writeShort(view, at, NEWLINE);
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
    const room = out.reserve(MAX_ANSWER);
    out.advance(write(room, out.view, out.length, a, b));
    return true;
  };
}
