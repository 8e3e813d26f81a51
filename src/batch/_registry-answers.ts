import { bitsOf, type IpVersion } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import { IPV4_MULTICAST_SCOPES, MULTICAST_BLOCKS } from '../calc/multicast-scope.js';
import { parseAddress } from '../calc/parse-address.js';
import { SPECIAL_BLOCKS } from '../calc/special-registry.js';

/** The careful answer (with its newline) for one canonical address text, or null if it failed. */
export type CarefulAnswer = (address: string) => string | null;

/**
 * The answer for every address of one range: its parts with the address text written between
 * each two (once for most answers; twice when the answer repeats an address it carries).
 */
export type AnswerTemplate = readonly Buffer[];

interface Range {
  readonly start: bigint;
  readonly template: AnswerTemplate | null;
}

/** How many times a range whose samples disagree is cut in two before it is left careful. */
const MAX_SPLITS = 4;

/** The blocks where the careful answer may change: the registry's, multicast and its scopes. */
function answerBlocks(version: IpVersion): string[] {
  const registry = SPECIAL_BLOCKS.filter((block) => block.version === version);
  const scopes = version === 4 ? IPV4_MULTICAST_SCOPES : [];
  return [...registry, ...scopes].map((block) => block.cidr).concat(MULTICAST_BLOCKS[version]);
}

/** Where the answer may change: 0, and the first address of every block and after every block. */
function boundaries(version: IpVersion): bigint[] {
  const bits = BigInt(bitsOf(version));
  const starts = new Set<bigint>([0n]);
  for (const cidr of answerBlocks(version)) {
    const [base = '', prefix = ''] = cidr.split('/');
    const network = parseAddress(base).value;
    const after = network + (1n << (bits - BigInt(prefix)));
    starts.add(network);
    if (after < 1n << bits) starts.add(after);
  }
  return [...starts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The template every sample of [low, high] agrees on, or null. The careful answers are split at
 * each occurrence of the address text; samples near both ends and inside must give the same parts,
 * so a range whose answer depends on the address itself (an embedded IPv4, say) stays careful.
 */
function templateOf(
  version: IpVersion,
  low: bigint,
  high: bigint,
  careful: CarefulAnswer,
): AnswerTemplate | null {
  // Inside the range rather than on its ends: a block's first address is in its CIDR text too.
  const samples =
    high - low < 4n
      ? Array.from({ length: Number(high - low) + 1 }, (_, index) => low + BigInt(index))
      : [low + 1n, high - 1n, low + (high - low) / 2n, low + (high - low) / 3n];
  let agreed: readonly string[] | null = null;
  for (const value of samples) {
    const text = formatAddress({ version, value });
    const parts = careful(text)?.split(text) ?? [];
    if (parts.length < 2) return null;
    if (agreed === null) agreed = parts;
    else if (parts.length !== agreed.length || parts.some((part, i) => part !== agreed?.[i])) {
      return null;
    }
  }
  return agreed === null ? null : agreed.map((part) => Buffer.from(part));
}

/**
 * Cuts [low, high] into ranges with one answer each. Registry blocks give the first cuts; a
 * range whose samples disagree (a rule of the careful path that no block carries, such as IPv6's
 * 2000::/3) is cut at its most aligned address, where such a rule's boundary lies.
 */
function compileRange(
  version: IpVersion,
  low: bigint,
  high: bigint,
  careful: CarefulAnswer,
  splits: number,
): Range[] {
  const template = templateOf(version, low, high, careful);
  if (template !== null || splits === 0 || low === high) return [{ start: low, template }];
  const shift = BigInt((low ^ high).toString(2).length - 1);
  const middle = (high >> shift) << shift;
  return [
    ...compileRange(version, low, middle - 1n, careful, splits - 1),
    ...compileRange(version, middle, high, careful, splits - 1),
  ];
}

/**
 * The careful answers of one IP version compiled into a sorted table of ranges: looking an
 * address up is a binary search over a few dozen starts, not a scan of the registry. Built from
 * the registry table and the careful answer itself, so it holds no facts of its own.
 */
export class RegistryAnswers {
  /** Range starts as 32-bit words, most significant first: one a start for IPv4, four for IPv6. */
  readonly #starts: Uint32Array;
  readonly #templates: readonly (AnswerTemplate | null)[];
  readonly #words: number;

  constructor(version: IpVersion, careful: CarefulAnswer) {
    const starts = boundaries(version);
    const ranges = starts.flatMap((start, index) => {
      const high = (starts[index + 1] ?? 1n << BigInt(bitsOf(version))) - 1n;
      return compileRange(version, start, high, careful, MAX_SPLITS);
    });
    this.#words = version === 4 ? 1 : 4;
    this.#starts = new Uint32Array(ranges.length * this.#words);
    ranges.forEach((range, index) => {
      for (let word = 0; word < this.#words; word += 1) {
        const shift = BigInt(32 * (this.#words - 1 - word));
        this.#starts[index * this.#words + word] = Number((range.start >> shift) & 0xffffffffn);
      }
    });
    this.#templates = ranges.map((range) => range.template);
  }

  /** The template for an IPv4 address (an unsigned 32-bit number), or null: answer it carefully. */
  ipv4(value: number): AnswerTemplate | null {
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= value) low = middle;
      else high = middle - 1;
    }
    return this.#templates[low] ?? null;
  }

  /** The template for an IPv6 address given as four 32-bit words, or null. */
  ipv6(words: Uint32Array): AnswerTemplate | null {
    let low = 0;
    let high = this.#templates.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#compare(middle, words) <= 0) low = middle;
      else high = middle - 1;
    }
    return this.#templates[low] ?? null;
  }

  /** Compares range start `index` with the address `words`: negative, 0 or positive. */
  #compare(index: number, words: Uint32Array): number {
    for (let word = 0; word < 4; word += 1) {
      const difference = this.#starts[index * 4 + word]! - words[word]!;
      if (difference !== 0) return difference;
    }
    return 0;
  }
}
