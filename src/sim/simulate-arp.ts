import type { IpAddress } from '../calc/address.js';
import type { MacAddress } from '../calc/mac-address.js';
import { InternalError } from '../core/errors.js';
import { isIpv4LinkLocal } from './_ipv4-link-local.js';
import { subnetCheck } from './_subnet-check.js';
import type { ArpStep, FrameStep, RouteStep } from './arp-step.js';
import { type ArpSend, checkArpSend } from './check-arp-send.js';
import { hostReceive } from './host-receive.js';
import {
  type ArpEntry,
  BROADCAST_MAC,
  emptyLanState,
  type Lan,
  type LanHost,
  type LanState,
  UNKNOWN_MAC,
} from './lan.js';
import type { LanFrame } from './lan-frame.js';
import { switchFrame } from './switch-frame.js';

/** A whole run of the ARP simulation: the LAN, what was sent, and every step in order. */
export interface ArpRun {
  readonly lan: Lan;
  readonly sends: readonly ArpSend[];
  readonly steps: readonly ArpStep[];
}

/** Carries one frame from `sender` through the switch to the hosts it reaches. */
function transmit(
  lan: Lan,
  state: LanState,
  sender: LanHost,
  frame: LanFrame,
  send: number,
): FrameStep {
  const decision = switchFrame(state.macTable, frame, {
    ingress: sender.port,
    ports: lan.hosts.map((host) => host.port),
  });
  const caches: Record<string, readonly ArpEntry[]> = { ...state.caches };
  const receptions: { host: string; reception: FrameStep['receptions'][number]['reception'] }[] =
    [];
  for (const host of lan.hosts) {
    if (!decision.egress.includes(host.port)) continue;
    const receipt = hostReceive(host, frame, caches[host.id] ?? []);
    caches[host.id] = receipt.cache;
    receptions.push({ host: host.id, reception: receipt.reception });
  }
  const { table, ...handling } = decision;
  return {
    kind: 'frame',
    send,
    sender: sender.id,
    frame,
    ingress: sender.port,
    switch: handling,
    receptions,
    state: { caches, macTable: table },
  };
}

function hostById(lan: Lan, id: string): LanHost {
  const host = lan.hosts.find((candidate) => candidate.id === id);
  if (host === undefined) throw new InternalError('arp-no-host', { id });
  return host;
}

/** Resolves `nextHop` with an ARP request and reply; returns its MAC, or null when nobody answers. */
function resolve(
  lan: Lan,
  sender: LanHost,
  nextHop: IpAddress,
  context: { readonly send: number; readonly steps: ArpStep[]; state: LanState },
): MacAddress | null {
  const request = transmit(
    lan,
    context.state,
    sender,
    {
      type: 'arp',
      source: sender.mac,
      destination: BROADCAST_MAC,
      arp: {
        operation: 'request',
        senderMac: sender.mac,
        senderIp: sender.ip,
        targetMac: UNKNOWN_MAC,
        targetIp: nextHop,
      },
    },
    context.send,
  );
  context.steps.push(request);
  context.state = request.state;
  const answer = request.receptions.find((receipt) => receipt.reception === 'answers');
  if (answer === undefined) {
    context.steps.push({
      kind: 'no-reply',
      send: context.send,
      sender: sender.id,
      nextHop,
      state: context.state,
    });
    return null;
  }
  const owner = hostById(lan, answer.host);
  const reply = transmit(
    lan,
    context.state,
    owner,
    {
      type: 'arp',
      source: owner.mac,
      destination: sender.mac,
      arp: {
        operation: 'reply',
        senderMac: owner.mac,
        senderIp: owner.ip,
        targetMac: sender.mac,
        targetIp: sender.ip,
      },
    },
    context.send,
  );
  context.steps.push(reply);
  context.state = reply.state;
  return owner.mac;
}

/** How the sender reaches the destination: its own network, link-local (always on the link), or the gateway. */
function routeOf(sameNetwork: boolean, to: IpAddress): RouteStep['via'] {
  if (sameNetwork) return 'direct';
  return isIpv4LinkLocal(to) ? 'link-local' : 'gateway';
}

/** Plays one send: the AND test, the cache lookup, ARP when needed, then the data frame. */
function playSend(
  lan: Lan,
  state: LanState,
  send: ArpSend,
  index: number,
): { state: LanState; steps: ArpStep[] } {
  const sender = checkArpSend(lan, send);
  const check = subnetCheck(sender.ip, send.to, lan.mask);
  const via = routeOf(check.same, send.to);
  const nextHop = via === 'gateway' ? lan.gateway : send.to;
  const context = { send: index, steps: [] as ArpStep[], state };
  context.steps.push({
    kind: 'route',
    send: index,
    sender: sender.id,
    destination: send.to,
    check,
    nextHop,
    via,
    state,
  });
  const cached = state.caches[sender.id]?.find((entry) => entry.ip.value === nextHop.value);
  context.steps.push({
    kind: 'lookup',
    send: index,
    sender: sender.id,
    nextHop,
    mac: cached?.mac ?? null,
    state,
  });
  const mac = cached?.mac ?? resolve(lan, sender, nextHop, context);
  if (mac !== null) {
    const data = transmit(
      lan,
      context.state,
      sender,
      {
        type: 'ipv4',
        source: sender.mac,
        destination: mac,
        packet: { source: sender.ip, destination: send.to },
      },
      index,
    );
    context.steps.push(data);
    context.state = data.state;
  }
  return { state: context.state, steps: context.steps };
}

/**
 * Runs the ARP simulation: each send in turn on `lan`, starting from empty ARP caches and an
 * empty switch table, carrying the state from one send to the next. Pure: same input, same steps.
 * Throws InputError for a send that cannot happen on this LAN (see `checkArpSend`).
 */
export function simulateArp(lan: Lan, sends: readonly ArpSend[]): ArpRun {
  let state = emptyLanState(lan);
  const steps: ArpStep[] = [];
  for (const [index, send] of sends.entries()) {
    const played = playSend(lan, state, send, index + 1);
    state = played.state;
    steps.push(...played.steps);
  }
  return { lan, sends, steps };
}
