import { describe, expect, test } from 'vitest';
import { PORT_SERVICES } from '../../src/calc/port-services.js';
import { checkReply, formatAnswer } from '../../src/lessons/answer.js';
import type { Question } from '../../src/lessons/question.js';
import { architectureQuestion } from '../../src/lessons/questions/architecture-question.js';
import { arpTargetQuestion } from '../../src/lessons/questions/arp-target-question.js';
import { dataAckQuestion } from '../../src/lessons/questions/data-ack-question.js';
import { frameSizeQuestion } from '../../src/lessons/questions/frame-size-question.js';
import { framedSizeQuestion } from '../../src/lessons/questions/framed-size-question.js';
import { hostCountQuestion } from '../../src/lessons/questions/host-count-question.js';
import { layerQuestion } from '../../src/lessons/questions/layer-question.js';
import { lengthHeaderQuestion } from '../../src/lessons/questions/length-header-question.js';
import { loopbackQuestion } from '../../src/lessons/questions/loopback-question.js';
import { macUnicastQuestion } from '../../src/lessons/questions/mac-unicast-question.js';
import { macUniversalQuestion } from '../../src/lessons/questions/mac-universal-question.js';
import { maskPrefixQuestion } from '../../src/lessons/questions/mask-prefix-question.js';
import { networkQuestion } from '../../src/lessons/questions/network-question.js';
import { portRangeQuestion } from '../../src/lessons/questions/port-range-question.js';
import { portValidQuestion } from '../../src/lessons/questions/port-valid-question.js';
import { privateQuestion } from '../../src/lessons/questions/private-question.js';
import { sameSubnetQuestion } from '../../src/lessons/questions/same-subnet-question.js';
import { servicePortQuestion } from '../../src/lessons/questions/service-port-question.js';
import { synAckQuestion } from '../../src/lessons/questions/syn-ack-question.js';
import { timeWaitQuestion } from '../../src/lessons/questions/time-wait-question.js';
import { transportQuestion } from '../../src/lessons/questions/transport-question.js';

const HOST_A = { from: '192.168.1.10', mask: '255.255.255.0', gateway: '192.168.1.1' };

/** Each question with the answer worked out by hand from the course's rules. */
const cases: readonly { name: string; question: Question; answer: string }[] = [
  {
    name: 'same segment 10.1.2.3 and 10.1.9.9 under 255.255.0.0',
    question: sameSubnetQuestion('10.1.2.3', '10.1.9.9', '255.255.0.0'),
    answer: 'yes',
  },
  {
    name: 'same segment 192.168.1.10 and 192.168.2.10 under /24',
    question: sameSubnetQuestion('192.168.1.10', '192.168.2.10', '255.255.255.0'),
    answer: 'no',
  },
  {
    name: 'ARP target for a neighbour',
    question: arpTargetQuestion({ ...HOST_A, to: '192.168.1.200' }),
    answer: '192.168.1.200',
  },
  {
    name: 'ARP target for another network',
    question: arpTargetQuestion({ ...HOST_A, to: '10.0.0.5' }),
    answer: '192.168.1.1',
  },
  {
    name: 'network of 192.168.1.77/26',
    question: networkQuestion('192.168.1.77/26'),
    answer: '192.168.1.64',
  },
  { name: 'hosts on a /24', question: hostCountQuestion('192.168.1.0/24'), answer: '254' },
  { name: 'prefix of 255.255.240.0', question: maskPrefixQuestion('255.255.240.0'), answer: '20' },
  { name: '172.32.0.1 private', question: privateQuestion('172.32.0.1'), answer: 'no' },
  { name: '172.31.255.255 private', question: privateQuestion('172.31.255.255'), answer: 'yes' },
  {
    name: '127.0.0.1 reachable from outside',
    question: loopbackQuestion('127.0.0.1'),
    answer: 'no',
  },
  { name: '0.0.0.0 reachable from outside', question: loopbackQuestion('0.0.0.0'), answer: 'yes' },
  { name: 'range of port 443', question: portRangeQuestion('443'), answer: 'well-known (0-1023)' },
  {
    name: 'range of port 3306',
    question: portRangeQuestion('3306'),
    answer: 'registered (1024-49151)',
  },
  {
    name: 'range of port 49152',
    question: portRangeQuestion('49152'),
    answer: 'dynamic (49152-65535)',
  },
  { name: 'port 65535 valid', question: portValidQuestion('65535'), answer: 'yes' },
  { name: 'port 70000 valid', question: portValidQuestion('70000'), answer: 'no' },
  {
    name: '01:00:5e:00:00:fb unicast',
    question: macUnicastQuestion('01:00:5e:00:00:fb'),
    answer: 'no',
  },
  {
    name: '00:1a:2b:3c:4d:5e unicast',
    question: macUnicastQuestion('00:1a:2b:3c:4d:5e'),
    answer: 'yes',
  },
  {
    name: '02:42:ac:11:00:02 universal',
    question: macUniversalQuestion('02:42:ac:11:00:02'),
    answer: 'no',
  },
  { name: 'framed 21 and 10 bytes', question: framedSizeQuestion([21, 10]), answer: '39' },
  { name: 'header for 2048 bytes', question: lengthHeaderQuestion(2048), answer: '00 00 08 00' },
  { name: 'SYN-ACK for ISN 1000', question: synAckQuestion(1000, 5000), answer: '1001' },
  {
    name: 'ACK after "hello" from ISN 1000',
    question: dataAckQuestion(1000, 'hello'),
    answer: '1006',
  },
  {
    name: 'SYN-ACK at the top of sequence space',
    question: synAckQuestion(4_294_967_295, 0),
    answer: '0',
  },
  {
    name: 'frame around "GET / HTTP/1.1"',
    question: frameSizeQuestion('GET / HTTP/1.1'),
    answer: '68',
  },
  { name: 'port for http://', question: servicePortQuestion('http'), answer: '80' },
  { name: 'port for https://', question: servicePortQuestion('https'), answer: '443' },
  { name: 'TIME-WAIT side', question: timeWaitQuestion(), answer: 'the client' },
  {
    name: 'the QQ app you install',
    question: architectureQuestion('qq-app'),
    answer: 'C/S (client/server)',
  },
  {
    name: 'a search in the browser',
    question: architectureQuestion('search-in-browser'),
    answer: 'B/S (browser/server)',
  },
  { name: 'layer of a switch', question: layerQuestion({ device: 'switch' }), answer: 'data link' },
  { name: 'layer of a router', question: layerQuestion({ device: 'router' }), answer: 'network' },
  { name: 'layer of IP addresses', question: layerQuestion({ address: 'ip' }), answer: 'network' },
  {
    name: 'layer of MAC addresses',
    question: layerQuestion({ address: 'mac' }),
    answer: 'data link',
  },
  { name: 'layer of ports', question: layerQuestion({ address: 'port' }), answer: 'transport' },
  { name: 'a file transfer', question: transportQuestion('file-transfer'), answer: 'TCP' },
  { name: 'a live video call', question: transportQuestion('video-call'), answer: 'UDP' },
  { name: 'a DNS query', question: transportQuestion('dns-query'), answer: 'UDP' },
  { name: 'a SOCK_DGRAM socket', question: transportQuestion('sock-dgram'), answer: 'UDP' },
];

describe('check-your-understanding answers come from the calculators', () => {
  test.for(cases)('$name: $answer', ({ question, answer }) => {
    expect(formatAnswer(question.solve().answer, 'en')).toBe(answer);
  });

  test('a layer is chosen by its own number: 2 is the data link layer', () => {
    const { answer } = layerQuestion({ device: 'switch' }).solve();
    expect(checkReply(answer, '2')).toBe('right');
    expect(checkReply(answer, 'data link')).toBe('right');
    expect(checkReply(answer, '3')).toBe('wrong');
  });

  test('C/S and TCP are read as typed, in capitals', () => {
    expect(checkReply(architectureQuestion('qq-app').solve().answer, 'C/S')).toBe('right');
    expect(checkReply(transportQuestion('dns-query').solve().answer, 'TCP')).toBe('wrong');
  });

  test('the DNS question agrees with the port table: DNS queries go over UDP port 53', () => {
    const dns = PORT_SERVICES.find((service) => service.description.startsWith('Domain Name'));
    expect(dns).toMatchObject({ port: 53, transport: 'udp' });
    expect(formatAnswer(transportQuestion('dns-query').solve().answer, 'en')).toBe(
      dns?.transport.toUpperCase(),
    );
  });

  test('0.0.0.0 is explained as every address of the machine', () => {
    expect(loopbackQuestion('0.0.0.0').solve().text.en.because).toContain(
      'every address of this machine',
    );
  });

  test('a question names the netlab command that computes the same answer', () => {
    expect(sameSubnetQuestion('10.1.2.3', '10.1.9.9', '255.255.0.0').solve().check).toEqual([
      'same-subnet',
      '10.1.2.3',
      '10.1.9.9',
      '255.255.0.0',
    ]);
  });

  test('the explanation quotes the computed networks', () => {
    const solved = sameSubnetQuestion('10.1.2.3', '10.1.9.9', '255.255.0.0').solve();
    expect(solved.text.en.because).toBe(
      '10.1.2.3 AND 255.255.0.0 = 10.1.0.0, 10.1.9.9 AND 255.255.0.0 = 10.1.0.0: the same network.',
    );
    expect(solved.text.zh.because).toBe(
      '10.1.2.3 与 255.255.0.0 按位与得 10.1.0.0，10.1.9.9 与 255.255.0.0 按位与得 10.1.0.0，网络号相同。',
    );
  });
});
