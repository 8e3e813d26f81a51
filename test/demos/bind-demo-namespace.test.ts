import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { NETLAB_BIN, runProgram } from '../helpers/run-cli.js';
import { attemptsByServer } from './_demo-helpers.js';

/** The namespace's own network address, on a link only this test's namespace has. */
const ADDRESS = '10.200.0.1';

/**
 * Gives the namespace lo and one more interface with ADDRESS, then runs the command. A dummy
 * link is the natural one; a kernel without the dummy module gets a veth pair instead.
 */
const SETUP = `set -e
ip link set lo up
if ip link add dummy0 type dummy 2>/dev/null; then dev=dummy0
else ip link add veth0 type veth peer name veth1; ip link set veth1 up; dev=veth0; fi
ip addr add ${ADDRESS}/24 dev "$dev"
ip link set "$dev" up
exec "$@"`;

const UNSHARE = ['--user', '--map-root-user', '--net'];

/** Why this machine cannot make the test's namespace, or undefined when it can. */
function namespaceUnavailable(): string | undefined {
  if (process.platform !== 'linux')
    return `network namespaces need Linux, this is ${process.platform}`;
  const tried = spawnSync('unshare', [...UNSHARE, 'sh', '-c', SETUP, 'sh', 'true'], {
    encoding: 'utf8',
  });
  if (tried.error !== undefined) return `unshare cannot run: ${tried.error.message}`;
  if (tried.status !== 0) {
    const said = tried.stderr.trim().split('\n')[0] ?? '';
    return `unshare --user --net or ip failed: ${said || `exit ${tried.status}`}`;
  }
  return undefined;
}

/** Runs the built netlab inside a fresh user and network namespace set up by SETUP. */
function runInNamespace(args: readonly string[]) {
  return runProgram(
    'unshare',
    [...UNSHARE, 'sh', '-c', SETUP, 'sh', process.execPath, NETLAB_BIN, ...args],
    {
      env: { NO_COLOR: '1' },
    },
  );
}

const unavailable = namespaceUnavailable();

describe.skipIf(unavailable !== undefined)(
  `netlab demo bind in a namespace with address ${ADDRESS}${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`,
  { timeout: 30_000 },
  () => {
    test(`${ADDRESS} is refused by the 127.0.0.1 server and reached through the 0.0.0.0 one`, async () => {
      const run = await runInNamespace(['demo', 'bind', '--json']);
      expect(run.code).toBe(0);
      expect(attemptsByServer(run.stdout)).toEqual({
        '127.0.0.1': ['127.0.0.1 reached', '127.0.0.2 ECONNREFUSED', `${ADDRESS} ECONNREFUSED`],
        '0.0.0.0': ['127.0.0.1 reached', '127.0.0.2 reached', `${ADDRESS} reached`],
      });
    });

    test('the narration lists the address as reachable from its network', async () => {
      const run = await runInNamespace(['demo', 'bind']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^ {2}(dummy0|veth0) +10\.200\.0\.1 +reachable from its network$/m,
      );
      expect(run.stdout).toContain('  10.200.0.1        refused             reached\n');
    });
  },
);
