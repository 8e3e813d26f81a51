import { formatAddress } from '../../calc/format-address.js';
import { maskFacts } from '../../calc/mask-facts.js';
import { InternalError } from '../../core/errors.js';
import type { Drill, Level } from '../drill.js';
import { smallestSubnet } from '../smallest-prefix.js';
import type { Topic } from '../topic.js';
import { bits, ipv4Mask, PREFIX_RANGE } from './_kit.js';

const ASKS = ['prefix', 'dotted', 'wildcard', 'smallest-prefix'] as const;

/** Largest host count asked at each level for "smallest prefix that holds N hosts". */
const MAX_HOSTS: Readonly<Record<Level, number>> = { easy: 254, medium: 16_382, hard: 16_777_214 };

/** `mask`: dotted to prefix, prefix to dotted, the wildcard, and the smallest prefix for N hosts. */
export const maskTopic: Topic = {
  id: 'mask',
  make: (rng, level): Drill => {
    const ask = rng.pick(ASKS);
    if (ask === 'smallest-prefix') {
      const hosts = rng.int(2, MAX_HOSTS[level]);
      const facts = smallestSubnet(BigInt(hosts));
      if (facts === null) throw new InternalError('no-prefix', { hosts });
      const fewer = maskFacts(ipv4Mask(facts.prefix + 1)).usableHosts;
      const params = {
        hosts,
        prefix: facts.prefix,
        prefixPlus: facts.prefix + 1,
        hostBits: facts.hostBits,
        usable: facts.usableHosts,
        fewer,
      };
      return {
        topic: 'mask',
        level,
        ask,
        given: { hosts },
        prompt: { key: 'mask.smallest-prefix.prompt', params },
        answer: { kind: 'mask', value: ipv4Mask(facts.prefix), form: 'prefix' },
        because: { key: 'mask.smallest-prefix.why', params },
      };
    }
    const [low, high] = PREFIX_RANGE[level];
    const mask = ipv4Mask(rng.int(low, high));
    const facts = maskFacts(mask);
    const dotted = formatAddress({ version: 4, value: facts.mask });
    const givenDotted = ask === 'prefix' || (ask === 'wildcard' && rng.int(0, 1) === 1);
    const params = {
      prefix: facts.prefix,
      dotted,
      shown: givenDotted ? dotted : `/${facts.prefix}`,
      maskBits: bits(facts.mask),
      wildcard: formatAddress({ version: 4, value: facts.wildcard }),
      wildcardBits: bits(facts.wildcard),
      hostBits: facts.hostBits,
    };
    const form = ask === 'prefix' ? 'prefix' : ask === 'dotted' ? 'dotted' : 'wildcard';
    return {
      topic: 'mask',
      level,
      ask,
      given: givenDotted ? { mask: dotted } : { prefix: facts.prefix },
      prompt: { key: `mask.${ask}.prompt`, params },
      answer: { kind: 'mask', value: mask, form },
      because: { key: `mask.${ask}.why`, params },
    };
  },
};
