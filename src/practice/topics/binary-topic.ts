import { formatBinary } from '../../calc/format-binary.js';
import type { Drill } from '../drill.js';
import type { Topic } from '../topic.js';

/** The octets a mask can have: easy questions use only these. */
const MASK_OCTETS = [0, 128, 192, 224, 240, 248, 252, 254, 255];

/** `binary`: an octet from decimal to binary and back; the explanation adds the place values. */
export const binaryTopic: Topic = {
  id: 'binary',
  make: (rng, level): Drill => {
    const octet = level === 'easy' ? rng.pick(MASK_OCTETS) : rng.int(0, 255);
    const binary = (formatBinary(BigInt(octet), 4)[0] ?? '').slice(-8);
    const terms = [...binary]
      .map((digit, index) => (digit === '1' ? String(2 ** (7 - index)) : ''))
      .filter((term) => term !== '');
    const params = { decimal: octet, binary, sum: terms.length === 0 ? '0' : terms.join(' + ') };
    const ask = rng.int(0, 1) === 0 ? 'to-binary' : 'to-decimal';
    return {
      topic: 'binary',
      level,
      ask,
      given: ask === 'to-binary' ? { decimal: octet } : { binary },
      prompt: { key: `binary.${ask}.prompt`, params },
      answer:
        ask === 'to-binary'
          ? { kind: 'binary', value: octet }
          : { kind: 'number', value: BigInt(octet) },
      because: { key: 'binary.why', params },
    };
  },
};
