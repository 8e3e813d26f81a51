// The lab: time from nothing to the first ping reply, and the whole `arp` experiment, as a user
// runs them (the built binary), side by side with a baseline: a plain shell script making the
// same namespaces with one `ip` call per step (no -batch), as a hand-written lab would.
// NETLAB_BENCH_BASELINE=path/to/netlab.cjs also runs another build (say, of an older commit) in
// turns with this one. Node's own start-up (`node -e 0`) is measured in the same turns, and the
// lab's phases are timed inside this process with the library functions `lab up` and `lab run`
// call. Mininet (`mn --test pingall`, a similar 3-host switch) is measured too when it can run:
// as root, with Open vSwitch's daemons up; see docs/lab.md. Figures are medians of RUNS runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { findLab, startLab, stopLab } from '../src/lab/lab-owner.ts';
import { loadTopology } from '../src/lab/load-topology.ts';
import { probeTools } from '../src/lab/probe-lab.ts';
import { labTopology, runInLab } from '../src/lab/run-in-lab.ts';

const RUNS = 7;
const bin = join(process.cwd(), 'dist', 'netlab.cjs');
const baselineBin = process.env.NETLAB_BENCH_BASELINE;
const run = (file, ...args) => execFileSync(process.execPath, [file, ...args], { stdio: 'pipe' });
const netlab = (...args) => run(bin, ...args);
const PING = ['ping', '-c', '1', '-W', '2', '192.168.1.20'];

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log(`load average at the start: ${load()} (${cpus().length} cores)`);

const hosts = [
  ['A', '192.168.1.10', '0a'],
  ['B', '192.168.1.20', '14'],
  ['C', '192.168.1.30', '1e'],
];
const oneByOne = [
  'set -e',
  'mount -t tmpfs netlab /run',
  'echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6',
  'ip link add s1 type bridge stp_state 0 mcast_snooping 0',
  'ip link set s1 up',
  ...hosts.flatMap(([name, address, last]) => [
    `ip netns add ${name}`,
    `ip netns exec ${name} sh -c 'echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6'`,
    `ip link add ${name}-eth0 type veth peer name eth0 netns ${name}`,
    `ip link set ${name}-eth0 master s1`,
    `ip link set ${name}-eth0 up`,
    `ip -n ${name} link set lo up`,
    `ip -n ${name} link set eth0 address 02:00:00:00:00:${last}`,
    `ip -n ${name} link set eth0 up`,
    `ip -n ${name} addr add ${address}/24 dev eth0`,
  ]),
].join('\n');
const firstPing = `${oneByOne}\nip netns exec A ping -c 1 -W 2 192.168.1.20 >/dev/null`;
const arp = `${oneByOne}
dumpcap -q -P -i s1 -w /dev/null 2>/tmp/netlab-bench-dumpcap & until grep -q File: /tmp/netlab-bench-dumpcap; do :; done
ip -n A neigh; bridge fdb show br s1 dynamic
ip netns exec A ping -c 1 -W 2 192.168.1.20 >/dev/null
ip -n A neigh; ip -n B neigh; bridge fdb show br s1 dynamic
kill -TERM $!; wait`;
const shell = (script) =>
  execFileSync(
    'unshare',
    ['--user', '--map-root-user', '--net', '--mount', '--pid', '--fork', 'sh', '-c', script],
    { stdio: 'pipe' },
  );

const middle = (times) => [...times].sort((x, y) => x - y)[Math.floor(times.length / 2)];
const timed = (work) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

function median(work, cleanup = () => {}) {
  const times = [];
  for (let round = 0; round < RUNS; round += 1) {
    times.push(timed(work));
    cleanup();
  }
  return middle(times);
}

const report = (what, ours, baseline) =>
  console.log(
    `${what}: netlab ${ours.toFixed(0)} ms, one-by-one shell ${baseline.toFixed(0)} ms, ratio ${(baseline / ours).toFixed(2)}x`,
  );

// `lab up` then `lab run A -- ping`, for this build and the baseline build, in turns, with a
// `node -e 0` before each: the three see the same machine.
const builds = [['this build', bin], ...(baselineBin ? [['baseline', baselineBin]] : [])];
/** @type {Record<string, { up: number[], run: number[], total: number[] }>} */
const turns = Object.fromEntries(builds.map(([label]) => [label, { up: [], run: [], total: [] }]));
const nodeAlone = [];
for (let round = 0; round < RUNS; round += 1) {
  for (const [label, file] of builds) {
    nodeAlone.push(timed(() => execFileSync(process.execPath, ['-e', '0'])));
    const up = timed(() => run(file, 'lab', 'up', '--name', 'bench'));
    const ping = timed(() => run(file, 'lab', 'run', 'A', '--name', 'bench', '--', ...PING));
    run(file, 'lab', 'down', '--name', 'bench');
    turns[label].up.push(up);
    turns[label].run.push(ping);
    turns[label].total.push(up + ping);
  }
}
const node = middle(nodeAlone);
console.log(`node -e 0: ${node.toFixed(0)} ms`);
for (const [label, { up, run: ping, total }] of Object.entries(turns))
  console.log(
    `${label}: lab up ${middle(up).toFixed(0)} ms + lab run A -- ping ${middle(ping).toFixed(0)} ms = ${middle(total).toFixed(0)} ms; less two node -e 0: ${(middle(total) - 2 * node).toFixed(0)} ms`,
  );
const upToPing = middle(turns['this build'].total);
if (baselineBin)
  console.log(
    `baseline / this build (lab up to first ping): ${(middle(turns.baseline.total) / upToPing).toFixed(2)}x`,
  );

// The same two commands' lab work, phase by phase, in this process (no Node start-up).
const phases = {};
const phase = async (what, work) => {
  const start = performance.now();
  const value = await work();
  phases[what] = [...(phases[what] ?? []), performance.now() - start];
  return value;
};
for (let round = 0; round < RUNS; round += 1) {
  const [topology] = await phase('up: topology, tools, same-name lab (side by side)', () =>
    Promise.all([loadTopology('lan', process.cwd()), probeTools(), findLab('bench-phases')]),
  );
  const lab = await phase('up: build the lab (unshare ... sh -c SCRIPT)', () =>
    startLab(topology, { name: 'bench-phases', background: true }),
  );
  const found = await phase('run: find the lab in /proc', () => findLab('bench-phases'));
  await phase('run: read its topology', () => labTopology(found));
  const ping = await phase('run: nsenter + ip netns exec A ping -c 1', () =>
    runInLab(found, 'A', PING),
  );
  if (ping.code !== 0) throw new Error(`ping failed in the lab:\n${ping.stdout}${ping.stderr}`);
  await stopLab(lab);
}
for (const [what, times] of Object.entries(phases))
  console.log(`  ${what}: ${middle(times).toFixed(1)} ms`);

report(
  'lab up to first ping reply',
  upToPing,
  median(() => shell(firstPing)),
);
report(
  'whole arp experiment',
  median(() => netlab('lab', 'arp')),
  median(() => shell(arp)),
);

// Mininet's userspace datapath and standalone (learning) mode: this kernel has no openvswitch
// module, so the default kernel datapath and its controller drop every ping.
const mininet = [
  '--topo',
  'single,3',
  '--switch',
  'ovs,datapath=user,failMode=standalone',
  '--controller',
  'none',
  '--test',
  'pingall',
];
const why = mininetMissing();
if (why === null) {
  const mn = median(
    () => {
      const run = spawnSync('mn', mininet, { encoding: 'utf8' });
      // mn logs to stderr.
      if (!/ 0% dropped/.test(run.stderr)) throw new Error(`mn pingall failed:\n${run.stderr}`);
    },
    () => spawnSync('mn', ['-c'], { stdio: 'ignore' }),
  );
  console.log(
    `mininet (mn --test pingall, 3 hosts): ${mn.toFixed(0)} ms, ratio ${(mn / upToPing).toFixed(2)}x netlab's lab up to first ping`,
  );
} else console.log(`mininet skipped: ${why}`);
console.log(`load average at the end: ${load()}`);

/** Why Mininet cannot be measured here, or null when it can. */
function mininetMissing() {
  if (process.getuid?.() !== 0) return 'it needs root';
  if (spawnSync('mn', ['--version'], { stdio: 'ignore' }).status !== 0)
    return 'mn is not installed (apt-get install mininet openvswitch-switch)';
  if (spawnSync('ovs-vsctl', ['--timeout=2', 'show'], { stdio: 'ignore' }).status !== 0)
    return "Open vSwitch's daemons are not running (/usr/share/openvswitch/scripts/ovs-ctl start)";
  return null;
}
