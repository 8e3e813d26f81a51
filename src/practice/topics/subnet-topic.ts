import { formatAddress } from '../../calc/format-address.js';
import { parseMask } from '../../calc/parse-mask.js';
import { subnetFacts } from '../../calc/subnet-facts.js';
import type { Drill } from '../drill.js';
import type { PracticeAnswer } from '../practice-answer.js';
import type { Topic } from '../topic.js';
import {
  bits,
  hostText,
  ipv4Mask,
  PREFIX_RANGE,
  randomIpv4,
  randomIpv6,
  showMask,
} from './_kit.js';

const ASKS_V4 = ['network', 'broadcast', 'first-host', 'last-host', 'hosts'] as const;
const ASKS_V6 = ['network', 'first-host'] as const;

/** `subnet`: network, broadcast, first/last host or host count of an address and prefix (IPv6 at hard). */
export const subnetTopic: Topic = {
  id: 'subnet',
  make: (rng, level): Drill => {
    const v6 = level === 'hard' && rng.int(0, 3) === 0;
    const address = v6 ? randomIpv6(rng) : randomIpv4(rng);
    const [low, high] = PREFIX_RANGE[level];
    const mask = v6
      ? parseMask(`/${rng.int(48, 120)}`, { version: 6 })
      : ipv4Mask(rng.int(low, high));
    const shown = showMask(rng, level, mask);
    const ask = rng.pick(v6 ? ASKS_V6 : ASKS_V4);
    const facts = subnetFacts({ address, mask });
    const at = (value: bigint) => formatAddress({ version: address.version, value });
    const answers: Record<(typeof ASKS_V4)[number], PracticeAnswer> = {
      network: { kind: 'address', value: facts.network, prefix: facts.mask.prefix },
      broadcast: { kind: 'address', value: facts.broadcast ?? facts.lastHost },
      'first-host': { kind: 'address', value: facts.firstHost },
      'last-host': { kind: 'address', value: facts.lastHost },
      hosts: { kind: 'number', value: facts.hosts },
    };
    const params = {
      host: hostText(address, shown),
      address: formatAddress(address),
      prefix: facts.mask.prefix,
      hostBits: facts.mask.hostBits,
      mask: at(facts.mask.mask),
      network: formatAddress(facts.network),
      broadcast: facts.broadcast === null ? '' : formatAddress(facts.broadcast),
      first: formatAddress(facts.firstHost),
      last: formatAddress(facts.lastHost),
      hosts: facts.hosts,
      addresses: facts.mask.addresses,
      addressBits: v6 ? '' : bits(address.value, facts.mask.prefix),
      maskBits: v6 ? '' : bits(facts.mask.mask, facts.mask.prefix),
      networkBits: v6 ? '' : bits(facts.network.value, facts.mask.prefix),
      broadcastBits: v6 ? '' : bits(facts.network.value | facts.mask.wildcard, facts.mask.prefix),
    };
    return {
      topic: 'subnet',
      level,
      ask,
      given: { address: formatAddress(address), ...shown },
      prompt: { key: `subnet.${ask}.prompt`, params },
      answer: answers[ask],
      because: { key: `subnet.${ask}.why${v6 ? '6' : ''}`, params },
    };
  },
};
