import { formatAddress } from '../../calc/format-address.js';
import { formatMac } from '../../calc/mac-address.js';
import { sameSubnet } from '../../calc/same-subnet.js';
import type { Drill } from '../drill.js';
import type { Topic } from '../topic.js';
import { ipv4Mask, PREFIX_RANGE, randomIpv4 } from './_kit.js';

const BROADCAST_MAC = 0xffffffffffffn;

function macBytes(value: bigint): Uint8Array {
  return Uint8Array.from({ length: 6 }, (_, index) =>
    Number((value >> BigInt(40 - 8 * index)) & 0xffn),
  );
}

/**
 * `arp`: which IP address host A asks for (the destination's own on its segment, the gateway's
 * otherwise, by `sameSubnet` from A's side), and the destination MAC of the request and of the reply.
 */
export const arpTopic: Topic = {
  id: 'arp',
  make: (rng, level): Drill => {
    const [low, high] = PREFIX_RANGE[level];
    const mask = ipv4Mask(rng.int(low, Math.min(high, 28)));
    const a = randomIpv4(rng);
    const network = a.value & mask.value;
    const size = 1n << BigInt(32 - mask.prefix);
    const gateway = { version: 4 as const, value: network + 1n };
    const host = { version: 4 as const, value: network + 2n + (a.value % (size - 3n)) };
    const local = rng.int(0, 1) === 0;
    const destination = local
      ? { version: 4 as const, value: network + 2n + BigInt(rng.int(0, Number(size - 4n))) }
      : randomIpv4(rng);
    const result = sameSubnet({ address: host, mask }, { address: destination, mask });
    const macA = (0x02n << 40n) | BigInt(rng.int(0, 0xffffffff));
    const ask = rng.pick(['target-ip', 'request-mac', 'reply-mac'] as const);
    const target = result.aSeesB ? destination : gateway;
    const params = {
      host: `${formatAddress(host)}/${mask.prefix}`,
      mac: formatMac({ value: macA }),
      gateway: formatAddress(gateway),
      destination: formatAddress(destination),
      network: formatAddress(result.a.network),
      peerNetwork: formatAddress(result.a.peerNetwork),
      target: formatAddress(target),
    };
    const answers = {
      'target-ip': { kind: 'address', value: target },
      'request-mac': { kind: 'bytes', value: macBytes(BROADCAST_MAC) },
      'reply-mac': { kind: 'bytes', value: macBytes(macA) },
    } as const;
    return {
      topic: 'arp',
      level,
      ask,
      given: {
        host: params.host,
        mac: params.mac,
        gateway: params.gateway,
        destination: params.destination,
      },
      prompt: { key: `arp.${ask}.prompt`, params },
      answer: answers[ask],
      because: {
        key: `arp.${ask}.why${ask === 'target-ip' ? (result.aSeesB ? '.local' : '.remote') : ''}`,
        params,
      },
    };
  },
};
