import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { NetlabError } from '../core/errors.js';

/**
 * Whether this machine can host a lab, and if not, the error that says why and what to do (its
 * English message is `reason`).
 */
export type LabProbe =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly error: NetlabError };

/** Each program a lab runs, with the Debian/Ubuntu package that has it (dumpcap has its own message). */
const TOOLS: readonly (readonly [string, string])[] = [
  ['ip', 'iproute2'],
  ['bridge', 'iproute2'],
  ['unshare', 'util-linux'],
  ['nsenter', 'util-linux'],
  ['dumpcap', 'wireshark-common'],
  ['ping', 'iputils-ping'],
];

function refusal(error: NetlabError): LabProbe {
  return { ok: false, reason: error.message, error };
}

async function onPath(tool: string, path: string): Promise<boolean> {
  for (const folder of path.split(delimiter)) {
    if (folder === '') continue;
    try {
      await access(join(folder, tool), constants.X_OK);
      return true;
    } catch {
      // not in this folder; try the next
    }
  }
  return false;
}

async function readSysctl(name: string): Promise<string | null> {
  return (await readFile(`/proc/sys/${name}`, 'utf8').catch(() => null))?.trim() ?? null;
}

/** Why the kernel refused an unprivileged user namespace, from the sysctls that decide it. */
async function whyRefused(said: string): Promise<NetlabError> {
  if ((await readSysctl('kernel/unprivileged_userns_clone')) === '0')
    return new NetlabError('lab-userns-clone-off');
  if ((await readSysctl('kernel/apparmor_restrict_unprivileged_userns')) === '1')
    return new NetlabError('lab-userns-apparmor');
  if ((await readSysctl('user/max_user_namespaces')) === '0')
    return new NetlabError('lab-userns-max-zero');
  return said === ''
    ? new NetlabError('lab-userns-refused-silently')
    : new NetlabError('lab-userns-refused', { said });
}

/** Tries the exact namespaces a lab uses, with nothing in them. */
function tryUnshare(): Promise<{ ok: boolean; said: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      'unshare',
      ['--user', '--map-root-user', '--net', '--mount', '--pid', '--fork', 'true'],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let said = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      said += chunk;
    });
    child.once('error', (error) => resolve({ ok: false, said: error.message }));
    child.once('close', (code) =>
      resolve({ ok: code === 0, said: said.trim().split('\n')[0] ?? '' }),
    );
  });
}

/**
 * The part of probeLab that starts no process: Linux, and the tools on PATH (naming the package
 * of the first one missing). `lab up` and the experiments check this much first and let the
 * lab's own `unshare` try the namespaces: startLab asks probeLab why when it is refused.
 */
export async function probeTools(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<LabProbe> {
  if (process.platform !== 'linux')
    return refusal(new NetlabError('lab-not-linux', { platform: process.platform }));
  const found = await Promise.all(TOOLS.map(([tool]) => onPath(tool, env.PATH ?? '')));
  const missing = TOOLS.find((_, index) => !found[index]);
  if (missing === undefined) return { ok: true };
  const [tool, pkg] = missing;
  return refusal(
    tool === 'dumpcap'
      ? new NetlabError('lab-dumpcap-missing')
      : new NetlabError('lab-tool-missing', { tool, package: pkg }),
  );
}

/**
 * Checks, without building anything, that a lab can run here: Linux, the tools on PATH (naming
 * the package of a missing one) and an unprivileged user namespace the kernel allows. Lessons
 * call it to decide between the real experiment and the simulation.
 * @example const probe = await probeLab(); if (!probe.ok) console.log(probe.reason);
 */
export async function probeLab(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<LabProbe> {
  const tools = await probeTools(env);
  if (!tools.ok) return tools;
  const tried = await tryUnshare();
  if (!tried.ok) return refusal(await whyRefused(tried.said));
  return { ok: true };
}
