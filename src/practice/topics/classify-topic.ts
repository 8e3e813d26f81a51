import { classify } from '../../calc/classify.js';
import { formatAddress } from '../../calc/format-address.js';
import { parseHostSpec } from '../../calc/parse-host-spec.js';
import { SPECIAL_BLOCKS } from '../../calc/special-registry.js';
import type { Drill } from '../drill.js';
import type { Topic } from '../topic.js';
import { choiceAnswer, randomIpv4, randomIpv6 } from './_kit.js';

const CLASSES = ['private', 'special-purpose', 'global'] as const;

/** The blocks an easy question draws from: the ones every course names. */
const EASY_BLOCKS = new Set(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8']);

function inside(cidr: string, draw: bigint): { version: 4 | 6; value: bigint } {
  const { address, mask } = parseHostSpec(cidr);
  const bits = address.version === 4 ? 32 : 128;
  const hostMask = (1n << BigInt(bits - mask.prefix)) - 1n;
  return { version: address.version, value: (address.value & mask.value) | (draw & hostMask) };
}

/** `classify`: private, special-purpose or global, as `classify` and the IANA registry say (IPv6 at hard). */
export const classifyTopic: Topic = {
  id: 'classify',
  make: (rng, level): Drill => {
    const v6 = level === 'hard' && rng.int(0, 2) === 0;
    const blocks = SPECIAL_BLOCKS.filter(
      (block) =>
        block.version === (v6 ? 6 : 4) && (level !== 'easy' || EASY_BLOCKS.has(block.cidr)),
    );
    const random = v6 ? randomIpv6(rng) : randomIpv4(rng);
    const address =
      rng.int(0, 2) === 0
        ? v6
          ? { version: 6 as const, value: (0x2n << 124n) | (random.value & ((1n << 124n) - 1n)) }
          : random
        : inside(rng.pick(blocks).cidr, random.value);
    const result = classify(address);
    const value = result.private
      ? 'private'
      : result.globallyReachable
        ? 'global'
        : 'special-purpose';
    const block = result.blocks[0];
    const params = {
      address: formatAddress(address),
      block: block?.cidr ?? '',
      name: block?.name ?? '',
      rfc: block?.rfc ?? '',
    };
    return {
      topic: 'classify',
      level,
      ask: 'class',
      given: { address: params.address },
      prompt: { key: 'classify.class.prompt', params },
      answer: choiceAnswer(value, CLASSES, 'classify.choice'),
      because: { key: `classify.class.why.${value}${block === undefined ? '.none' : ''}`, params },
    };
  },
};
