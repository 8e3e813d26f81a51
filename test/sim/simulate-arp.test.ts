import { describe, expect, test } from 'vitest';
import { parseAddress } from '../../src/calc/parse-address.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { arpScenario } from '../../src/sim/arp-scenario.js';
import type { ArpStep, FrameStep } from '../../src/sim/arp-step.js';
import { defaultLan } from '../../src/sim/default-lan.js';
import { hostReceive } from '../../src/sim/host-receive.js';
import { simulateArp } from '../../src/sim/simulate-arp.js';

const ip = (text: string) => parseAddress(text);
const lan = defaultLan();
const macOf = (id: string) => lan.hosts.find((host) => host.id === id)?.mac;
const frames = (steps: readonly ArpStep[]) =>
  steps.filter((step): step is FrameStep => step.kind === 'frame');
const run = simulateArp(lan, arpScenario(lan));
const send = (index: number) => run.steps.filter((step) => step.send === index);

describe('simulateArp, A sends to B twice, then to 8.8.8.8', () => {
  test('the default scenario is A to B twice, then A to 8.8.8.8', () => {
    expect(run.sends).toEqual([
      { from: ip('192.168.1.10'), to: ip('192.168.1.20') },
      { from: ip('192.168.1.10'), to: ip('192.168.1.20') },
      { from: ip('192.168.1.10'), to: ip('8.8.8.8') },
    ]);
  });

  test('the first send checks the subnet, misses the cache, ARPs, then sends', () => {
    const kinds = send(1).map((step) =>
      step.kind === 'frame' ? `${step.kind}:${step.frame.type}` : step.kind,
    );
    expect(kinds).toEqual(['route', 'lookup', 'frame:arp', 'frame:arp', 'frame:ipv4']);
    const route = send(1)[0];
    expect(
      route?.kind === 'route' && [route.via, route.check.same, route.check.sender.network],
    ).toEqual(['direct', true, ip('192.168.1.0')]);
  });

  test('the ARP request is a broadcast that every other port gets, and the switch learns A', () => {
    const [request] = frames(send(1));
    expect(request?.frame.destination).toEqual({ value: 0xffffffffffffn });
    expect(request?.switch).toEqual({
      learning: 'new',
      action: 'flood',
      reason: 'broadcast',
      egress: [1, 3, 4],
    });
    expect(request?.state.macTable).toEqual([{ port: 2, mac: macOf('A') }]);
  });

  test('only B answers the request; the others ignore it', () => {
    const [request] = frames(send(1));
    expect(request?.receptions).toEqual([
      { host: 'R', reception: 'not-my-ip' },
      { host: 'B', reception: 'answers' },
      { host: 'C', reception: 'not-my-ip' },
    ]);
  });

  test('a host that already caches the sender refreshes the entry from a request for another host (RFC 826)', () => {
    const [request] = frames(send(3));
    expect(request?.receptions).toContainEqual({ host: 'B', reception: 'refreshes-sender' });
    expect(request?.receptions).toContainEqual({ host: 'C', reception: 'not-my-ip' });
  });

  test('B caches A from the request (RFC 826), C and R do not', () => {
    const [request] = frames(send(1));
    expect(request?.state.caches).toEqual({
      R: [],
      A: [],
      B: [{ ip: ip('192.168.1.10'), mac: macOf('A') }],
      C: [],
    });
  });

  test('the reply goes unicast to A only, the switch learns B, and A caches B', () => {
    const reply = frames(send(1))[1];
    expect(reply?.frame.destination).toEqual(macOf('A'));
    expect(reply?.switch).toEqual({
      learning: 'new',
      action: 'forward',
      reason: 'known',
      egress: [2],
    });
    expect(reply?.state.macTable).toEqual([
      { port: 2, mac: macOf('A') },
      { port: 3, mac: macOf('B') },
    ]);
    expect(reply?.state.caches.A).toEqual([{ ip: ip('192.168.1.20'), mac: macOf('B') }]);
  });

  test('the data frame goes to B’s MAC out of B’s port only, and B takes it', () => {
    const data = frames(send(1))[2];
    expect(data?.frame).toEqual({
      type: 'ipv4',
      source: macOf('A'),
      destination: macOf('B'),
      packet: { source: ip('192.168.1.10'), destination: ip('192.168.1.20') },
    });
    expect(data?.switch.egress).toEqual([3]);
    expect(data?.receptions).toEqual([{ host: 'B', reception: 'delivered' }]);
  });

  test('the second send finds B in the cache and sends no ARP at all', () => {
    const lookup = send(2).find((step) => step.kind === 'lookup');
    expect(lookup?.kind === 'lookup' && lookup.mac).toEqual(macOf('B'));
    expect(frames(send(2)).map((step) => step.frame.type)).toEqual(['ipv4']);
  });

  test('a destination in another subnet makes A ARP for the gateway and frame the packet to it', () => {
    const [route] = send(3);
    expect(route?.kind === 'route' && [route.via, route.nextHop]).toEqual([
      'gateway',
      ip('192.168.1.1'),
    ]);
    const [request, reply, data] = frames(send(3));
    expect(request?.frame.type === 'arp' && request.frame.arp.targetIp).toEqual(ip('192.168.1.1'));
    expect(reply?.sender).toBe('R');
    expect(data?.frame.destination).toEqual(macOf('R'));
    expect(data?.frame.type === 'ipv4' && data.frame.packet.destination).toEqual(ip('8.8.8.8'));
    expect(data?.receptions).toEqual([{ host: 'R', reception: 'routes-on' }]);
  });
});

describe('simulateArp and link-local 169.254.0.0/16 (RFC 3927)', () => {
  const linkLocal = simulateArp(lan, [{ from: ip('192.168.1.10'), to: ip('169.254.1.1') }]).steps;

  test('a link-local destination is ARPed for directly, never handed to the gateway', () => {
    const [route] = linkLocal;
    expect(route?.kind === 'route' && [route.via, route.nextHop, route.check.same]).toEqual([
      'link-local',
      ip('169.254.1.1'),
      false,
    ]);
    const [request] = frames(linkLocal);
    expect(request?.frame.type === 'arp' && request.frame.arp.targetIp).toEqual(ip('169.254.1.1'));
    expect(linkLocal.map((step) => step.kind)).toEqual(['route', 'lookup', 'frame', 'no-reply']);
  });

  test('no frame carries the link-local packet to the router', () => {
    const toRouter = frames(linkLocal).filter(
      (step) => step.frame.destination.value === macOf('R')?.value,
    );
    expect(toRouter).toEqual([]);
  });

  test('the router itself also ARPs for a link-local address on the LAN', () => {
    const [route] = simulateArp(lan, [{ from: ip('192.168.1.1'), to: ip('169.254.9.9') }]).steps;
    expect(route?.kind === 'route' && route.via).toBe('link-local');
  });
});

describe('simulateArp, other cases', () => {
  test('an address in the subnet that nobody has ends with no reply and no data frame', () => {
    const steps = simulateArp(lan, [{ from: ip('192.168.1.10'), to: ip('192.168.1.99') }]).steps;
    expect(steps.map((step) => step.kind)).toEqual(['route', 'lookup', 'frame', 'no-reply']);
  });

  test('a mask of /28 puts .20 in another subnet, so .10 reaches it through the gateway', () => {
    const narrow = defaultLan(parseMask('255.255.255.240'));
    const [route] = simulateArp(narrow, [
      { from: ip('192.168.1.10'), to: ip('192.168.1.20') },
    ]).steps;
    expect(route?.kind === 'route' && [route.via, route.check.destination.network]).toEqual([
      'gateway',
      ip('192.168.1.16'),
    ]);
  });

  test('the router can send to a host on the LAN', () => {
    const steps = simulateArp(lan, arpScenario(lan, { from: ip('192.168.1.1') })).steps;
    expect(frames(steps).at(-1)?.receptions).toEqual([{ host: 'A', reception: 'delivered' }]);
  });

  const refusals: [string, string, string, string?][] = [
    [
      '10.0.0.5',
      '192.168.1.20',
      'no machine on the simulated LAN has 10.0.0.5; choose one of 192.168.1.1 (R), 192.168.1.10 (A), 192.168.1.20 (B), 192.168.1.30 (C)',
    ],
    [
      '192.168.1.10',
      '192.168.1.10',
      'that is the sender itself; a machine talks to itself without the switch',
    ],
    ['192.168.1.10', '127.0.0.1', 'a 127.0.0.0/8 address is loopback, it never leaves the machine'],
    [
      '192.168.1.10',
      '224.0.0.251',
      'a 224.0.0.0/4 multicast address maps to a 01:00:5e MAC directly, with no ARP',
    ],
    [
      '192.168.1.10',
      '255.255.255.255',
      '255.255.255.255 goes straight to ff:ff:ff:ff:ff:ff, with no ARP',
    ],
    [
      '192.168.1.10',
      '192.168.1.255',
      'it is the broadcast address of 192.168.1.0/24: it goes to ff:ff:ff:ff:ff:ff with no ARP',
    ],
    [
      '192.168.1.10',
      '192.168.1.0',
      'it is the address of the network 192.168.1.0/24 itself, not of a host',
    ],
    ['192.168.1.10', '0.0.0.0', '0.0.0.0/8 means "this network" and is never a destination'],
    [
      '192.168.1.1',
      '8.8.8.8',
      'the router sends it out of its other interface, which this LAN simulation does not draw; choose --from one of the hosts',
    ],
    [
      '192.168.1.20',
      '8.8.8.8',
      "with mask 255.255.255.240 the gateway 192.168.1.1 is outside the sender's network 192.168.1.16/28, so it has no route; use a shorter mask such as 255.255.255.0",
      '255.255.255.240',
    ],
  ];

  test.for(refusals)('simulateArp() refuses %s -> %s', ([from, to, why, mask]) => {
    const chosen = defaultLan(mask === undefined ? undefined : parseMask(mask));
    expect(() => simulateArp(chosen, [{ from: ip(from), to: ip(to) }])).toThrowError(
      `cannot simulate sending from ${from} to ${to}: ${why}`,
    );
  });

  test('simulateArp() refuses IPv6 with the reason', () => {
    expect(() =>
      simulateArp(lan, [{ from: ip('192.168.1.10'), to: ip('2001:db8::1') }]),
    ).toThrowError(
      'cannot simulate sending from 192.168.1.10 to 2001:db8::1: ARP resolves IPv4 addresses only; IPv6 finds neighbours with NDP (RFC 4861)',
    );
  });
});

describe('hostReceive, the router and link-local packets', () => {
  test('the router drops an IPv4 packet for 169.254/16 instead of routing it (RFC 3927 §7)', () => {
    const router = lan.hosts.find((host) => host.role === 'gateway');
    if (router === undefined) throw new Error('the default LAN has a router');
    const packet = (to: string) =>
      hostReceive(
        router,
        {
          type: 'ipv4',
          source: macOf('A') ?? router.mac,
          destination: router.mac,
          packet: { source: ip('192.168.1.10'), destination: ip(to) },
        },
        [],
      ).reception;
    expect(packet('169.254.1.1')).toBe('drops-packet');
    expect(packet('8.8.8.8')).toBe('routes-on');
  });
});
