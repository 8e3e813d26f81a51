import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';
import { bindUdp, type UdpEndpoint } from '../net/bind-udp.js';
import { findLargestDatagram } from '../net/largest-datagram.js';
import { dialHost } from '../net/parse-endpoint.js';
import { sendDatagram } from '../net/send-datagram.js';
import { endpoint, socketError } from '../net/socket-error.js';
import { waitForAbort } from '../net/wait-for-abort.js';
import { pause, waitForEvent } from '../net/wait-for-event.js';
import { otherEnd, untilDone, warnIfWildcard } from './_demo-kit.js';
import type { DemoOptions } from './demo-options.js';
import { Narrator, SIDE_COLUMNS } from './narrator.js';

/** Three datagrams, as the course's chat sends them one line at a time. */
const MESSAGES = ['hello', 'how are you?', 'bye'] as const;
/** How long the demo waits for datagrams it sent to itself before saying some were lost. */
const ARRIVAL_TIMEOUT_MS = 2000;

/** The loopback address of each IP family, and the largest UDP payload one datagram can carry. */
const FAMILIES = {
  IPv4: {
    name: 'IPv4',
    loopback: '127.0.0.1',
    limit: 65_507,
    why: 'udp.why.IPv4',
  },
  IPv6: {
    name: 'IPv6',
    loopback: '::1',
    limit: 65_527,
    why: 'udp.why.IPv6',
  },
} as const;

/** A conclusion: an arrow, then lines hanging under its text. */
const ARROW = { first: '→ ', rest: '  ' } as const;

/** Datagrams the server has received so far. */
interface Counter {
  count: number;
}

interface Target {
  readonly host: string;
  readonly port: number;
}

/** `netlab demo udp`: datagrams keep their boundaries, have a size limit and need no connection. */
export async function runUdpDemo(options: DemoOptions, context: CommandContext): Promise<ExitCode> {
  const narrator = new Narrator(context);
  const { signal } = context;
  return untilDone(narrator, async () => {
    narrator.title(narrator.format('udp.title'));
    if (options.role === 'client') return runClient(options, narrator, signal);
    const server = await bindUdp({ host: options.host, port: options.port });
    const received: Counter = { count: 0 };
    try {
      server.socket.on('message', (message, from) => {
        narrator.event({
          side: 'server',
          event: 'recv',
          payload: message,
          peer: endpoint(from.address, from.port),
        });
        received.count += 1;
      });
      narrator.event({
        side: 'server',
        event: 'listen',
        host: server.host,
        port: server.port,
        say: narrator.format('udp.bound', { endpoint: endpoint(server.host, server.port) }),
      });
      warnIfWildcard(narrator, server.host, server.port);
      if (options.role === 'server') {
        narrator.say(`\n${narrator.format('udp.waiting')}\n  ${otherEnd('udp', 'client', server)}`);
        await waitForAbort(signal);
        return 0;
      }
      return await runBoth(server, received, narrator, signal);
    } finally {
      await server.close();
    }
  });
}

async function runBoth(
  server: UdpEndpoint,
  received: Counter,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<ExitCode> {
  const client = await bindUdp({ host: dialHost(server.host), port: 0 });
  try {
    const target = { host: dialHost(server.host), port: server.port };
    await sendThree(client, target, narrator);
    const got = await awaitDatagrams(server, received, MESSAGES.length, signal);
    narrator.paragraph(
      got === MESSAGES.length ? 'udp.boundaries' : 'udp.lost',
      { sends: MESSAGES.length, got },
      ARROW,
    );
    const before = received.count;
    const largest = await showSizeLimit(client, target, narrator);
    if ((await awaitDatagrams(server, received, before + 1, signal)) > before) {
      narrator.paragraph('udp.largestArrived', { size: narrator.count(largest) }, ARROW);
    }
    await showNoConnection(client, target, narrator);
    return 0;
  } finally {
    await client.close();
  }
}

async function runClient(
  options: DemoOptions,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<ExitCode> {
  const client = await bindUdp({ host: options.host.includes(':') ? '::' : '0.0.0.0', port: 0 });
  try {
    const target = { host: options.host, port: options.port };
    await sendThree(client, target, narrator);
    narrator.say(`  ${narrator.format('udp.serverTells')}`);
    await showSizeLimit(client, target, narrator);
    await pause(100, signal);
    await showNoConnection(client, target, narrator);
    return 0;
  } finally {
    await client.close();
  }
}

async function sendThree(client: UdpEndpoint, target: Target, narrator: Narrator): Promise<void> {
  narrator.title(narrator.format('udp.part1', { count: MESSAGES.length }));
  for (const message of MESSAGES) {
    const bytes = Buffer.from(message);
    await send(client, bytes, target);
    narrator.event({
      side: 'client',
      event: 'send',
      payload: bytes,
      peer: endpoint(target.host, target.port),
    });
  }
}

/** Finds the largest datagram (sending where nobody listens), then sends one that size to `target`. */
async function showSizeLimit(
  client: UdpEndpoint,
  target: Target,
  narrator: Narrator,
): Promise<number> {
  narrator.title(narrator.format('udp.part2'));
  const family = FAMILIES[target.host.includes(':') ? 'IPv6' : 'IPv4'];
  const nobody = await unusedPort(family.loopback);
  const probe = { host: family.loopback, port: nobody };
  const found = await findLargestDatagram(client.socket, probe).catch((error: unknown) => {
    throw socketError(error, { action: 'send to', endpoint: endpoint(probe.host, probe.port) });
  });
  const indent = ' '.repeat(SIDE_COLUMNS);
  narrator.say(
    [
      `${narrator.sideLabel('client')}${narrator.format('udp.largest', { family: family.name, size: narrator.count(found.largest) })}`,
      found.largest === family.limit
        ? `${indent}= ${narrator.format(family.why)}`
        : `${indent}${narrator.format('udp.capped', { family: family.name, size: narrator.count(family.limit) })}`,
    ].join('\n'),
  );
  const largest = Buffer.alloc(found.largest, 0x2e);
  await send(client, largest, target);
  narrator.event({
    side: 'client',
    event: 'send',
    payload: largest,
    peer: endpoint(target.host, target.port),
  });
  narrator.event({
    side: 'client',
    event: 'error',
    code: found.code,
    message: narrator.english('udp.tooBig', { bytes: found.largest + 1 }),
    say: narrator.format('event.error', {
      code: found.code,
      message: narrator.format('udp.tooBig', { bytes: found.largest + 1 }),
    }),
    bytes: found.largest + 1,
  });
  return found.largest;
}

async function showNoConnection(
  client: UdpEndpoint,
  target: Target,
  narrator: Narrator,
): Promise<void> {
  narrator.title(narrator.format('udp.part3'));
  const { loopback } = FAMILIES[target.host.includes(':') ? 'IPv6' : 'IPv4'];
  const nobody = await unusedPort(loopback);
  const bytes = Buffer.from('anyone there?');
  await send(client, bytes, { host: loopback, port: nobody });
  narrator.event({
    side: 'client',
    event: 'send',
    payload: bytes,
    peer: endpoint(loopback, nobody),
    say: narrator.format('udp.sentToNobody', {
      size: narrator.count(bytes.length),
      endpoint: endpoint(loopback, nobody),
    }),
  });
  narrator.paragraph('udp.noConnection', {}, ARROW);
}

async function send(client: UdpEndpoint, bytes: Uint8Array, target: Target): Promise<void> {
  try {
    await sendDatagram(client.socket, bytes, target);
  } catch (error) {
    throw socketError(error, { action: 'send to', endpoint: endpoint(target.host, target.port) });
  }
}

/** A UDP port nobody holds at this moment on `host`: bound by the system, then released. */
async function unusedPort(host: string): Promise<number> {
  const probe = await bindUdp({ host, port: 0 });
  await probe.close();
  return probe.port;
}

/** The timeout of a wait for datagrams the demo sent itself, told apart from real failures. */
class LateDatagrams extends Error {}

/** Waits until the server has received `wanted` datagrams in all, or gives up after a while. */
async function awaitDatagrams(
  server: UdpEndpoint,
  received: Counter,
  wanted: number,
  signal: AbortSignal,
): Promise<number> {
  while (received.count < wanted) {
    try {
      await waitForEvent(server.socket, 'message', {
        timeoutMs: ARRIVAL_TIMEOUT_MS,
        signal,
        onTimeout: () => new LateDatagrams(),
      });
    } catch (error) {
      if (error instanceof LateDatagrams) break;
      throw error;
    }
  }
  return received.count;
}
