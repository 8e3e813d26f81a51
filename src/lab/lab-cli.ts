import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatAddress } from '../calc/format-address.js';
import type { CommandContext } from '../core/command-context.js';
import { InputError, NetlabError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import { waitForAbort } from '../net/wait-for-abort.js';
import { MAX_CAPTURE_SECONDS, startCapture } from './capture.js';
import { describeFrame } from './describe-frame.js';
import { LAB_VERBS } from './experiment-ids.js';
import type { LabEvent } from './experiment-kit.js';
import { EXPERIMENTS, type ExperimentId, runExperiment } from './experiments.js';
import { renderLabEvent } from './lab-event-text.js';
import { findLab, findLabs, labCommand, type RunningLab, startLab, stopLab } from './lab-owner.js';
import { loadTopology } from './load-topology.js';
import { probeTools } from './probe-lab.js';
import { labTopology } from './run-in-lab.js';
import type { Topology } from './topology.js';
import { writePcapFile } from './write-pcap-file.js';

/** What `netlab lab` was asked, after yargs. */
export interface LabArgs {
  readonly what: string;
  readonly rest: readonly string[];
  readonly name: string;
  readonly on: string | undefined;
  readonly pcap: string | undefined;
  readonly seconds: string | undefined;
  readonly foreground: boolean;
}

/** The tools; startLab explains a refused user namespace itself. */
async function requireProbe(): Promise<void> {
  const probe = await probeTools();
  if (!probe.ok) throw probe.error;
}

/** A check's value, or its failure thrown: checks run side by side, reported in a fixed order. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

async function requireLab(name: string): Promise<RunningLab> {
  const lab = await findLab(name);
  if (lab === null) throw new NetlabError(name === 'default' ? 'no-lab' : 'no-lab-named', { name });
  return lab;
}

function describeTopology(topology: Topology): string[] {
  return topology.hosts.map((host) => {
    const faces = host.interfaces.map(
      (face) => `${face.name} ${formatAddress(face.address)}/${face.mask.prefix} on ${face.switch}`,
    );
    const gateway = host.gateway === null ? '' : `, gateway ${formatAddress(host.gateway)}`;
    return `  ${host.name.padEnd(3)} ${faces.join(', ')}${gateway}${host.forward ? ', forwards' : ''}`;
  });
}

function write(context: CommandContext, line: string): void {
  context.io.stdout.write(`${line}\n`);
}

async function up(args: LabArgs, context: CommandContext): Promise<ExitCode> {
  if (args.rest.length > 1)
    throw new InputError('lab-too-many-topologies', { values: args.rest.join(' ') });
  const checks = await Promise.allSettled([
    loadTopology(args.rest[0] ?? 'lan', context.io.cwd),
    requireProbe(),
    findLab(args.name),
  ]);
  const topology = settled(checks[0]);
  settled(checks[1]);
  if (settled(checks[2]) !== null) throw new NetlabError('lab-running', { name: args.name });
  const lab = await startLab(topology, { name: args.name, background: !args.foreground });
  if (context.json)
    write(
      context,
      JSON.stringify({
        event: 'up',
        lab: lab.name,
        topology: topology.name,
        ownerPid: lab.ownerPid,
      }),
    );
  else {
    write(context, `lab "${lab.name}" is up: ${topology.name} (${topology.description})`);
    for (const line of describeTopology(topology)) write(context, line);
    write(context, `run a command: netlab lab run ${topology.hosts[0]?.name ?? 'A'} -- ip addr`);
    write(context, args.foreground ? 'Ctrl-C removes the lab' : 'remove it:     netlab lab down');
  }
  if (!args.foreground) return 0;
  await waitForAbort(context.signal);
  await stopLab(lab);
  return 0;
}

async function down(args: LabArgs, context: CommandContext): Promise<ExitCode> {
  const lab = await requireLab(args.name);
  await stopLab(lab);
  if (context.json) write(context, JSON.stringify({ event: 'down', lab: lab.name }));
  else write(context, `lab "${lab.name}" removed: every host, switch and cable is gone`);
  return 0;
}

async function status(context: CommandContext): Promise<ExitCode> {
  const labs = await findLabs();
  for (const lab of labs) {
    const topology = await labTopology(lab);
    if (context.json) {
      const hosts = topology.hosts.map((host) => host.name);
      write(
        context,
        JSON.stringify({
          event: 'lab',
          lab: lab.name,
          topology: topology.name,
          ownerPid: lab.ownerPid,
          hosts,
        }),
      );
      continue;
    }
    write(context, `lab "${lab.name}": ${topology.name}, owner pid ${lab.ownerPid}`);
    for (const line of describeTopology(topology)) write(context, line);
  }
  if (labs.length === 0 && !context.json)
    write(context, 'no lab is running; start one with "netlab lab up"');
  return 0;
}

async function hostOf(args: LabArgs, lab: RunningLab): Promise<string> {
  const host = args.rest[0];
  const names = (await labTopology(lab)).hosts.map((entry) => entry.name);
  if (host === undefined || !names.includes(host))
    throw new InputError('unknown-lab-host', {
      host: host ?? '',
      lab: lab.name,
      hosts: names.join(', '),
    });
  return host;
}

async function runOrShell(
  args: LabArgs,
  context: CommandContext,
  shell: boolean,
): Promise<ExitCode> {
  const lab = await requireLab(args.name);
  const host = await hostOf(args, lab);
  const argv = shell ? [context.io.env.SHELL ?? 'sh'] : args.rest.slice(1);
  if (argv.length === 0) throw new InputError('lab-run-needs-command', { host });
  const [command = 'nsenter', ...rest] = labCommand(lab, host, argv);
  const child = spawn(command, rest, { stdio: shell ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
  child.stdout?.pipe(context.io.stdout, { end: false });
  child.stderr?.pipe(context.io.stderr, { end: false });
  const [code] = (await once(child, 'close')) as [number | null];
  return code === 0 ? 0 : 1;
}

async function capture(args: LabArgs, context: CommandContext): Promise<ExitCode> {
  const lab = await requireLab(args.name);
  const topology = await labTopology(lab);
  const cables = topology.hosts.flatMap((host) => host.interfaces.map((face) => face.link));
  const on = args.on ?? topology.switches[0] ?? '';
  if (![...topology.switches, ...cables].includes(on))
    throw new InputError('bad-capture', {
      on,
      lab: lab.name,
      switches: topology.switches.join(', '),
      cables: cables.join(', '),
    });
  const seconds = args.seconds === undefined ? MAX_CAPTURE_SECONDS : Number(args.seconds);
  if (
    args.seconds !== undefined &&
    (!/^[1-9][0-9]{0,2}$/.test(args.seconds) || seconds > MAX_CAPTURE_SECONDS)
  )
    throw new InputError('bad-seconds', { value: args.seconds, max: MAX_CAPTURE_SECONDS });
  let n = 0;
  const running = await startCapture(lab, on, {
    maxSeconds: seconds,
    onFrame: (frame) => {
      n += 1;
      emit(context, { event: 'frame', on, n, frame: describeFrame(frame.bytes) });
    },
  });
  if (!context.json) context.io.stderr.write(`capturing on ${on}; Ctrl-C stops\n`);
  await sleep(seconds * 1000, undefined, { signal: context.signal }).catch(() => undefined);
  const { frames } = await running.stop(() => true);
  if (args.pcap !== undefined) await savePcap(args.pcap, frames, context);
  return 0;
}

function emit(context: CommandContext, event: LabEvent): void {
  write(context, context.json ? JSON.stringify(event) : renderLabEvent(event, context.io.columns));
}

async function savePcap(
  name: string,
  frames: Parameters<typeof writePcapFile>[1],
  context: CommandContext,
): Promise<void> {
  const path = await writePcapFile(name, frames, context.io.cwd);
  if (context.json) write(context, JSON.stringify({ event: 'pcap', path, frames: frames.length }));
  else
    write(
      context,
      `\n${frames.length} frames written to ${path} (open it in Wireshark or "tshark -r")`,
    );
}

async function experiment(
  id: ExperimentId,
  args: LabArgs,
  context: CommandContext,
): Promise<ExitCode> {
  if (args.rest.length > 0)
    throw new InputError('experiment-no-arguments', { id, values: args.rest.join(' ') });
  await requireProbe();
  const result = await runExperiment(id, { emit: (event) => emit(context, event) });
  if (args.pcap !== undefined) await savePcap(args.pcap, result.frames, context);
  return 0;
}

/** Runs `netlab lab WHAT ...`: one of the verbs, or a guided experiment. */
export async function runLabCommand(args: LabArgs, context: CommandContext): Promise<ExitCode> {
  if ((EXPERIMENTS as readonly string[]).includes(args.what))
    return experiment(args.what as ExperimentId, args, context);
  switch (args.what) {
    case 'up':
      return up(args, context);
    case 'down':
      return down(args, context);
    case 'status':
      return status(context);
    case 'run':
      return runOrShell(args, context, false);
    case 'shell':
      return runOrShell(args, context, true);
    case 'capture':
      return capture(args, context);
    default:
      throw new InputError('unknown-lab-verb', {
        value: args.what,
        verbs: LAB_VERBS.join(', '),
        experiments: EXPERIMENTS.join(', '),
      });
  }
}
