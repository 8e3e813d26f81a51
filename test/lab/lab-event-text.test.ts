import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { renderLabEvent } from '../../src/lab/lab-event-text.js';

const REQUEST =
  'ARP  request: who has 192.168.1.20? tell 192.168.1.10 [02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff broadcast]';
const REPLY =
  'ARP  reply: 192.168.1.20 is at 02:00:00:00:00:14 [02:00:00:00:00:14 > 02:00:00:00:00:0a unicast]';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(line)));

describe("the lab's narration on a terminal", () => {
  test('a comparison of the kernel and the simulation fits 80 columns, MAC pairs on their own lines', () => {
    const frames = `${REQUEST}\n${REPLY}`;
    const text = renderLabEvent(
      { event: 'compare', what: 'ARP frames', kernel: frames, simulation: frames, same: true },
      200,
    );
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toContain(
      '    kernel:    ARP  request: who has 192.168.1.20? tell 192.168.1.10\n',
    );
    expect(text).toContain('[02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff broadcast]');
    expect(text.endsWith('    same')).toBe(true);
  });

  test('a long step wraps on words under its bullet', () => {
    const text = renderLabEvent(
      {
        event: 'step',
        text: 'After: each host learned the other from the ARP exchange, the switch learned both ports.',
      },
      80,
    );
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toBe(
      '\n* After: each host learned the other from the ARP exchange, the switch learned\n  both ports.',
    );
  });
});
