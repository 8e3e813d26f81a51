import { formatAddress } from '../calc/format-address.js';
import { formatMac } from '../calc/mac-address.js';
import type { LabHost, Topology } from './topology.js';

/** The line the owner prints once every namespace, cable and address is in place. */
export const READY_LINE = 'netlab-lab-ready';

/** Turns IPv6 off (so captures hold only the course's frames) and sets forwarding, here. */
function sysctls(forward: boolean): string {
  return [
    'echo 1 > /proc/sys/net/ipv6/conf/all/disable_ipv6',
    'echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6',
    `echo ${forward ? 1 : 0} > /proc/sys/net/ipv4/ip_forward`,
  ].join('\n');
}

/** The `ip -batch` lines of the switch side: namespaces, bridges, and one veth pair per cable. */
export function switchBatch(topology: Topology): string[] {
  const lines = topology.hosts.map((host) => `netns add ${host.name}`);
  for (const name of topology.switches) {
    // No STP, no multicast snooping: a plain learning switch that forwards at once.
    lines.push(`link add ${name} type bridge stp_state 0 mcast_snooping 0`, `link set ${name} up`);
  }
  for (const host of topology.hosts) {
    for (const face of host.interfaces) {
      lines.push(
        `link add ${face.link} type veth peer name ${face.name} netns ${host.name}`,
        `link set ${face.link} master ${face.switch} up`,
      );
    }
  }
  return lines;
}

/** The `ip -batch` lines run inside one host: MACs, addresses, links up, the default route. */
export function hostBatch(host: LabHost): string[] {
  const lines = ['link set lo up'];
  for (const face of host.interfaces) {
    // One segment per frame, as on a wire: no 64 KiB GSO super-frames in the capture.
    lines.push(
      `link set ${face.name} address ${formatMac(face.mac)} gso_max_segs 1 up`,
      `addr add ${formatAddress(face.address)}/${face.mask.prefix} dev ${face.name}`,
    );
  }
  if (host.gateway !== null) lines.push(`route add default via ${formatAddress(host.gateway)}`);
  return lines;
}

function heredoc(command: string, lines: readonly string[]): string {
  return `${command} <<'NETLAB_EOF'\n${lines.join('\n')}\nNETLAB_EOF`;
}

/** What the hosts' sysctl shell prints when a write failed (`ip -all netns exec` exits 0 anyway). */
const SYSCTL_FAILED = 'netlab-sysctl-failed';

/**
 * The hosts' sysctls in one `ip -all netns exec` (one shell per host, forked by one ip), then
 * forwarding turned on where a host forwards: /proc/sys/net answers for the network namespace
 * of the process that opens it, so each host needs a process of its own for them.
 */
function hostSysctls(topology: Topology): string[] {
  const each = `{ ${sysctls(false).replaceAll('\n', ' && ')}; } || echo ${SYSCTL_FAILED}`;
  return [
    `said=$(ip -all netns exec sh -c '${each}')`,
    `case $said in *${SYSCTL_FAILED}*) exit 1;; esac`,
    ...topology.hosts
      .filter((host) => host.forward)
      .map((host) => `ip netns exec ${host.name} sh -c 'echo 1 > /proc/sys/net/ipv4/ip_forward'`),
  ];
}

/**
 * The shell script the lab's owner runs inside its own user, network, mount and PID namespaces:
 * a tmpfs on /run (so `ip netns` works without touching the real /run), the switches and cables,
 * the hosts' sysctls, then each host's `ip -n HOST -batch`; it prints READY_LINE and waits. When
 * `untilStdinCloses`, it ends as soon as its parent closes stdin (or dies); otherwise it waits
 * until it is killed (`lab down`). The topology itself travels as the script's $1 (see
 * lab-owner.ts) and is not written anywhere.
 */
export function labScript(topology: Topology, options: { untilStdinCloses: boolean }): string {
  const steps = [
    'set -e',
    'mount -t tmpfs -o size=1m,mode=0755 netlab /run',
    sysctls(false),
    heredoc('ip -batch -', switchBatch(topology)),
    ...hostSysctls(topology),
    ...topology.hosts.map((host) => heredoc(`ip -n ${host.name} -batch -`, hostBatch(host))),
    `echo ${READY_LINE}`,
    options.untilStdinCloses ? 'read -r _ || true' : 'exec sleep 2147483647',
  ];
  return `${steps.join('\n')}\n`;
}
