import { formatAddress } from '../calc/format-address.js';
import { readDottedQuad } from '../calc/read-dotted-quad.js';
import type { ByteOutput } from './_byte-output.js';
import type { FastLine } from './_fast-answerer.js';
import { HostFields, maskOfPrefix, readMaskField, readPrefix, slashIn } from './_host-fields.js';

/** Where a field lies in the line: `[start, end)`. */
type Span = [number, number];

/** What `subnetFacts` gives for an IPv4 host, in 32-bit numbers; broadcast -1 when none. */
interface Facts {
  prefix: number;
  network: number;
  broadcast: number;
  firstHost: number;
  lastHost: number;
}

/** Usable hosts of an IPv4 subnet: all of a /31 or /32, else without network and broadcast. */
function hostsOf(prefix: number): number {
  const hostBits = 32 - prefix;
  return hostBits <= 1 ? 2 ** hostBits : 2 ** hostBits - 2;
}

function factsOf(address: number, prefix: number, into: Facts): void {
  const hostBits = 32 - prefix;
  const network = (address & maskOfPrefix(prefix)) >>> 0;
  const last = network + 2 ** hostBits - 1;
  const ends = hostBits <= 1 ? 0 : 1;
  into.prefix = prefix;
  into.network = network;
  into.broadcast = hostBits > 1 ? last : -1;
  into.firstHost = network + ends;
  into.lastHost = last - ends;
}

/**
 * The constant parts of one answer form, in the order both forms write them: before the address,
 * after it (per prefix), before the broadcast, after it, instead of it, before the last host, and
 * the end (per prefix).
 */
interface Layout {
  readonly head: Buffer;
  readonly afterAddress: readonly Buffer[];
  readonly beforeBroadcast: Buffer;
  readonly afterBroadcast: Buffer;
  readonly noBroadcast: Buffer;
  readonly beforeLast: Buffer;
  readonly end: readonly Buffer[];
  /** JSON only: the expanded form and the reverse-DNS name that follow the host count. */
  readonly names?: { readonly beforeReverse: Buffer; readonly end: Buffer };
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
const PREFIXES = Array.from({ length: 33 }, (_, prefix) => prefix);
const dotted = (value: number): string => formatAddress({ version: 4, value: BigInt(value) });

/** `subnetJson`'s shape. */
const JSON_LAYOUT: Layout = {
  head: bytesOf('{"address":"'),
  afterAddress: PREFIXES.map((prefix) => {
    const mask = maskOfPrefix(prefix);
    return bytesOf(
      `","prefix":${prefix},"mask":"${dotted(mask)}","wildcard":"${dotted(~mask >>> 0)}","network":"`,
    );
  }),
  beforeBroadcast: bytesOf('","broadcast":"'),
  afterBroadcast: bytesOf('","firstHost":"'),
  noBroadcast: bytesOf('","broadcast":null,"firstHost":"'),
  beforeLast: bytesOf('","lastHost":"'),
  end: PREFIXES.map((prefix) => bytesOf(`","hosts":${hostsOf(prefix)},"expanded":"`)),
  names: { beforeReverse: bytesOf('","reversePointer":"'), end: bytesOf('.in-addr.arpa"}\n') },
};

/** `subnetLine`'s shape. */
const TEXT_LAYOUT: Layout = {
  head: bytesOf(''),
  afterAddress: PREFIXES.map((prefix) => bytesOf(`/${prefix}: network `)),
  beforeBroadcast: bytesOf(', broadcast '),
  afterBroadcast: bytesOf(', hosts '),
  noBroadcast: bytesOf(', hosts '),
  beforeLast: bytesOf('-'),
  end: PREFIXES.map((prefix) => bytesOf(` (${hostsOf(prefix)})\n`)),
};

function write(
  out: ByteOutput,
  layout: Layout,
  bytes: Uint8Array,
  address: Span,
  value: number,
  facts: Facts,
) {
  out.put(layout.head);
  out.copy(bytes, address[0], address[1]);
  out.put(layout.afterAddress[facts.prefix]!);
  out.dotted(facts.network);
  if (facts.broadcast === -1) out.put(layout.noBroadcast);
  else {
    out.put(layout.beforeBroadcast);
    out.dotted(facts.broadcast);
    out.put(layout.afterBroadcast);
  }
  out.dotted(facts.firstHost);
  out.put(layout.beforeLast);
  out.dotted(facts.lastHost);
  out.put(layout.end[facts.prefix]!);
  if (layout.names === undefined) return;
  out.copy(bytes, address[0], address[1]);
  out.put(layout.names.beforeReverse);
  out.dotted(reversedOctets(value));
  out.put(layout.names.end);
}

/**
 * The fast path of `subnet --stdin` for IPv4: "ADDR/PREFIX" or "ADDR MASK" with a canonical
 * address and a valid mask, computed in 32-bit numbers and written the way `subnetJson` and
 * `subnetLine` write the careful answer. Every other line, errors included, goes careful.
 */
export function fastSubnet(json: boolean): FastLine {
  const fields = new HostFields();
  const facts: Facts = { prefix: 0, network: 0, broadcast: 0, firstHost: 0, lastHost: 0 };
  const address: Span = [0, 0];
  const layout = json ? JSON_LAYOUT : TEXT_LAYOUT;
  return (bytes, start, end, out) => {
    if (!fields.split(bytes, start, end) || fields.count === 0 || fields.count > 2) return false;
    const { starts, ends, count } = fields;
    const slash = slashIn(bytes, starts[0]!, ends[0]!);
    if ((slash === -1) !== (count === 2)) return false;
    address[0] = starts[0]!;
    address[1] = slash === -1 ? ends[0]! : slash;
    const value = readDottedQuad(bytes, address[0], address[1]);
    const prefix =
      slash === -1
        ? readMaskField(bytes, starts[1]!, ends[1]!)
        : readPrefix(bytes, slash + 1, ends[0]!);
    if (value === -1 || prefix === -1) return false;
    factsOf(value, prefix, facts);
    write(out, layout, bytes, address, value, facts);
    return true;
  };
}
