import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { spawnNetlab } from './_demo-helpers.js';

/** Each demo server, and a line it prints once its banner is complete. */
const SERVERS = [
  ['tcp', '--role client'],
  ['sticky', '--role client'],
  ['udp', '--role client'],
  ['http', 'Ctrl-C stops'],
  ['ports', '--role client'],
  ['transfer', '--role client'],
] as const;

/** IPv4 loopback makes URLs longest, IPv6 loopback adds --host to the client's command. */
const CASES = SERVERS.flatMap(([demo, last]) =>
  ['127.0.0.1', '::1'].map((host) => [demo, host, last] as const),
);

describe('demo server banners on an 80-column terminal', () => {
  test.for(CASES)(
    'netlab demo %s --role server --host %s keeps every line within 80 columns',
    async ([demo, host, last]) => {
      const args = ['demo', demo, '--role', 'server', '--host', host, '--port', '0'];
      const server = spawnNetlab(args);
      await server.line((line) => line.includes(last));
      const wide = server.lines().filter((line) => stringWidth(line) > 80);
      expect(wide).toEqual([]);
      server.child.kill('SIGINT');
      expect(await server.exited).toBe(130);
    },
  );
});
