import { formatAddress } from '../../calc/format-address.js';
import type { MaskFacts } from '../../calc/mask-facts.js';
import { InternalError } from '../../core/errors.js';
import type { Drill, Level } from '../drill.js';
import { smallestSubnet } from '../smallest-prefix.js';
import type { Topic } from '../topic.js';
import { ipv4Mask, randomIpv4 } from './_kit.js';

/** One subnet of a VLSM plan. */
interface Allocation {
  readonly hosts: number;
  readonly facts: MaskFacts;
  readonly network: bigint;
}

/** The block's prefix and how many subnets each level splits it into. */
const SHAPES: Readonly<Record<Level, { prefixes: readonly number[]; subnets: [number, number] }>> =
  {
    easy: { prefixes: [24], subnets: [2, 3] },
    medium: { prefixes: [22, 23, 24], subnets: [3, 4] },
    hard: { prefixes: [16, 18, 20, 22], subnets: [4, 5] },
  };

/**
 * Largest first: each subnet gets the smallest prefix that holds its hosts (`smallestSubnet`,
 * from `maskFacts`) at the next free address, which is aligned because every later subnet is no
 * larger. Null when the subnets do not fit in the block.
 */
function planVlsm(block: bigint, prefix: number, hosts: readonly number[]): Allocation[] | null {
  const end = block + (1n << BigInt(32 - prefix));
  let next = block;
  const plan: Allocation[] = [];
  for (const count of [...hosts].sort((x, y) => y - x)) {
    const facts = smallestSubnet(BigInt(count));
    if (facts === null || next + facts.addresses > end) return null;
    plan.push({ hosts: count, facts, network: next });
    next += facts.addresses;
  }
  return plan;
}

/** Each size once, so "the subnet for N hosts" names one subnet. */
function distinct(hosts: readonly number[]): number[] {
  return [...new Set(hosts)];
}

/** At most this many draws for a plan that fits; halving the sizes makes it fit well before. */
const MAX_TRIES = 16;

/** `vlsm`: split a block for subnets of given sizes, largest first; asks one subnet's network or prefix. */
export const vlsmTopic: Topic = {
  id: 'vlsm',
  make: (rng, level): Drill => {
    const shape = SHAPES[level];
    const prefix = rng.pick(shape.prefixes);
    const block = randomIpv4(rng).value & ipv4Mask(prefix).value;
    const room = 2 ** (32 - prefix);
    let hosts = distinct(
      Array.from({ length: rng.int(...shape.subnets) }, () => rng.int(2, room / 4)),
    );
    let plan = planVlsm(block, prefix, hosts);
    for (let tries = 0; plan === null && tries < MAX_TRIES; tries += 1) {
      hosts = distinct(hosts.map((count) => Math.max(2, Math.floor(count / 2))));
      plan = planVlsm(block, prefix, hosts);
    }
    if (plan === null) throw new InternalError('vlsm-fit', { prefix });
    const index = rng.int(0, plan.length - 1);
    const chosen = plan[index] as Allocation;
    const ask = rng.int(0, 1) === 0 ? 'network' : 'prefix';
    const at = (value: bigint) => formatAddress({ version: 4, value });
    const params = {
      block: `${at(block)}/${prefix}`,
      sizes: hosts.join(', '),
      hosts: chosen.hosts,
      plan: plan.map((row) => `${row.hosts} → ${at(row.network)}/${row.facts.prefix}`).join('; '),
      network: at(chosen.network),
      prefix: chosen.facts.prefix,
    };
    return {
      topic: 'vlsm',
      level,
      ask,
      given: { block: params.block, hosts: params.sizes, subnet: chosen.hosts },
      prompt: { key: `vlsm.${ask}.prompt`, params },
      answer:
        ask === 'network'
          ? {
              kind: 'address',
              value: { version: 4, value: chosen.network },
              prefix: chosen.facts.prefix,
            }
          : { kind: 'mask', value: ipv4Mask(chosen.facts.prefix), form: 'prefix' },
      because: { key: 'vlsm.why', params },
    };
  },
};
