import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { NetlabError } from '../core/errors.js';
import { labCommand, type RunningLab } from './lab-owner.js';
import { checkTopology } from './parse-topology.js';
import type { Topology } from './topology.js';

/** The most output kept from one command run in the lab. */
const MAX_OUTPUT = 1 << 20;

/** How a command run in the lab ended. */
export interface LabRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `argv` on lab host `host` (or in the switches' namespace when null). */
export function spawnInLab(
  lab: RunningLab,
  host: string | null,
  argv: readonly string[],
  stdio: StdioOptions = ['ignore', 'pipe', 'pipe'],
): ChildProcess {
  const [command = 'nsenter', ...rest] = labCommand(lab, host, argv);
  return spawn(command, rest, { stdio });
}

/**
 * Runs `argv` on lab host `host` to the end (`timeoutMs` at most, then SIGKILL) and returns what
 * it printed, the first MAX_OUTPUT bytes of each stream.
 */
export function runInLab(
  lab: RunningLab,
  host: string | null,
  argv: readonly string[],
  options: { timeoutMs?: number } = {},
): Promise<LabRun> {
  const child = spawnInLab(lab, host, argv);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    if (stdout.length < MAX_OUTPUT) stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < MAX_OUTPUT) stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10_000);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new NetlabError(
          'lab-run',
          { command: argv[0] ?? '', errno: (error as NodeJS.ErrnoException).code ?? error.name },
          { cause: error },
        ),
      );
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Where netlab 0.1's owners kept the topology, in the lab's own /run. */
const OLD_TOPOLOGY_FILE = '/run/netlab/topology.json';

/**
 * The topology a running lab was built from, as its owner's command line carries it: read with
 * the owner's other arguments when the lab was found, so it costs no process. An owner started
 * by an older netlab kept it in a file, read through /proc/PID/root (the lab's own mounts).
 */
export async function labTopology(lab: RunningLab): Promise<Topology> {
  let json = lab.topologyJson;
  if (json === null) {
    try {
      json = await readFile(`/proc/${lab.innerPid}/root${OLD_TOPOLOGY_FILE}`, 'utf8');
    } catch (error) {
      const output = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new NetlabError('lab-unreadable', { lab: lab.name, output }, { cause: error });
    }
  }
  return checkTopology(JSON.parse(json), `lab "${lab.name}"`);
}
