import type { IpAddress } from '../calc/address.js';
import type { Mask } from '../calc/parse-mask.js';
import type { Lan, LanHost } from './lan.js';

const NETWORK = 0xc0a80100n; // 192.168.1.0

/** The address outside the LAN the default lesson sends to (a well-known public DNS server). */
export const OUTSIDE_ADDRESS: IpAddress = { version: 4, value: 0x08080808n };

/** The mask the default LAN uses when none is given: 255.255.255.0 (/24). */
export const DEFAULT_MASK: Mask = { version: 4, prefix: 24, value: 0xffffff00n };

function host(id: string, role: LanHost['role'], last: number, port: number): LanHost {
  return {
    id,
    role,
    ip: { version: 4, value: NETWORK + BigInt(last) },
    // Locally administered unicast (02:...), last byte equal to the IP's, so the pairs are easy to read.
    mac: { value: 0x020000000000n + BigInt(last) },
    port,
  };
}

/**
 * The LAN the ARP lesson runs on: router R 192.168.1.1 on port 1, hosts A .10, B .20 and C .30 on
 * ports 2-4, every host with `mask` (255.255.255.0 unless given) and R as its gateway.
 */
export function defaultLan(mask: Mask = DEFAULT_MASK): Lan {
  return {
    mask,
    gateway: { version: 4, value: NETWORK + 1n },
    hosts: [
      host('R', 'gateway', 1, 1),
      host('A', 'host', 10, 2),
      host('B', 'host', 20, 3),
      host('C', 'host', 30, 4),
    ],
  };
}
