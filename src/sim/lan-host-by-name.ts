import type { IpAddress } from '../calc/address.js';
import type { Lan } from './lan.js';

/**
 * The address of the LAN host a student names by its letter, as the diagrams and `--help` do
 * ("A", "b", "R" for the router), or undefined when `name` names no host.
 * @example hostAddressByName(defaultLan(), 'B') // 192.168.1.20
 */
export function hostAddressByName(lan: Lan, name: string): IpAddress | undefined {
  return lan.hosts.find((host) => host.id.toLowerCase() === name.toLowerCase())?.ip;
}
