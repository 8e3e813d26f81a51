import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { describeArp } from '../../src/lab/describe-frame.js';
import type { LabEvent } from '../../src/lab/experiment-kit.js';
import { renderLabEvent } from '../../src/lab/lab-event-text.js';
import { compareEvent, stepEvent } from '../../src/lab/lab-narration.js';

const REQUEST = describeArp('02:00:00:00:00:0a', 'ff:ff:ff:ff:ff:ff', {
  op: 'request',
  senderMac: '02:00:00:00:00:0a',
  senderIp: '192.168.1.10',
  targetIp: '192.168.1.20',
});
const REPLY = describeArp('02:00:00:00:00:14', '02:00:00:00:00:0a', {
  op: 'reply',
  senderMac: '02:00:00:00:00:14',
  senderIp: '192.168.1.20',
  targetIp: '192.168.1.10',
});
const ARP_CHECK = compareEvent('arp.frames', {
  kernel: [REQUEST, REPLY],
  simulation: [REQUEST, REPLY],
});
const COMMAND: LabEvent = {
  event: 'command',
  host: 'A',
  argv: ['ping', '-c', '1', '192.168.2.30'],
  code: 1,
  output: 'PING 192.168.2.30',
};
const FRAME: LabEvent = { event: 'frame', on: 's1', n: 1, frame: REQUEST };

const en = { columns: 200, lang: 'en' } as const;
const zh = { columns: 200, lang: 'zh' } as const;
const widest = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(line)));
/** Three ASCII words in a row outside quotes: an English phrase left in a Chinese line. */
const ENGLISH_PHRASE = /[A-Za-z][\w'-]*(?: +[A-Za-z][\w'-]*){2,}/;

describe("the lab's narration on a terminal", () => {
  test('a comparison of the kernel and the simulation fits 80 columns, MAC pairs on their own lines', () => {
    const text = renderLabEvent(ARP_CHECK, en);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toContain(
      '    kernel:    ARP  request: who has 192.168.1.20? tell 192.168.1.10\n',
    );
    expect(text).toContain('[02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff broadcast]');
    expect(text.endsWith('    same')).toBe(true);
  });

  test('a long step wraps on words under its bullet', () => {
    const text = renderLabEvent(stepEvent('arp.after'), { columns: 80, lang: 'en' });
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toBe(
      '\n* After: each host learned the other from the ARP exchange, the switch learned\n  both ports.',
    );
  });
});

describe('the narration in Chinese', () => {
  test('a step is said in Chinese, with its values filled in, whatever the English text says', () => {
    const step = stepEvent('bind.round', { address: '127.0.0.1', target: '192.168.1.20' });
    expect(step.text).toBe("B's tcp server binds 127.0.0.1; A dials 192.168.1.20.");
    expect(renderLabEvent(step, zh)).toBe(
      '\n* B 上的 tcp 服务器绑定 127.0.0.1；A 连接 192.168.1.20。',
    );
  });

  test('a long Chinese step wraps within 80 columns', () => {
    const text = renderLabEvent(stepEvent('gateway.wrong-mask'), { columns: 40, lang: 'zh' });
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text.split('\n').length).toBeGreaterThan(2);
  });

  test('a frame keeps its protocol tokens and says the rest in Chinese', () => {
    expect(renderLabEvent(FRAME, zh).split('\n')).toEqual([
      '  s1  1 ARP  请求：谁是 192.168.1.20？请告诉 192.168.1.10',
      '             [02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff 广播]',
    ]);
  });

  test('a failed command shows its exit status in Chinese', () => {
    expect(renderLabEvent(COMMAND, zh)).toBe(
      '  A$ ping -c 1 192.168.2.30\n    PING 192.168.2.30\n    （退出码 1）',
    );
  });

  test('a check of frames shows both sides as Chinese frame lines under Chinese labels, fitted to 80 columns', () => {
    const text = renderLabEvent(ARP_CHECK, zh);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text.split('\n')).toEqual([
      '  检查：ARP 帧',
      '    内核：     ARP  请求：谁是 192.168.1.20？请告诉 192.168.1.10',
      '                    [02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff 广播]',
      '               ARP  应答：192.168.1.20 的 MAC 地址是 02:00:00:00:00:14',
      '                    [02:00:00:00:00:14 > 02:00:00:00:00:0a 单播]',
      '    模拟：     ARP  请求：谁是 192.168.1.20？请告诉 192.168.1.10',
      '                    [02:00:00:00:00:0a > ff:ff:ff:ff:ff:ff 广播]',
      '               ARP  应答：192.168.1.20 的 MAC 地址是 02:00:00:00:00:14',
      '                    [02:00:00:00:00:14 > 02:00:00:00:00:0a 单播]',
      '    相同',
    ]);
  });

  test('a check whose values are words translates them, and a difference is said', () => {
    const check = compareEvent('gateway.ttl-one', {
      kernel: 'nothing',
      simulation: 'time to live exceeded',
    });
    expect(renderLabEvent(check, zh).split('\n')).toEqual([
      '  检查：R 对 TTL 为 1 的包的回答',
      '    内核：     没有回答',
      '    模拟：     TTL 超时',
      '    不一致',
    ]);
    const yes = compareEvent('gateway.macs', { kernel: 'true', simulation: 'true' });
    expect(renderLabEvent(yes, zh)).toContain('    内核：     是\n');
  });

  test('a check with params says them in Chinese; values that are not words stay as they are', () => {
    const check = compareEvent(
      'bind.answer',
      { kernel: 'RST,ACK', simulation: 'RST,ACK' },
      { address: '127.0.0.1' },
    );
    expect(check.what).toBe("B answers A's SYN (server on 127.0.0.1)");
    expect(renderLabEvent(check, zh).split('\n').slice(0, 2)).toEqual([
      '  检查：B 对 A 的 SYN 的回答（服务器绑定在 127.0.0.1）',
      '    内核：     RST,ACK',
    ]);
  });

  test('no event renders an English phrase in Chinese', () => {
    const events: LabEvent[] = [
      stepEvent('arp.before'),
      stepEvent('gateway.ttl-one'),
      stepEvent('demo.start', { demo: 'tcp' }),
      stepEvent('demo.listening', { demo: 'tcp', address: '192.168.1.20', port: 9000 }),
      ARP_CHECK,
      compareEvent('demo.handshake', { kernel: 'SYN / SYN,ACK / ACK', simulation: 'x' }),
      COMMAND,
      FRAME,
    ];
    for (const event of events) {
      const text = renderLabEvent(event, zh).replace(/\$ .*|PING .*/g, '');
      expect(text).not.toMatch(ENGLISH_PHRASE);
    }
  });
});
