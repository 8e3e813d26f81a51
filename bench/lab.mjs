// The lab: time from nothing to the first ping reply, and the whole `arp` experiment, as a user
// runs them (the built binary), side by side with a baseline: a plain shell script making the
// same namespaces with one `ip` call per step (no -batch), as a hand-written lab would.
// Mininet (`mn --test pingall`, a similar 3-host switch) is measured too when it can run: as root,
// with Open vSwitch's daemons up; see docs/lab.md. Figures are medians of RUNS runs, as ratios.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const RUNS = 5;
const bin = join(process.cwd(), 'dist', 'netlab.cjs');
const netlab = (...args) => execFileSync(process.execPath, [bin, ...args], { stdio: 'pipe' });

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

function median(work, cleanup = () => {}) {
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
    cleanup();
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const report = (what, ours, baseline) =>
  console.log(
    `${what}: netlab ${ours.toFixed(0)} ms, one-by-one shell ${baseline.toFixed(0)} ms, ratio ${(baseline / ours).toFixed(2)}x`,
  );

const upToPing = median(
  () => {
    netlab('lab', 'up', '--name', 'bench');
    netlab(
      'lab',
      'run',
      'A',
      '--name',
      'bench',
      '--',
      'ping',
      '-c',
      '1',
      '-W',
      '2',
      '192.168.1.20',
    );
  },
  () => netlab('lab', 'down', '--name', 'bench'),
);
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

/** Why Mininet cannot be measured here, or null when it can. */
function mininetMissing() {
  if (process.getuid?.() !== 0) return 'it needs root';
  if (spawnSync('mn', ['--version'], { stdio: 'ignore' }).status !== 0)
    return 'mn is not installed (apt-get install mininet openvswitch-switch)';
  if (spawnSync('ovs-vsctl', ['--timeout=2', 'show'], { stdio: 'ignore' }).status !== 0)
    return "Open vSwitch's daemons are not running (/usr/share/openvswitch/scripts/ovs-ctl start)";
  return null;
}
