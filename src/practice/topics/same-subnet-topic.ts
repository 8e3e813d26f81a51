import { formatAddress } from '../../calc/format-address.js';
import { sameSubnet } from '../../calc/same-subnet.js';
import type { Drill } from '../drill.js';
import type { Topic } from '../topic.js';
import { hostText, ipv4Mask, maskText, PREFIX_RANGE, randomIpv4, showMask } from './_kit.js';

/**
 * `same-subnet`: two hosts with one mask ("same network?"), or each with its own mask (medium and
 * hard), where the question may be one-sided: "does A deliver to B directly?".
 */
export const sameSubnetTopic: Topic = {
  id: 'same-subnet',
  make: (rng, level): Drill => {
    const [low, high] = PREFIX_RANGE[level];
    const prefixA = rng.int(low, high);
    const twoMasks = level !== 'easy' && rng.int(0, 1) === 1;
    const prefixB = twoMasks ? Math.min(high, Math.max(low, prefixA + rng.int(-3, 3))) : prefixA;
    const a = randomIpv4(rng);
    const nearBits = 32 - Math.max(0, Math.min(prefixA, prefixB) - rng.int(0, 2));
    const keep = ((1n << 32n) - 1n) ^ ((1n << BigInt(nearBits)) - 1n);
    const b = {
      version: 4 as const,
      value: (a.value & keep) | BigInt(rng.int(0, 2 ** nearBits - 1)),
    };
    const maskA = ipv4Mask(prefixA);
    const maskB = ipv4Mask(prefixB);
    const shownA = showMask(rng, level, maskA);
    const shownB = twoMasks ? showMask(rng, level, maskB) : shownA;
    const result = sameSubnet({ address: a, mask: maskA }, { address: b, mask: maskB });
    const ask = twoMasks && rng.int(0, 1) === 1 ? 'a-reaches-b' : 'same-subnet';
    const params = {
      a: formatAddress(a),
      b: formatAddress(b),
      hostA: hostText(a, shownA),
      hostB: hostText(b, shownB),
      maskA: formatAddress({ version: 4, value: maskA.value }),
      maskB: formatAddress({ version: 4, value: maskB.value }),
      netA: formatAddress(result.a.network),
      netB: formatAddress(result.b.network),
      peerA: formatAddress(result.a.peerNetwork),
      shownMask: maskText(shownA),
    };
    const value = ask === 'same-subnet' ? result.sameSubnet : result.aSeesB;
    const verdict = value ? 'yes' : 'no';
    return {
      topic: 'same-subnet',
      level,
      ask,
      given: twoMasks
        ? { a: params.a, b: params.b, maskA: maskText(shownA), maskB: maskText(shownB) }
        : { a: params.a, b: params.b, mask: maskText(shownA) },
      prompt: { key: `same-subnet.${ask}${twoMasks ? '.two' : ''}.prompt`, params },
      answer: { kind: 'yes-no', value },
      because: { key: `same-subnet.${ask}${twoMasks ? '.two' : ''}.why.${verdict}`, params },
    };
  },
};
