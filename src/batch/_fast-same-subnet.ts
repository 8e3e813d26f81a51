import { formatAddress } from '../calc/format-address.js';
import { fillTemplate } from '../core/error-catalogue.js';
import type { Lang } from '../core/lang.js';
import { sameSubnetLineTemplates } from '../render/same-subnet-line.js';
import {
  DOTTED_ROOM,
  SHORT_ROOM,
  ShortPiece,
  TextPiece,
  writeBytes,
  writeDotted,
  writePiece,
  writeShort,
} from './_byte-output.js';
import type { FastLine } from './_fast-answerer.js';
import { FieldKind, HostFields, maskOfPrefix } from './_host-fields.js';
import { templatePieces } from './_template-pieces.js';
import type { AnswerForm } from './run-batch.js';

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

/**
 * The text answers' constant pieces, compiled from `sameSubnetLine`'s templates: for each
 * verdict (same, different, equal ANDs) and views (none, or 1 + aSeesB * 2 + bSeesA), the texts
 * before the host A, before B, before A's network, and after it (the same verdict: with the
 * views and the newline) or before B's network and after it. Indexed by verdict * 5 + views.
 */
type TextPieces = readonly (readonly TextPiece[])[];

/** The slots of each verdict's template, in the order the fast path writes them. */
const SAME_SLOTS = ['a', 'b', 'network'];
const DIFFERENT_SLOTS = ['a', 'b', 'networkA', 'networkB'];

/**
 * The text pieces in `lang`, or null when its templates order the slots otherwise (or make an
 * answer longer than the room the fast path reserves).
 */
function compileText(lang: Lang): TextPieces | null {
  const templates = sameSubnetLineTemplates(lang);
  const verdicts = [templates.same, templates.different, templates.andsEqual];
  const compiled: TextPiece[][] = [];
  for (const [verdict, template] of verdicts.entries()) {
    for (const views of ['', ...templates.views]) {
      const slots = verdict === 0 ? SAME_SLOTS : DIFFERENT_SLOTS;
      const texts = templatePieces(fillTemplate(template, { views }), slots);
      if (texts === null) return null;
      texts.push(`${texts.pop()}\n`);
      const pieces = texts.map((text) => new TextPiece(text));
      const constant = pieces.reduce((sum, piece) => sum + piece.length, 0);
      // Four hosts of at most DOTTED_ROOM + SHORT_ROOM bytes each, and a short piece's scratch.
      if (constant + 4 * (DOTTED_ROOM + SHORT_ROOM) + SHORT_ROOM > MAX_ANSWER) return null;
      compiled.push(pieces);
    }
  }
  return compiled;
}

const textPieces = new Map<Lang, TextPieces | null>();

/** The text pieces in `lang`, compiled once per language. */
function textPiecesIn(lang: Lang): TextPieces | null {
  if (!textPieces.has(lang)) textPieces.set(lang, compileText(lang));
  return textPieces.get(lang) ?? null;
}

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

/** Writes an address and its prefix, "192.168.1.0/24", at `from`. */
function writeHost(view: DataView, from: number, address: number, prefix: number): number {
  return writeShort(view, writeDotted(view, from, address), SLASH_PREFIX[prefix]!);
}

/** Writes `sameSubnetLine`'s answer at `at` with the pieces of its language, as `writeJson` does. */
function writeText(
  bytes: Uint8Array,
  view: DataView,
  from: number,
  a: Side,
  b: Side,
  compiled: TextPieces,
): number {
  const andsEqual = a.network === b.network;
  const same = andsEqual && a.prefix === b.prefix;
  const views = a.sees !== same || b.sees !== same ? 1 + (a.sees ? 2 : 0) + (b.sees ? 1 : 0) : 0;
  const pieces = compiled[(same ? 0 : andsEqual ? 2 : 1) * 5 + views]!;
  let at = writePiece(bytes, view, from, pieces[0]!);
  at = writeHost(view, at, a.address, a.prefix);
  at = writePiece(bytes, view, at, pieces[1]!);
  at = writeHost(view, at, b.address, b.prefix);
  at = writePiece(bytes, view, at, pieces[2]!);
  at = writeHost(view, at, a.network, a.prefix);
  at = writePiece(bytes, view, at, pieces[3]!);
  if (same) return at;
  at = writeHost(view, at, b.network, b.prefix);
  return writePiece(bytes, view, at, pieces[4]!);
}

/**
 * The fast path of `same-subnet --stdin` for IPv4 pairs: "A B MASK", "A B MASK_A MASK_B",
 * "A/24 B/25" or "A/24 B" with canonical addresses and valid masks, answered in 32-bit numbers
 * and written the way `sameSubnetJson` and `sameSubnetLine` write the careful answer, the text in
 * `lang` from the pieces its templates compile to. Every other line, including every one that
 * is an error, goes careful (and every text line, when the language's templates order their
 * slots otherwise).
 */
export function fastSameSubnet({ json, lang }: AnswerForm): FastLine {
  const fields = new HostFields();
  const a = emptySide();
  const b = emptySide();
  const compiled = json ? null : textPiecesIn(lang);
  if (!json && compiled === null) return () => false;
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
    const { view, length } = out;
    out.advance(
      compiled === null
        ? writeJson(room, view, length, a, b)
        : writeText(room, view, length, a, b, compiled),
    );
    return true;
  };
}
