import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { installed } from '../helpers/installed.js';
import { NETLAB_BIN } from '../helpers/run-cli.js';
import { parseEvents, startServer } from './_demo-helpers.js';

const MAX_RSS = fileURLToPath(new URL('./_max-rss.py', import.meta.url));

interface Measured {
  readonly code: number;
  readonly peakMiB: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a chat client fed `mib` MiB of zeros without a newline, then "hi"; its peak memory. */
async function chatWithLongLine(mib: number, port: string): Promise<Measured> {
  const args = [MAX_RSS, String(mib), process.execPath, NETLAB_BIN, 'chat', '--role', 'client'];
  const { stdout } = await promisify(execFile)('python3', [...args, '--port', port, '--json'], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as Measured;
}

describe.skipIf(!installed('python3'))('netlab chat with a line too long for a datagram', () => {
  test('memory stays bounded, the line is refused by its length, and the chat goes on', async () => {
    const server = await startServer(['chat']);
    const idle = await chatWithLongLine(0, server.port);
    const flooded = await chatWithLongLine(128, server.port);
    expect(flooded.code).toBe(0);
    const events = parseEvents(flooded.stdout);
    expect(events.map((event) => event.event)).toEqual(['listen', 'send']);
    expect(events[1]).toMatchObject({ data: 'hi' });
    expect(flooded.stderr).toBe(
      'warning: not sent: a line of 134,217,728 bytes is more than one datagram holds (65,507); the chat goes on\n',
    );
    // Holding the 128 MiB line even once would add 128 MiB; the reader holds at most 64 KiB of it.
    expect(flooded.peakMiB - idle.peakMiB).toBeLessThan(64);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(130);
  });
});
