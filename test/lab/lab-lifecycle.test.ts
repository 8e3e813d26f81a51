import { chmod, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { events, labOwners, labsBeforeEachTest, processesIn } from './_lab-helpers.js';

const labsBefore = labsBeforeEachTest();

/** A PATH folder with links to the lab's tools, less `missing`, plus fake ones given as scripts. */
async function pathWithout(missing: string, fakes: Record<string, string> = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'netlab-path-'));
  const tools = ['ip', 'bridge', 'unshare', 'nsenter', 'dumpcap', 'ping', 'sh', 'true'];
  const where: Record<string, string> = {
    ip: '/usr/sbin/ip',
    bridge: '/usr/sbin/bridge',
    dumpcap: '/usr/bin/dumpcap',
  };
  for (const tool of tools.filter((name) => name !== missing && fakes[name] === undefined))
    await symlink(where[tool] ?? `/usr/bin/${tool}`, join(folder, tool));
  for (const [tool, script] of Object.entries(fakes)) {
    await writeFile(join(folder, tool), `#!/bin/sh\n${script}\n`);
    await chmod(join(folder, tool), 0o755);
  }
  return folder;
}

describe('netlab lab up, run, status, down', { timeout: 60_000 }, () => {
  test('a background lab answers ping across its switch, shows in status, and down removes it', async () => {
    const name = `t${process.pid}`;
    const up = await runCli(['lab', 'up', 'lan', '--name', name, '--json']);
    expect(up.stderr).toBe('');
    expect(events(up.stdout)[0]).toMatchObject({ event: 'up', lab: name, topology: 'lan' });
    const ping = await runCli([
      'lab',
      'run',
      'A',
      '--name',
      name,
      '--',
      'ping',
      '-c',
      '1',
      '-W',
      '2',
      '192.168.1.30',
    ]);
    expect(ping.stdout).toContain('1 received');
    const status = await runCli(['lab', 'status', '--json']);
    expect(events(status.stdout)).toContainEqual(
      expect.objectContaining({ lab: name, hosts: ['A', 'B', 'C'] }),
    );
    const down = await runCli(['lab', 'down', '--name', name]);
    expect(down.code).toBe(0);
    expect(await labOwners()).toEqual(labsBefore());
  });

  test('in Chinese, up describes the lab, capture and status speak Chinese, and down says it is gone', async () => {
    const name = `z${process.pid}`;
    const zh = ['--name', name, '--lang', 'zh'];
    const up = await runCli(['lab', 'up', 'two-lans', ...zh]);
    expect(up.stdout.split('\n')).toEqual([
      `实验室“${name}”已启动：two-lans（A 和 B 在 192.168.1.0/24，C 在 192.168.2.0/24，路由器 R 连接两者）`,
      '  A   eth0 192.168.1.10/24 接在 s1，网关 192.168.1.1',
      '  B   eth0 192.168.1.20/24 接在 s1，网关 192.168.1.1',
      '  C   eth0 192.168.2.30/24 接在 s2，网关 192.168.2.1',
      '  R   eth0 192.168.1.1/24 接在 s1，eth1 192.168.2.1/24 接在 s2，负责转发',
      '运行命令：netlab lab run A -- ip addr',
      '删除它：  netlab lab down',
      '',
    ]);
    const folder = await mkdtemp(join(tmpdir(), 'netlab-lab-'));
    const capture = await runCli(['lab', 'capture', '--seconds', '1', '--pcap', 'c.pcap', ...zh], {
      cwd: folder,
    });
    expect(capture.stderr).toBe('正在 s1 上抓包；按 Ctrl-C 停止\n');
    expect(capture.stdout).toMatch(
      /^\n已将 \d+ 帧写入 .*c\.pcap（可用 Wireshark 或“tshark -r”打开）\n$/,
    );
    const status = await runCli(['lab', 'status', '--lang', 'zh']);
    expect(status.stdout).toContain(`实验室“${name}”：two-lans，属主进程 pid `);
    const down = await runCli(['lab', 'down', ...zh]);
    expect(down.stdout).toBe(`实验室“${name}”已删除：所有主机、交换机和网线都已拆除\n`);
    expect(await labOwners()).toEqual(labsBefore());
  });

  test('SIGKILL of the owner leaves no process in the lab namespaces', async () => {
    const name = `k${process.pid}`;
    const up = await runCli(['lab', 'up', 'two-lans', '--name', name, '--json']);
    const ownerPid = Number(events(up.stdout)[0]?.ownerPid);
    const { readFile, readlink } = await import('node:fs/promises');
    const inner = Number(
      (await readFile(`/proc/${ownerPid}/task/${ownerPid}/children`, 'utf8')).trim(),
    );
    const userNs = await readlink(`/proc/${inner}/ns/user`);
    await runCli(['lab', 'run', 'R', '--name', name, '--', 'true']);
    expect((await processesIn(userNs)).length).toBeGreaterThan(0);
    process.kill(ownerPid, 'SIGKILL');
    await expect.poll(() => processesIn(userNs), { timeout: 5000 }).toEqual([]);
    expect(await labOwners()).toEqual(labsBefore());
  });

  test('run on a host the lab does not have exits 2 naming the hosts', async () => {
    const name = `h${process.pid}`;
    await runCli(['lab', 'up', '--name', name]);
    const result = await runCli(['lab', 'run', 'Z', '--name', name, '--', 'true']);
    await runCli(['lab', 'down', '--name', name]);
    expect([result.code, result.stderr]).toEqual([
      2,
      `netlab: cannot run on host "Z": lab "${name}" has hosts A, B, C\n`,
    ]);
  });
});

describe('netlab lab where it cannot run', () => {
  test('a bad topology file exits 2 with its place', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'netlab-topo-'));
    await writeFile(
      join(folder, 'bad.yaml'),
      'name: x\nswitches: [{name: s1}]\nhosts: [{name: A, interfaces: [{switch: s2, address: 10.0.0.1/24}]}]\n',
    );
    const result = await runCli(['lab', 'up', 'bad.yaml'], { cwd: folder });
    expect([result.code, result.stderr]).toEqual([
      2,
      'netlab: cannot use topology "bad.yaml" at hosts[0].interfaces[0].switch: no switch "s2"; the switches are s1\n',
    ]);
  });

  test('a missing dumpcap exits 1 naming its package', async () => {
    const result = await runCli(['lab', 'arp'], { env: { PATH: await pathWithout('dumpcap') } });
    expect([result.code, result.stderr]).toEqual([
      1,
      'netlab: cannot build a lab here: "dumpcap" is not installed; install the wireshark-common (installed with tshark) package (sudo apt-get install wireshark-common)\n',
    ]);
  });

  test('a refused user namespace exits 1 with the kernel’s reason', async () => {
    const fake =
      'echo "unshare: write failed /proc/self/uid_map: Operation not permitted" >&2; exit 1';
    const result = await runCli(['lab', 'arp'], {
      env: { PATH: await pathWithout('unshare', { unshare: fake }) },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^netlab: cannot build a lab here: .*(unshare: write failed|user namespaces)/,
    );
  });

  test('an unknown verb exits 2 listing verbs and experiments', async () => {
    const result = await runCli(['lab', 'dance']);
    expect([result.code, result.stderr]).toEqual([
      2,
      'netlab: cannot do lab "dance": choose a verb (up, down, status, run, shell, capture) or an experiment (arp, gateway, tcp, sticky, udp, chat, transfer, bind)\n',
    ]);
  });
});
