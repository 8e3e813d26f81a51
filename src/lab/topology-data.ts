import { formatAddress } from '../calc/format-address.js';
import { formatMac } from '../calc/mac-address.js';
import type { Topology } from './topology.js';

/** A topology written back in the file format `checkTopology` reads (YAML's JSON subset). */
export function topologyData(topology: Topology): Record<string, unknown> {
  return {
    name: topology.name,
    description: topology.description,
    switches: topology.switches.map((name) => ({ name })),
    hosts: topology.hosts.map((host) => ({
      name: host.name,
      ...(host.gateway === null ? {} : { gateway: formatAddress(host.gateway) }),
      ...(host.forward ? { forward: true } : {}),
      interfaces: host.interfaces.map((face) => ({
        switch: face.switch,
        address: `${formatAddress(face.address)}/${face.mask.prefix}`,
        mac: formatMac(face.mac),
      })),
    })),
  };
}
