import { formatAddress } from '../calc/format-address.js';
import { formatMac } from '../calc/mac-address.js';
import { parseHostSpec } from '../calc/parse-host-spec.js';
import { sameSubnet } from '../calc/same-subnet.js';
import { NetlabError } from '../core/errors.js';
import { defaultLan } from '../sim/default-lan.js';
import { simulateArp } from '../sim/simulate-arp.js';
import { describeArp, type FrameFacts } from './describe-frame.js';
import { EXPERIMENTS, type ExperimentId } from './experiment-ids.js';
import { type ExperimentIo, ExperimentLab, netlabArgv } from './experiment-kit.js';
import type { CapturedFrame } from './pcap-stream.js';
import { spawnInLab } from './run-in-lab.js';

export { EXPERIMENTS, type ExperimentId };

/** What an experiment hands back besides its events: the frames, for `--pcap`. */
export interface ExperimentResult {
  readonly frames: readonly CapturedFrame[];
}

const A = '192.168.1.10';
const B = '192.168.1.20';
const C = '192.168.2.30';
const PORT = '9000';

const arpOnly = (frames: readonly FrameFacts[]): FrameFacts[] =>
  frames.filter((frame) => frame.kind === 'arp');

/** The ARP frames the simulation (`netlab arp`) predicts for A sending to B, as capture lines. */
function predictedArp(): FrameFacts[] {
  const [from, to] = [parseHostSpec(`${A}/24`).address, parseHostSpec(`${B}/24`).address];
  return simulateArp(defaultLan(), [{ from, to }]).steps.flatMap((step) => {
    if (step.kind !== 'frame' || step.frame.type !== 'arp') return [];
    const { arp, source, destination } = step.frame;
    return [
      describeArp(formatMac(source), formatMac(destination), {
        op: arp.operation,
        senderMac: formatMac(arp.senderMac),
        senderIp: formatAddress(arp.senderIp),
        targetIp: formatAddress(arp.targetIp),
      }),
    ];
  });
}

async function arpExperiment(lab: ExperimentLab): Promise<void> {
  lab.step('arp.before');
  // dumpcap starts while the tables are read: nothing is sent until the ping.
  const capturing = lab.capture('s1');
  await lab.run('A', ['ip', 'neigh', 'show', 'dev', 'eth0']);
  await lab.run('switch', ['bridge', 'fdb', 'show', 'br', 's1', 'dynamic']);
  await capturing;
  await lab.run('A', ['ping', '-c', '1', '-W', '2', B]);
  const frames =
    (await lab.frames((_on, got) => got.filter((f) => f.kind === 'icmp').length >= 2)).get('s1') ??
    [];
  lab.step('arp.after');
  await lab.run('A', ['ip', 'neigh', 'show', 'dev', 'eth0']);
  await lab.run('B', ['ip', 'neigh', 'show', 'dev', 'eth0']);
  await lab.run('switch', ['bridge', 'fdb', 'show', 'br', 's1', 'dynamic']);
  lab.compare('arp.frames', { kernel: arpOnly(frames), simulation: arpOnly(predictedArp()) });
}

async function gatewayExperiment(lab: ExperimentLab): Promise<void> {
  lab.step('gateway.across');
  // One after the other: frames are reported in the order the captures started.
  await lab.capture('s1');
  await lab.capture('s2');
  await lab.run('A', ['ping', '-c', '1', '-W', '2', C]);
  const byLan = await lab.frames((_on, got) => got.filter((f) => f.kind === 'icmp').length >= 2);
  const request = (on: string): FrameFacts | undefined =>
    byLan.get(on)?.find((f) => f.kind === 'icmp' && f.icmp?.type === 8);
  const [before, after] = [request('s1'), request('s2')];
  lab.compare('gateway.ttl', {
    kernel: `${before?.ip?.ttl} -> ${after?.ip?.ttl}`,
    simulation: '64 -> 63',
  });
  lab.compare('gateway.ips', {
    kernel: `${before?.ip?.source}>${before?.ip?.destination} | ${after?.ip?.source}>${after?.ip?.destination}`,
    simulation: `${A}>${C} | ${A}>${C}`,
  });
  lab.compare('gateway.macs', {
    kernel: String(before?.source !== after?.source && before?.destination !== after?.destination),
    simulation: 'true',
  });
  lab.step('gateway.ttl-one');
  await lab.capture('s1');
  await lab.run('A', ['ping', '-c', '1', '-W', '2', '-t', '1', C]);
  const expired =
    (await lab.frames((_on, got) => got.some((f) => f.icmp?.type === 11))).get('s1') ?? [];
  lab.compare('gateway.ttl-one', {
    kernel: expired.some((f) => f.icmp?.type === 11) ? 'time to live exceeded' : 'nothing',
    simulation: 'time to live exceeded',
  });
  lab.step('gateway.wrong-mask');
  await lab.run('A', ['ip', 'addr', 'replace', `${A}/16`, 'dev', 'eth0']);
  await lab.run('A', ['ip', 'addr', 'del', `${A}/24`, 'dev', 'eth0']);
  const verdict = sameSubnet(parseHostSpec(`${A}/16`), parseHostSpec(`${C}/24`)).aSeesB;
  await lab.capture('s1');
  const ping = await lab.run('A', ['ping', '-c', '1', '-W', '2', C]);
  const wrong = (await lab.frames()).get('s1') ?? [];
  const askedForC = wrong.some((f) => f.arp?.op === 'request' && f.arp.targetIp === C);
  lab.compare('gateway.same-subnet', { kernel: String(verdict), simulation: 'true' });
  lab.compare('gateway.arp-for-c', {
    kernel: String(askedForC && ping.code !== 0),
    simulation: 'true',
  });
}

/** The two ends of a socket demo: the command for each and the server's readiness event. */
function demoArgs(
  id: ExperimentId,
  role: 'server' | 'client',
  host: string,
  port = PORT,
): string[] {
  const base = id === 'chat' ? ['chat'] : ['demo', id];
  return [...netlabArgv(), ...base, '--role', role, '--host', host, '--port', port, '--json'];
}

/** Starts a server on B and waits for its `listen` event (bounded by the step timeout). */
async function startServer(
  lab: ExperimentLab,
  id: ExperimentId,
  bindTo: string,
  port = PORT,
): Promise<() => void> {
  const child = spawnInLab(lab.lab, 'B', demoArgs(id, 'server', bindTo, port));
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes('"event":"listen"')) resolve();
    });
    child.once('exit', (code) =>
      reject(new NetlabError('lab-server', { id, status: String(code) })),
    );
  });
  lab.step('demo.listening', { demo: id, address: bindTo, port });
  return () => child.kill('SIGKILL');
}

async function demoExperiment(lab: ExperimentLab, id: ExperimentId): Promise<void> {
  lab.step('demo.start', { demo: id });
  // dumpcap and the server's Node start side by side; the server sends nothing until A dials.
  const [, stop] = await Promise.all([lab.capture('s1'), startServer(lab, id, B)]);
  const client =
    id === 'chat'
      ? [
          'sh',
          '-c',
          `printf 'hello from A\\n/quit\\n' | "$@"`,
          'chat',
          ...demoArgs(id, 'client', B),
        ]
      : demoArgs(id, 'client', B);
  await lab.run('A', client);
  const finished = (got: readonly FrameFacts[]): boolean =>
    id === 'udp' || id === 'chat'
      ? got.some((f) => f.kind === 'udp')
      : got.filter((f) => f.tcp?.flags.includes('FIN')).length >= 2;
  const frames = (await lab.frames((_on, got) => finished(got))).get('s1') ?? [];
  stop();
  const handshake = frames
    .filter((f) => f.kind === 'tcp')
    .slice(0, 3)
    .map((f) => f.tcp?.flags.join(','))
    .join(' / ');
  if (id !== 'udp' && id !== 'chat')
    lab.compare('demo.handshake', { kernel: handshake, simulation: 'SYN / SYN,ACK / ACK' });
}

async function bindExperiment(lab: ExperimentLab): Promise<void> {
  // A port per round: the first server lives on in B until the lab ends.
  for (const [bindTo, port] of [
    ['127.0.0.1', '9001'],
    ['0.0.0.0', '9002'],
  ] as const) {
    lab.step('bind.round', { address: bindTo, target: B });
    const [, stop] = await Promise.all([lab.capture('s1'), startServer(lab, 'tcp', bindTo, port)]);
    const client = await lab.run('A', demoArgs('tcp', 'client', B, port));
    const frames =
      (
        await lab.frames((_on, got) =>
          got.some((f) => f.tcp?.flags.includes('RST') || f.tcp?.flags.includes('FIN')),
        )
      ).get('s1') ?? [];
    stop();
    const answer =
      frames.find((f) => f.kind === 'tcp' && f.ip?.source === B)?.tcp?.flags.join(',') ?? 'nothing';
    const expected = bindTo === '127.0.0.1' ? 'RST,ACK' : 'SYN,ACK';
    const server = { address: bindTo };
    lab.compare('bind.answer', { kernel: answer, simulation: expected }, server);
    lab.compare(
      'bind.client',
      { kernel: String(client.code === 0), simulation: String(bindTo !== '127.0.0.1') },
      server,
    );
  }
}

/**
 * Runs guided experiment `id` in a lab of its own (built now, removed before it returns, also on
 * failure), sending its steps, commands, captured frames and kernel-versus-simulation checks to
 * `io`. Throws NetlabError when the lab cannot be built; see probeLab to ask first.
 */
export async function runExperiment(id: ExperimentId, io: ExperimentIo): Promise<ExperimentResult> {
  const topology = id === 'gateway' ? 'two-lans' : 'lan';
  return ExperimentLab.with(topology, io, async (lab) => {
    if (id === 'arp') await arpExperiment(lab);
    else if (id === 'gateway') await gatewayExperiment(lab);
    else if (id === 'bind') await bindExperiment(lab);
    else await demoExperiment(lab, id);
    return { frames: [...lab.captured].sort((a, b) => a.timeMs - b.timeMs) };
  });
}
