import { decodeMac } from '../../calc/decode-mac.js';
import type { Drill, Level } from '../drill.js';
import type { Prng } from '../prng.js';
import type { Topic } from '../topic.js';
import { choiceAnswer } from './_kit.js';

/** First octets an easy question uses: the textbook cases. */
const EASY_FIRST = [0x00, 0x01, 0x02, 0x03, 0xff];

function drawMac(rng: Prng, level: Level): bigint {
  const first = level === 'easy' ? rng.pick(EASY_FIRST) : rng.int(0, 255);
  if (level === 'hard' && rng.int(0, 4) === 0) return 0xffffffffffffn;
  return (
    (BigInt(first) << 40n) | (BigInt(rng.int(0, 0xffffff)) << 16n) | BigInt(rng.int(0, 0xffff))
  );
}

/** `mac`: unicast, multicast or broadcast (the I/G bit), universal or local (the U/L bit). */
export const macTopic: Topic = {
  id: 'mac',
  make: (rng, level): Drill => {
    const report = decodeMac({ value: drawMac(rng, level) });
    const ask = rng.int(0, 1) === 0 ? 'cast' : 'administration';
    const params = {
      mac: report.canonical,
      firstOctet: report.canonical.slice(0, 2),
      firstOctetBinary: report.firstOctetBinary,
      ig: report.igBit,
      ul: report.ulBit,
      cast: report.cast,
      administration: report.administration,
    };
    const answer =
      ask === 'cast'
        ? choiceAnswer(report.cast, ['unicast', 'multicast', 'broadcast'], 'mac.choice')
        : choiceAnswer(report.administration, ['universal', 'local'], 'mac.choice');
    return {
      topic: 'mac',
      level,
      ask,
      given: { mac: report.canonical },
      prompt: { key: `mac.${ask}.prompt`, params },
      answer,
      because: {
        key: `mac.${ask}.why.${ask === 'cast' ? report.cast : report.administration}`,
        params,
      },
    };
  },
};
