import { describe, expect, test } from 'vitest';
import { hasPty, onTerminal } from '../helpers/pty.js';
import { parseEvents, startServer } from './_demo-helpers.js';

describe.skipIf(!hasPty)('netlab chat on a real terminal', () => {
  test('shows a prompt, echoes what is typed and shows the other side’s reply', async () => {
    const server = await startServer(['chat']);
    const heard = server.line((line) => line.includes('"event":"recv"'));
    const screen = onTerminal(
      ['chat', '--role', 'client', '--port', server.port],
      [
        ['> ', 'hello there\r'],
        ['says', '/quit\r'],
      ],
    );
    expect(parseEvents(await heard)[0]).toMatchObject({ data: 'hello there' });
    server.child.stdin.write('welcome back\n');
    const { raw: output, exitCode: code } = await screen;
    expect(code).toBe(0);
    // readline draws the prompt, then moves the cursor past it before echoing each key.
    const ESC = String.fromCharCode(0x1b);
    expect(output.replace(new RegExp(`${ESC}\\[\\d+G`, 'g'), '')).toContain('> hello there');
    expect(output).toMatch(/127\.0\.0\.1:\d+ says.*welcome back/);
    server.child.stdin.write('/quit\n');
    expect(await server.exited).toBe(0);
  });

  test('Ctrl-C ends it with exit 130', async () => {
    const server = await startServer(['chat']);
    const { exitCode: code } = await onTerminal(
      ['chat', '--role', 'client', '--port', server.port],
      [['> ', '\x03']],
    );
    expect(code).toBe(130);
    server.child.stdin.write('/quit\n');
    expect(await server.exited).toBe(0);
  });
});
