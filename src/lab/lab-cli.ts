import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatAddress } from '../calc/format-address.js';
import { type CommandContext, contextLang } from '../core/command-context.js';
import { InputError, NetlabError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import { waitForAbort } from '../net/wait-for-abort.js';
import { labWords } from './_lab-words.js';
import { MAX_CAPTURE_SECONDS, startCapture } from './capture.js';
import { describeFrame } from './describe-frame.js';
import { LAB_VERBS } from './experiment-ids.js';
import type { LabEvent } from './experiment-kit.js';
import { EXPERIMENTS, type ExperimentId, runExperiment } from './experiments.js';
import { renderLabEvent } from './lab-event-text.js';
import { findLab, findLabs, labCommand, type RunningLab, startLab, stopLab } from './lab-owner.js';
import { BUILT_IN_TOPOLOGIES, loadTopology } from './load-topology.js';
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

/** The lab's words in the language of this command line. */
const wordsOf = (context: CommandContext) => labWords(contextLang(context));

/**
 * A topology's description in the command's language: a built-in topology's own words, as long as
 * its file still says what netlab shipped; any other file's description as written.
 */
function topologyDescription(topology: Topology, context: CommandContext): string {
  const key = `topology.${topology.name}`;
  const shipped = (BUILT_IN_TOPOLOGIES as readonly string[]).includes(topology.name);
  if (!shipped || labWords('en').format(key) !== topology.description) return topology.description;
  return wordsOf(context).format(key);
}

function describeTopology(topology: Topology, context: CommandContext): string[] {
  const words = wordsOf(context);
  return topology.hosts.map((host) => {
    const faces = host.interfaces.map((face) =>
      words.format('topology.interface', {
        name: face.name,
        address: `${formatAddress(face.address)}/${face.mask.prefix}`,
        switch: face.switch,
      }),
    );
    const gateway =
      host.gateway === null
        ? ''
        : words.format('topology.gateway', { gateway: formatAddress(host.gateway) });
    const forwards = host.forward ? words.format('topology.forwards') : '';
    return `  ${host.name.padEnd(3)} ${faces.join(words.format('topology.separator'))}${gateway}${forwards}`;
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
    const words = wordsOf(context);
    const description = topologyDescription(topology, context);
    write(context, words.format('up', { name: lab.name, topology: topology.name, description }));
    for (const line of describeTopology(topology, context)) write(context, line);
    write(context, words.format('up.run', { host: topology.hosts[0]?.name ?? 'A' }));
    write(context, words.format(args.foreground ? 'up.foreground' : 'up.down'));
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
  else write(context, wordsOf(context).format('down', { name: lab.name }));
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
    write(
      context,
      wordsOf(context).format('status.lab', {
        name: lab.name,
        topology: topology.name,
        pid: lab.ownerPid,
      }),
    );
    for (const line of describeTopology(topology, context)) write(context, line);
  }
  if (labs.length === 0 && !context.json) write(context, wordsOf(context).format('status.none'));
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
  if (!context.json)
    context.io.stderr.write(`${wordsOf(context).format('capture.started', { on })}\n`);
  await sleep(seconds * 1000, undefined, { signal: context.signal }).catch(() => undefined);
  const { frames } = await running.stop(() => true);
  if (args.pcap !== undefined) await savePcap(args.pcap, frames, context);
  return 0;
}

function emit(context: CommandContext, event: LabEvent): void {
  write(
    context,
    context.json
      ? JSON.stringify(event)
      : renderLabEvent(event, { columns: context.io.columns, lang: contextLang(context) }),
  );
}

async function savePcap(
  name: string,
  frames: Parameters<typeof writePcapFile>[1],
  context: CommandContext,
): Promise<void> {
  const path = await writePcapFile(name, frames, context.io.cwd);
  if (context.json) write(context, JSON.stringify({ event: 'pcap', path, frames: frames.length }));
  else
    write(context, `\n${wordsOf(context).format('pcap.written', { count: frames.length, path })}`);
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
