import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { events, labOwners, labsBeforeEachTest } from './_lab-helpers.js';

type Frame = {
  on: string;
  frame: {
    kind: string;
    line: string;
    arp?: { op: string };
    destination: string;
    ip?: { ttl: number };
    icmp?: { type: number };
    tcp?: { flags: string[] };
  };
};

const framesOf = (stdout: string): Frame[] =>
  events(stdout).filter((event) => event.event === 'frame') as unknown as Frame[];
const outputs = (stdout: string): string[] =>
  events(stdout)
    .filter((event) => event.event === 'command')
    .map((event) => String(event.output));

const labsBefore = labsBeforeEachTest();

describe('netlab lab experiments in real namespaces', { timeout: 60_000 }, () => {
  test('arp captures the broadcast request and the unicast reply, fills ip neigh and bridge fdb, and leaves no lab', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'netlab-lab-'));
    const result = await runCli(['lab', 'arp', '--json', '--pcap', 'arp.pcap'], { cwd: folder });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const arp = framesOf(result.stdout).filter((entry) => entry.frame.kind === 'arp');
    expect(arp.map((entry) => [entry.frame.arp?.op, entry.frame.destination])).toEqual([
      ['request', 'ff:ff:ff:ff:ff:ff'],
      ['reply', '02:00:00:00:00:0a'],
    ]);
    const [, , , neighA, , fdb] = outputs(result.stdout);
    expect(neighA).toContain('192.168.1.20 lladdr 02:00:00:00:00:14');
    expect(fdb).toContain('02:00:00:00:00:0a dev A-eth0 master s1');
    expect(fdb).toContain('02:00:00:00:00:14 dev B-eth0 master s1');
    const pcap = await readFile(join(folder, 'arp.pcap'));
    expect(pcap.readUInt32LE(0)).toBe(0xa1b2c3d4);
    expect(await labOwners()).toEqual(labsBefore());
  });

  test('gateway shows TTL 64 on LAN 1 and 63 on LAN 2, and time exceeded at TTL 1', async () => {
    const result = await runCli(['lab', 'gateway', '--json']);
    expect(result.code).toBe(0);
    const requests = framesOf(result.stdout).filter((entry) => entry.frame.icmp?.type === 8);
    expect(requests.slice(0, 2).map((entry) => [entry.on, entry.frame.ip?.ttl])).toEqual([
      ['s1', 64],
      ['s2', 63],
    ]);
    expect(framesOf(result.stdout).some((entry) => entry.frame.icmp?.type === 11)).toBe(true);
    const checks = events(result.stdout).filter((event) => event.event === 'compare');
    expect(checks.every((check) => check.same === true)).toBe(true);
    expect(await labOwners()).toEqual(labsBefore());
  });

  test('tcp captures SYN, SYN-ACK, ACK between A and B and a FIN from each side', async () => {
    const result = await runCli(['lab', 'tcp', '--json']);
    expect(result.code).toBe(0);
    const flags = framesOf(result.stdout).flatMap((entry) =>
      entry.frame.tcp === undefined ? [] : [entry.frame.tcp.flags.join(',')],
    );
    expect(flags.slice(0, 3)).toEqual(['SYN', 'SYN,ACK', 'ACK']);
    expect(flags.filter((flag) => flag.includes('FIN'))).toHaveLength(2);
  });

  test('bind: B answers RST for a server on 127.0.0.1 and SYN-ACK on 0.0.0.0', async () => {
    const result = await runCli(['lab', 'bind', '--json']);
    expect(result.code).toBe(0);
    const checks = events(result.stdout).filter((event) => event.event === 'compare');
    expect(checks.map((check) => check.kernel)).toEqual(['RST,ACK', 'false', 'SYN,ACK', 'true']);
  });
});
