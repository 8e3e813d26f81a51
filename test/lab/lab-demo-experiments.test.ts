import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { events } from './_lab-helpers.js';

// Concurrent: each experiment builds its own lab (named after its process) and the lab ends with
// that process, so they cannot meet; it keeps the file's wall time near the slowest one's.

const A = '192.168.1.10';
const B = '192.168.1.20';
/** What Ethernet's MTU leaves for TCP data with timestamps: one segment per frame on the lab. */
const MSS = 1448;
/** capture.ts's MAX_CAPTURE_FRAMES: the big transfers fill it. */
const FRAME_LIMIT = 5000;

type Facts = {
  kind: string;
  ip?: { source: string; destination: string };
  tcp?: { destinationPort: number; length: number; flags: string[] };
  udp?: { destinationPort: number; length: number };
};

async function experiment(id: string): Promise<{ frames: Facts[]; client: string }> {
  const result = await runCli(['lab', id, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const all = events(result.stdout);
  const command = all.find((event) => event.event === 'command');
  expect(command?.code).toBe(0);
  return {
    frames: all.filter((event) => event.event === 'frame').map((event) => event.frame as Facts),
    client: String(command?.output),
  };
}

/** TCP payload lengths A sent to B's port 9000, segment by segment, as captured on s1. */
const dataFromA = (frames: readonly Facts[]): number[] =>
  frames.flatMap((f) =>
    f.ip?.source === A && f.tcp?.destinationPort === 9000 && f.tcp.length > 0 ? [f.tcp.length] : [],
  );

describe.concurrent('the socket demos as lab experiments, asserted on captured frames', {
  timeout: 60_000,
}, () => {
  test('sticky: "hello" and "world" cross the wire as two 5-byte segments, the 4 MiB message as MSS-sized ones', async () => {
    const { frames } = await experiment('sticky');
    const sizes = dataFromA(frames);
    expect(sizes.slice(0, 2)).toEqual([5, 5]);
    const big = sizes.slice(2);
    expect(big.length).toBeGreaterThan(100);
    expect(Math.max(...big)).toBe(MSS);
    // The 4 MiB message makes more frames than a capture keeps: the capture stops at its bound.
    // (On a loaded machine dumpcap may drop a few frames before it, so the bound is a ceiling.)
    expect(frames.length).toBeLessThanOrEqual(FRAME_LIMIT);
    expect(frames.length).toBeGreaterThan(FRAME_LIMIT * 0.9);
  });

  test('udp: each sendto is one datagram from A to B with the bytes sent (5, 12, 3)', async () => {
    const { frames, client } = await experiment('udp');
    const datagrams = frames.flatMap((f) =>
      f.kind === 'udp' && f.ip?.source === A && f.ip.destination === B ? [f.udp?.length] : [],
    );
    expect(datagrams.slice(0, 3)).toEqual([5, 12, 3]);
    expect(frames.some((f) => f.kind === 'tcp')).toBe(false);
    expect(client).toContain('"code":"EMSGSIZE"');
  });

  test('chat: the line typed on A is one 12-byte datagram to B port 9000', async () => {
    const { frames } = await experiment('chat');
    const datagrams = frames.filter((f) => f.kind === 'udp');
    expect(datagrams.map((f) => [f.ip?.source, f.udp?.destinationPort, f.udp?.length])).toEqual([
      [A, 9000, 'hello from A'.length],
    ]);
  });

  test('transfer: the 40-byte header then MSS-sized file segments, and B replies with the sha256 it verified', async () => {
    const { frames, client } = await experiment('transfer');
    const sizes = dataFromA(frames);
    expect(sizes[0]).toBe(40);
    expect(sizes.slice(1, 50).every((size) => size === MSS)).toBe(true);
    expect(frames).toHaveLength(FRAME_LIMIT);
    const reply = client
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; data?: string })
      .find((event) => event.event === 'recv');
    expect(reply?.data?.replaceAll('\\', '')).toMatch(
      /\{"name":"video\.mp4","size":8388608,"sha256":"[0-9a-f]{32}/,
    );
  });
});
