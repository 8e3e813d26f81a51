import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { Narrator } from '../../src/demos/narrator.js';
import { memoryContext, memoryIo } from '../helpers/memory-io.js';

function narratorFor(json: boolean, times: number[]) {
  const io = memoryIo();
  const narrator = new Narrator(memoryContext(io, { json }), { clock: () => times.shift() ?? 0 });
  return { io, narrator };
}

describe('Narrator', () => {
  test('with --json it writes one event object a line, timed from its start', () => {
    const { io, narrator } = narratorFor(true, [1000, 1000, 1012.4]);
    narrator.event({ side: 'server', event: 'listen', host: '127.0.0.1', port: 9514 });
    narrator.event({ side: 'client', event: 'send', payload: Buffer.from('hi\n') });
    narrator.say('only for people');
    expect(io.out()).toBe(
      '{"t":0,"side":"server","event":"listen","host":"127.0.0.1","port":9514}\n' +
        '{"t":12,"side":"client","event":"send","bytes":3,"data":"hi\\\\n","base64":"aGkK"}\n',
    );
  });

  test('in narration mode it writes a side column, standard wording and the data quoted', () => {
    const { io, narrator } = narratorFor(false, []);
    narrator.event({ side: 'server', event: 'listen', host: '127.0.0.1', port: 9514 });
    narrator.event({ side: 'client', event: 'send', payload: Buffer.from('my name is') });
    narrator.event({ side: 'server', event: 'recv', payload: Buffer.from('ab'), frame: 2 });
    narrator.event({ side: 'client', event: 'error', code: 'ECONNRESET', message: 'reset' });
    expect(io.out()).toBe(
      [
        '  server  listening on 127.0.0.1:9514',
        '  client  sent 10 bytes  "my name is"',
        '  server  frame 2: 2 bytes  "ab"',
        '  client  ECONNRESET: reset',
        '',
      ].join('\n'),
    );
  });

  test('in narration mode long data is cut to fit 80 columns', () => {
    const { io, narrator } = narratorFor(false, []);
    narrator.event({ side: 'client', event: 'send', payload: Buffer.alloc(4096, 0x61) });
    const line = io.out().trimEnd();
    expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(line).toMatch(/^ {2}client {2}sent 4096 bytes {2}"a+…\(\+\d+ bytes\)"$/);
  });

  test('in narration mode words longer than the line wrap under the side column, within 80 columns', () => {
    const { io, narrator } = narratorFor(false, []);
    const say = `recv(4) at byte 184523: 5f b1 29 00 = ${'7'.repeat(10)} (file data!) and more words`;
    narrator.event({
      side: 'client',
      event: 'recv',
      payload: Buffer.from([0x5f, 0xb1, 0x29, 0]),
      say,
    });
    const lines = io.out().trimEnd().split('\n');
    expect(lines.length).toBe(2);
    expect(lines.every((line) => stringWidth(line) <= 80)).toBe(true);
    expect(lines[0]).toMatch(/^ {2}client {2}recv\(4\)/);
    expect(lines[1]).toMatch(/^ {10}\S/);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(`client  ${say}`);
  });

  test('in narration mode wide characters are measured by display width', () => {
    const { io, narrator } = narratorFor(false, []);
    narrator.event({ side: 'server', event: 'recv', payload: Buffer.from('你好'.repeat(100)) });
    const line = io.out().trimEnd();
    expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(stringWidth(line)).toBeGreaterThan(76);
  });

  test('with --json a payload that is the start of larger data counts the rest in its marker', () => {
    const { io, narrator } = narratorFor(true, [0]);
    narrator.event({ side: 'client', event: 'send', payload: Buffer.from('abc'), bytes: 1000 });
    expect(JSON.parse(io.out())).toMatchObject({ bytes: 1000, data: 'abc…(+997 bytes)' });
  });

  test('warn() writes one line to stderr in both modes', () => {
    const { io, narrator } = narratorFor(true, []);
    narrator.warn('listening on 0.0.0.0');
    expect(io.err()).toBe('warning: listening on 0.0.0.0\n');
    expect(io.out()).toBe('');
  });
});
