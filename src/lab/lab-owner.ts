import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { NetlabError } from '../core/errors.js';
import { labScript, READY_LINE } from './lab-script.js';
import { probeLab } from './probe-lab.js';
import type { Topology } from './topology.js';
import { topologyData } from './topology-data.js';

/** How long building a lab may take before netlab gives up on it. */
const BUILD_TIMEOUT_MS = 10_000;

/** The mark in the owner's command line that `lab status`, `run` and `down` look for. */
const markOf = (name: string): string => `netlab-lab:${name}`;

/**
 * The namespaces every lab process lives in. The owner is PID 1 of its own PID namespace: when it
 * dies, for any reason (SIGKILL included), the kernel kills every process in the lab, and with
 * the last one go the mount namespace, its /run/netns files and so every host, switch and cable.
 */
const UNSHARE_FLAGS = [
  '--user',
  '--map-root-user',
  '--net',
  '--mount',
  '--pid',
  '--fork',
  '--kill-child',
  '--mount-proc',
];

/** A running lab: its owner's two process ids and a way into it. */
export interface RunningLab {
  readonly name: string;
  /** The `unshare` process outside the lab; SIGKILL to it ends the lab. */
  readonly ownerPid: number;
  /** The lab's PID 1 (as the host sees it): the process `nsenter` joins. */
  readonly innerPid: number;
  /**
   * The topology the lab was built from, as JSON: the argument after the mark in its owner's
   * command line (null for an owner without it, started by another netlab version).
   */
  readonly topologyJson: string | null;
}

/** The command line that runs `argv` in lab host `host`, or in the switches' namespace when null. */
export function labCommand(
  lab: RunningLab,
  host: string | null,
  argv: readonly string[],
): string[] {
  const enter = [
    'nsenter',
    '-t',
    String(lab.innerPid),
    '-U',
    '-m',
    '-n',
    '-p',
    '--preserve-credentials',
    '--',
  ];
  return host === null ? [...enter, ...argv] : [...enter, 'ip', 'netns', 'exec', host, ...argv];
}

/**
 * The owner's one child. The /proc reads here and in findLabs are synchronous on purpose: procfs
 * answers from memory, and a thread-pool round trip per process costs more than the read.
 */
function innerPidOf(ownerPid: number): number {
  const children = readFileSync(`/proc/${ownerPid}/task/${ownerPid}/children`, 'utf8');
  const first = Number.parseInt(children.trim().split(' ')[0] ?? '', 10);
  if (!Number.isSafeInteger(first)) throw new NetlabError('lab-lost');
  return first;
}

/** Waits for READY_LINE; rejects with the owner's own words if it exits or is slow. */
function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new NetlabError('lab-timeout', { seconds: BUILD_TIMEOUT_MS / 1000 }));
    }, BUILD_TIMEOUT_MS);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!stdout.includes(READY_LINE)) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      // The builder's own last words, when it said any.
      const output = stderr.trim().split('\n').at(-1) ?? '';
      const status = String(code);
      reject(
        output === ''
          ? new NetlabError('lab-start', { status })
          : new NetlabError('lab-start-said', { status, output }),
      );
    });
  });
}

/** Options for `startLab`. */
export interface StartLabOptions {
  /** Names the lab for `status`, `run` and `down`. */
  readonly name: string;
  /**
   * Keep running after this process exits, until `stopLab` (`lab up`). Otherwise the lab ends
   * when this process closes the owner's stdin or dies, whichever comes first.
   */
  readonly background: boolean;
}

/**
 * Builds `topology` in fresh namespaces and resolves once every host is configured. When the
 * builder fails, it asks probeLab why: a refused user namespace is reported with the probe's
 * words (the sysctl that refuses it), which callers then need not check first.
 */
export async function startLab(topology: Topology, options: StartLabOptions): Promise<RunningLab> {
  try {
    return await buildLab(topology, options);
  } catch (error) {
    if (!(error instanceof NetlabError) || !error.code.startsWith('lab-start')) throw error;
    const probe = await probeLab();
    throw probe.ok ? error : probe.error;
  }
}

async function buildLab(topology: Topology, options: StartLabOptions): Promise<RunningLab> {
  const script = labScript(topology, { untilStdinCloses: !options.background });
  const topologyJson = JSON.stringify(topologyData(topology));
  const argv = [...UNSHARE_FLAGS, 'sh', '-c', script, markOf(options.name), topologyJson];
  const child = spawn('unshare', argv, {
    stdio: [options.background ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    detached: options.background,
  });
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(
        new NetlabError(
          'lab-not-started',
          { errno: (error as NodeJS.ErrnoException).code ?? error.name },
          { cause: error },
        ),
      ),
    );
  });
  await spawned;
  await waitUntilReady(child);
  const lab = {
    name: options.name,
    ownerPid: child.pid ?? 0,
    innerPid: innerPidOf(child.pid ?? 0),
    topologyJson,
  };
  if (options.background) {
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.unref();
  } else {
    foreground.set(lab.ownerPid, child);
  }
  return lab;
}

/** Owners this process started in the foreground, so stopping one also closes its pipes. */
const foreground = new Map<number, ChildProcess>();

/**
 * Ends a lab and waits until its owner is gone. SIGKILL on purpose: `unshare` passes it on to the
 * lab's PID 1 (--kill-child), and the kernel removes every process, namespace and cable with it:
 * the same path a crash takes, so the one teardown there is is the one the tests cover.
 */
export async function stopLab(lab: RunningLab): Promise<void> {
  const child = foreground.get(lab.ownerPid);
  if (child !== undefined) {
    foreground.delete(lab.ownerPid);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    return;
  }
  try {
    process.kill(lab.ownerPid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(lab.ownerPid);
}

/** Polls /proc until a process that is not our child is gone (5 s at most). */
async function waitForExit(pid: number): Promise<void> {
  for (let tries = 0; tries < 500; tries += 1) {
    if (!(await isOwner(pid))) return;
    await sleep(10);
  }
  throw new NetlabError('lab-stuck', { pid });
}

async function isOwner(pid: number): Promise<boolean> {
  try {
    const status = await readFile(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(status);
  } catch {
    return false;
  }
}

/** The argv of process `pid`, or null when it is gone or not ours to read. */
function commandLine(pid: string): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null;
  }
}

/** Whether process `pid` runs as user `uid` (its real uid), per /proc. */
function runsAs(pid: string, uid: number): boolean {
  try {
    return new RegExp(`^Uid:\\s+${uid}\\s`, 'm').test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Every running lab of this user, found by their owners' command lines. */
export async function findLabs(): Promise<RunningLab[]> {
  const labs: RunningLab[] = [];
  const uid = process.getuid?.();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const argv = commandLine(pid);
    if (argv === null || !argv[0]?.endsWith('unshare')) continue;
    const at = argv.findIndex((arg) => arg.startsWith('netlab-lab:'));
    if (at === -1 || (uid !== undefined && !runsAs(pid, uid))) continue;
    const ownerPid = Number(pid);
    let innerPid: number;
    try {
      innerPid = innerPidOf(ownerPid);
    } catch {
      continue;
    }
    const name = (argv[at] ?? '').slice('netlab-lab:'.length);
    const json = argv[at + 1];
    labs.push({ name, ownerPid, innerPid, topologyJson: json?.startsWith('{') ? json : null });
  }
  return labs;
}

/** The running lab called `name`, or null. */
export async function findLab(name: string): Promise<RunningLab | null> {
  return (await findLabs()).find((lab) => lab.name === name) ?? null;
}
