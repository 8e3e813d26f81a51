import { formatAddress } from '../calc/format-address.js';
import { readDottedQuad } from '../calc/read-dotted-quad.js';
import type { ByteOutput } from './byte-output.js';
import type { FastLine } from './fast-answerer.js';
import { HostFields, maskOfPrefix, readMaskField, readPrefix, slashIn } from './host-fields.js';

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

/** Constant pieces of the answers, built once; indexed by prefix length where they depend on it. */
const bytesOf = (text: string): Buffer => Buffer.from(text);
const PREFIXES = Array.from({ length: 33 }, (_, prefix) => prefix);
const dotted = (value: number): string => formatAddress({ version: 4, value: BigInt(value) });
const JSON_ADDRESS = bytesOf('{"address":"');
const JSON_MASK = PREFIXES.map((prefix) => {
  const mask = maskOfPrefix(prefix);
  return bytesOf(
    `","prefix":${prefix},"mask":"${dotted(mask)}","wildcard":"${dotted(~mask >>> 0)}","network":"`,
  );
});
const JSON_BROADCAST = bytesOf('","broadcast":"');
const JSON_NO_BROADCAST = bytesOf('","broadcast":null,"firstHost":"');
const JSON_FIRST = bytesOf('","firstHost":"');
const JSON_LAST = bytesOf('","lastHost":"');
const JSON_HOSTS = PREFIXES.map((prefix) => bytesOf(`","hosts":${hostsOf(prefix)}}\n`));
const TEXT_NETWORK = PREFIXES.map((prefix) => bytesOf(`/${prefix}: network `));
const TEXT_BROADCAST = bytesOf(', broadcast ');
const TEXT_HOSTS = bytesOf(', hosts ');
const DASH = bytesOf('-');
const TEXT_COUNT = PREFIXES.map((prefix) => bytesOf(` (${hostsOf(prefix)})\n`));

function writeJson(out: ByteOutput, bytes: Uint8Array, address: Span, facts: Facts): void {
  out.put(JSON_ADDRESS);
  out.copy(bytes, address[0], address[1]);
  out.put(JSON_MASK[facts.prefix]!);
  out.dotted(facts.network);
  if (facts.broadcast === -1) out.put(JSON_NO_BROADCAST);
  else {
    out.put(JSON_BROADCAST);
    out.dotted(facts.broadcast);
    out.put(JSON_FIRST);
  }
  out.dotted(facts.firstHost);
  out.put(JSON_LAST);
  out.dotted(facts.lastHost);
  out.put(JSON_HOSTS[facts.prefix]!);
}

function writeText(out: ByteOutput, bytes: Uint8Array, address: Span, facts: Facts): void {
  out.copy(bytes, address[0], address[1]);
  out.put(TEXT_NETWORK[facts.prefix]!);
  out.dotted(facts.network);
  if (facts.broadcast !== -1) {
    out.put(TEXT_BROADCAST);
    out.dotted(facts.broadcast);
  }
  out.put(TEXT_HOSTS);
  out.dotted(facts.firstHost);
  out.put(DASH);
  out.dotted(facts.lastHost);
  out.put(TEXT_COUNT[facts.prefix]!);
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
    if (json) writeJson(out, bytes, address, facts);
    else writeText(out, bytes, address, facts);
    return true;
  };
}
