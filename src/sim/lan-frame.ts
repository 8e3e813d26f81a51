import type { IpAddress } from '../calc/address.js';
import type { MacAddress } from '../calc/mac-address.js';

/** The body of an ARP packet (RFC 826) for IPv4 over Ethernet. */
export interface ArpPacket {
  readonly operation: 'request' | 'reply';
  readonly senderMac: MacAddress;
  readonly senderIp: IpAddress;
  /** All zeros in a request: that is what the sender wants to learn. */
  readonly targetMac: MacAddress;
  readonly targetIp: IpAddress;
}

/** An Ethernet frame on the simulated LAN: an ARP packet (EtherType 0x0806) or an IPv4 packet (0x0800). */
export type LanFrame =
  | {
      readonly type: 'arp';
      readonly source: MacAddress;
      readonly destination: MacAddress;
      readonly arp: ArpPacket;
    }
  | {
      readonly type: 'ipv4';
      readonly source: MacAddress;
      readonly destination: MacAddress;
      readonly packet: { readonly source: IpAddress; readonly destination: IpAddress };
    };
