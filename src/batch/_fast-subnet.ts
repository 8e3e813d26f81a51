import { formatAddress } from '../calc/format-address.js';
import { historicClass } from '../calc/subnet-facts.js';
import type { Lang } from '../core/lang.js';
import { subnetLineTemplates } from '../render/subnet-line.js';
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

/** Usable hosts of an IPv4 subnet: all of a /31 or /32, else without network and broadcast. */
function hostsOf(prefix: number): number {
  const hostBits = 32 - prefix;
  return hostBits <= 1 ? 2 ** hostBits : 2 ** hostBits - 2;
}

/**
 * The constant parts of one answer form, in the order both forms write them: before the address,
 * after it (per prefix), before the broadcast, after it, instead of it, before the last host, and
 * the end (per prefix). A new constant field of the answer is an edit of these texts; a field
 * that depends on the address gets its own part and a line in `write`.
 */
interface Layout {
  readonly head: TextPiece;
  readonly afterAddress: readonly Buffer[];
  readonly beforeBroadcast: TextPiece;
  readonly afterBroadcast: TextPiece;
  readonly noBroadcast: Buffer;
  readonly beforeLast: TextPiece;
  readonly end: readonly Buffer[];
  /**
   * JSON only: the expanded form and the reverse-DNS name that follow the host count, and the
   * end, which holds the historic class (per first octet).
   */
  readonly names?: { readonly beforeReverse: ShortPiece; readonly end: readonly Buffer[] };
}

/** The four octets in reverse order, as in-addr.arpa names them. */
function reversedOctets(value: number): number {
  return (
    (((value & 0xff) << 24) |
      (((value >>> 8) & 0xff) << 16) |
      (((value >>> 16) & 0xff) << 8) |
      (value >>> 24)) >>>
    0
  );
}

const bytesOf = (text: string): Buffer => Buffer.from(text);
const shortOf = (text: string): ShortPiece => new ShortPiece(text);
const pieceOf = (text: string): TextPiece => new TextPiece(text);
const PREFIXES = Array.from({ length: 33 }, (_, prefix) => prefix);
const OCTETS = Array.from({ length: 256 }, (_, octet) => octet);
const dotted = (value: number): string => formatAddress({ version: 4, value: BigInt(value) });

/** `subnetJson`'s shape. */
const JSON_LAYOUT: Layout = {
  head: pieceOf('{"address":"'),
  afterAddress: PREFIXES.map((prefix) => {
    const mask = maskOfPrefix(prefix);
    return bytesOf(
      `","version":4,"prefix":${prefix},"mask":"${dotted(mask)}","wildcard":"${dotted(~mask >>> 0)}","network":"`,
    );
  }),
  beforeBroadcast: pieceOf('","broadcast":"'),
  afterBroadcast: pieceOf('","firstHost":"'),
  noBroadcast: bytesOf('","broadcast":null,"firstHost":"'),
  beforeLast: pieceOf('","lastHost":"'),
  end: PREFIXES.map((prefix) => bytesOf(`","hosts":${hostsOf(prefix)},"expanded":"`)),
  names: {
    beforeReverse: shortOf('","reversePointer":"'),
    end: OCTETS.map((octet) => {
      const kind = historicClass({ version: 4, value: BigInt(octet) << 24n });
      return bytesOf(`.in-addr.arpa","historicClass":"${kind}"}\n`);
    }),
  },
};

/** The slots of the text templates, in the order `write` writes them. */
const LINE_SLOTS = ['host', 'network', 'broadcast', 'first', 'last', 'hosts'];
const BROADCAST_SLOTS = ['broadcast'];

/**
 * `subnetLine`'s shape in `lang`, compiled from its templates: the host is the address and its
 * prefix, the broadcast part goes between the network and what follows it. Null when the
 * language's templates order the slots otherwise, or make an answer longer than MAX_ANSWER.
 */
function textLayout(lang: Lang): Layout | null {
  const templates = subnetLineTemplates(lang);
  const line = templatePieces(templates.line, LINE_SLOTS);
  const broadcast = templatePieces(templates.broadcast, BROADCAST_SLOTS);
  if (line === null || broadcast === null) return null;
  const [head = '', afterHost = '', afterNetwork = '', afterBroadcast = '', beforeLast = ''] = line;
  const [afterLast = '', end = ''] = line.slice(5);
  const [beforeValue = '', afterValue = ''] = broadcast;
  const constant = Buffer.byteLength(line.join('') + broadcast.join(''));
  // Five addresses and the host count, with room for the scratch of each write.
  if (constant + 6 * (DOTTED_ROOM + SHORT_ROOM) > MAX_ANSWER) return null;
  return {
    head: pieceOf(head),
    afterAddress: PREFIXES.map((prefix) => bytesOf(`/${prefix}${afterHost}`)),
    beforeBroadcast: pieceOf(afterNetwork + beforeValue),
    afterBroadcast: pieceOf(afterValue + afterBroadcast),
    noBroadcast: bytesOf(afterNetwork + afterBroadcast),
    beforeLast: pieceOf(beforeLast),
    end: PREFIXES.map((prefix) => bytesOf(`${afterLast}${hostsOf(prefix)}${end}\n`)),
  };
}

const textLayouts = new Map<Lang, Layout | null>();

/** `subnetLine`'s shape in `lang`, compiled once per language. */
function textLayoutIn(lang: Lang): Layout | null {
  if (!textLayouts.has(lang)) textLayouts.set(lang, textLayout(lang));
  return textLayouts.get(lang) ?? null;
}

/**
 * Room for the longest answer (every constant part, and seven addresses of 15 bytes) and the
 * scratch bytes its last write may leave past its end.
 */
const MAX_ANSWER = 512;

/**
 * Writes the answer for `address`/`prefix` at `at` and returns where it ends: the facts
 * `subnetFacts` gives for IPv4, in 32-bit numbers (no broadcast for a /31 or /32, whose hosts
 * run from the network to the last address). The address is written from its value: the fast
 * path takes only canonical text, which is what `formatAddress` writes.
 */
function write(
  bytes: Uint8Array,
  view: DataView,
  from: number,
  layout: Layout,
  address: number,
  prefix: number,
): number {
  const mask = maskOfPrefix(prefix);
  const network = (address & mask) >>> 0;
  const last = (network | ~mask) >>> 0;
  const hasBroadcast = prefix < 31;
  let at = writePiece(bytes, view, from, layout.head);
  at = writeDotted(view, at, address);
  at = writeBytes(bytes, at, layout.afterAddress[prefix]!);
  at = writeDotted(view, at, network);
  if (hasBroadcast) {
    at = writePiece(bytes, view, at, layout.beforeBroadcast);
    at = writeDotted(view, at, last);
    at = writePiece(bytes, view, at, layout.afterBroadcast);
  } else {
    at = writeBytes(bytes, at, layout.noBroadcast);
  }
  at = writeDotted(view, at, hasBroadcast ? network + 1 : network);
  at = writePiece(bytes, view, at, layout.beforeLast);
  at = writeDotted(view, at, hasBroadcast ? last - 1 : last);
  at = writeBytes(bytes, at, layout.end[prefix]!);
  if (layout.names === undefined) return at;
  at = writeDotted(view, at, address);
  at = writeShort(view, at, layout.names.beforeReverse);
  at = writeDotted(view, at, reversedOctets(address));
  return writeBytes(bytes, at, layout.names.end[address >>> 24]!);
}

/**
 * The fast path of `subnet --stdin` for IPv4: "ADDR/PREFIX" or "ADDR MASK" with a canonical
 * address and a valid mask, computed in 32-bit numbers and written the way `subnetJson` and
 * `subnetLine` write the careful answer, the text in `lang` from the layout its templates
 * compile to. Every other line, errors included, goes careful.
 */
export function fastSubnet({ json, lang }: AnswerForm): FastLine {
  const fields = new HostFields();
  const layout = json ? JSON_LAYOUT : textLayoutIn(lang);
  if (layout === null) return () => false;
  return (bytes, start, end, out) => {
    if (!fields.read(bytes, start, end)) return false;
    const { kinds, count } = fields;
    let prefix = -1;
    if (count === 1 && kinds[0] === FieldKind.quadPrefix) prefix = fields.prefixes[0]!;
    else if (count === 2 && kinds[0] === FieldKind.quad) prefix = fields.maskPrefix(1);
    if (prefix === -1) return false;
    const room = out.reserve(MAX_ANSWER);
    out.advance(write(room, out.view, out.length, layout, fields.values[0]!, prefix));
    return true;
  };
}
