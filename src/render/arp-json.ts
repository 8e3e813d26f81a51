import type { IpAddress } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import { formatMac, type MacAddress } from '../calc/mac-address.js';
import type { ArpStep } from '../sim/arp-step.js';
import type { LanState } from '../sim/lan.js';
import type { LanFrame } from '../sim/lan-frame.js';
import type { ArpRun } from '../sim/simulate-arp.js';

const ip = (address: IpAddress): string => formatAddress(address);
const mac = (address: MacAddress): string => formatMac(address);

function stateJson(state: LanState): unknown {
  const caches: Record<string, unknown> = {};
  for (const [host, entries] of Object.entries(state.caches)) {
    caches[host] = entries.map((entry) => ({ ip: ip(entry.ip), mac: mac(entry.mac) }));
  }
  const macTable = [...state.macTable]
    .sort((a, b) => a.port - b.port)
    .map((entry) => ({ port: entry.port, mac: mac(entry.mac) }));
  return { arpCaches: caches, macTable };
}

function frameJson(frame: LanFrame): unknown {
  const ethernet = { source: mac(frame.source), destination: mac(frame.destination) };
  if (frame.type === 'ipv4') {
    return {
      ...ethernet,
      etherType: '0x0800',
      ipv4: { source: ip(frame.packet.source), destination: ip(frame.packet.destination) },
    };
  }
  const { arp } = frame;
  return {
    ...ethernet,
    etherType: '0x0806',
    arp: {
      operation: arp.operation,
      senderMac: mac(arp.senderMac),
      senderIp: ip(arp.senderIp),
      targetMac: mac(arp.targetMac),
      targetIp: ip(arp.targetIp),
    },
  };
}

function stepBody(step: ArpStep): Record<string, unknown> {
  switch (step.kind) {
    case 'route':
      return {
        sender: step.sender,
        destination: ip(step.destination),
        mask: ip(step.check.mask),
        senderNetwork: ip(step.check.sender.network),
        destinationNetwork: ip(step.check.destination.network),
        sameNetwork: step.check.same,
        via: step.via,
        nextHop: ip(step.nextHop),
      };
    case 'lookup':
      return {
        sender: step.sender,
        nextHop: ip(step.nextHop),
        hit: step.mac !== null,
        mac: step.mac && mac(step.mac),
      };
    case 'frame':
      return {
        sender: step.sender,
        frame: frameJson(step.frame),
        ingressPort: step.ingress,
        switch: step.switch,
        receptions: step.receptions,
      };
    case 'no-reply':
      return { sender: step.sender, nextHop: ip(step.nextHop) };
  }
}

/** The JSON form of an ARP run (addresses as text), what `netlab arp --json` prints. */
export function arpRunJson(run: ArpRun): unknown {
  return {
    lan: {
      mask: ip(run.lan.mask),
      prefix: run.lan.mask.prefix,
      gateway: ip(run.lan.gateway),
      hosts: run.lan.hosts.map((host) => ({
        id: host.id,
        role: host.role,
        ip: ip(host.ip),
        mac: mac(host.mac),
        port: host.port,
      })),
    },
    sends: run.sends.map((send) => ({ from: ip(send.from), to: ip(send.to) })),
    steps: run.steps.map((step) => ({
      kind: step.kind,
      send: step.send,
      ...stepBody(step),
      state: stateJson(step.state),
    })),
  };
}
