import { networkInterfaces } from 'node:os';

/** One address of one network interface of this machine. */
export interface InterfaceAddress {
  /** The interface's name, such as "lo" or "eth0". */
  readonly name: string;
  readonly address: string;
  readonly family: 'IPv4' | 'IPv6';
  /** Loopback: reachable from this machine only. */
  readonly internal: boolean;
}

/** Every address of every interface of this machine, loopback first, then by interface name. */
export function interfaceAddresses(): InterfaceAddress[] {
  const list: InterfaceAddress[] = [];
  for (const [name, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      list.push({ name, address: entry.address, family: entry.family, internal: entry.internal });
    }
  }
  return list.sort(
    (a, b) =>
      Number(b.internal) - Number(a.internal) ||
      a.name.localeCompare(b.name) ||
      a.family.localeCompare(b.family),
  );
}
