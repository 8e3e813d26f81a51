import { describe, expect, test } from 'vitest';
import { describePort } from '../../src/calc/port-info.js';
import { parsePort } from '../../src/calc/port-number.js';
import { palette } from '../../src/render/palette.js';
import { renderPort } from '../../src/render/port-text.js';

const plain = palette(false);
const port = (text: string) => describePort(parsePort(text));

describe('renderPort() describes the services on a port in the language asked', () => {
  test('renderPort() of 22 in English keeps the table’s description', () => {
    expect(renderPort(port('22'), plain)).toContain(
      '│ tcp      │ SSH (ssh): Secure Shell remote login (RFC 4253) ',
    );
  });

  test('renderPort() of 22 in Chinese describes SSH in Chinese', () => {
    expect(renderPort(port('22'), plain, { lang: 'zh' })).toContain(
      '│ tcp      │ SSH (ssh): 安全外壳协议，加密的远程登录（RFC 4253） ',
    );
  });

  test('renderPort() of 53 in Chinese describes each transport in Chinese', () => {
    const text = renderPort(port('53'), plain, { lang: 'zh' });
    expect(text).toContain(
      '│ tcp      │ DNS (domain): 基于 TCP 的 DNS：较大的应答和区域传送（RFC ',
    );
    expect(text).toContain('│ udp      │ DNS (domain): 域名系统查询（RFC 1035）');
  });
});
