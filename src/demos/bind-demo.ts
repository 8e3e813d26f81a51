import type { Socket } from 'node:net';
import type { CommandContext } from '../core/command-context.js';
import { NetlabError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import { connectTcp } from '../net/connect-tcp.js';
import { type InterfaceAddress, interfaceAddresses } from '../net/interface-addresses.js';
import { listenTcp, type TcpListener } from '../net/listen-tcp.js';
import { isWildcard } from '../net/parse-endpoint.js';
import { endpoint, systemCode } from '../net/socket-error.js';
import { waitForAbort } from '../net/wait-for-abort.js';
import { untilDone, warnIfWildcard } from './_demo-kit.js';
import type { DemoOptions } from './demo-options.js';
import { Narrator } from './narrator.js';

/**
 * A second loopback address. Linux routes all of 127.0.0.0/8 to this machine, so the demo can show
 * what a 127.0.0.1 binding refuses without leaving the machine; elsewhere the step is skipped.
 */
const OTHER_LOOPBACK = '127.0.0.2';
/** The two bindings the demo compares. */
const BINDINGS = ['127.0.0.1', '0.0.0.0'] as const;

/** `netlab demo bind`: what a server bound to 127.0.0.1 accepts, against one bound to 0.0.0.0. */
export async function runBindDemo(
  options: DemoOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const narrator = new Narrator(context);
  const { signal } = context;
  return untilDone(narrator, async () => {
    narrator.title('netlab demo bind: 127.0.0.1 versus 0.0.0.0');
    if (options.role === 'client') {
      await tryConnect(options.host, options.port, narrator, signal);
      return 0;
    }
    const addresses = interfaceAddresses().filter((entry) => entry.family === 'IPv4');
    listAddresses(addresses, narrator);
    if (options.role === 'server') return serve(options, addresses, narrator, signal);
    for (const [index, host] of BINDINGS.entries()) {
      narrator.title(`(${index + 1}) A server bound to ${host}`);
      const listener = await listenTcp({ host, port: options.port });
      try {
        narrator.event({ side: 'server', event: 'listen', host, port: listener.port });
        warnIfWildcard(narrator, host, listener.port);
        listener.server.on('connection', (socket: Socket) => socket.destroy());
        for (const dial of ['127.0.0.1', OTHER_LOOPBACK]) {
          await tryConnect(dial, listener.port, narrator, signal);
        }
        narrator.say(reachText(host, addresses));
      } finally {
        await listener.close();
      }
    }
    return 0;
  });
}

function listAddresses(addresses: readonly InterfaceAddress[], narrator: Narrator): void {
  narrator.say('This machine’s IPv4 addresses (os.networkInterfaces()):');
  for (const entry of addresses) {
    const note = entry.internal ? 'loopback: this machine only' : 'reachable from its network';
    narrator.say(`  ${entry.name.padEnd(10)} ${entry.address.padEnd(16)} ${note}`);
  }
}

/** Where a server bound to `host` can be reached from, in words. */
function reachText(host: string, addresses: readonly InterfaceAddress[]): string {
  if (!isWildcard(host)) {
    return [
      `→ bound to ${host}: only connections to exactly ${host} are accepted,`,
      '  and only programs on this machine can reach a loopback address.',
    ].join('\n');
  }
  const outside = addresses.filter((entry) => !entry.internal).map((entry) => entry.address);
  return [
    `→ bound to ${host}: every address of this machine accepts connections,`,
    outside.length === 0
      ? '  though this machine has no address outside loopback right now.'
      : `  including ${outside.join(', ')}: any machine that reaches those can connect.`,
  ].join('\n');
}

/** Connects to host:port and narrates whether the server accepted. */
async function tryConnect(
  host: string,
  port: number,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<void> {
  try {
    const socket = await connectTcp({ host, port, timeoutMs: 1000, signal });
    narrator.event({
      side: 'client',
      event: 'connect',
      host,
      port,
      say: `connect to ${endpoint(host, port)}: accepted (from ${socket.localAddress})`,
    });
    socket.destroy();
  } catch (error) {
    if (!(error instanceof NetlabError) || error.code === 'interrupted') throw error;
    const code = systemCode(error) ?? error.code;
    const why =
      code === 'ECONNREFUSED'
        ? 'refused: nothing listens on that address'
        : `failed (${code}): this system may not have that address`;
    narrator.event({
      side: 'client',
      event: 'error',
      host,
      port,
      code,
      message: error.message,
      say: `connect to ${endpoint(host, port)}: ${why}`,
    });
  }
}

async function serve(
  options: DemoOptions,
  addresses: readonly InterfaceAddress[],
  narrator: Narrator,
  signal: AbortSignal,
): Promise<ExitCode> {
  const listener: TcpListener = await listenTcp({ host: options.host, port: options.port });
  try {
    narrator.event({ side: 'server', event: 'listen', host: listener.host, port: listener.port });
    warnIfWildcard(narrator, listener.host, listener.port);
    listener.server.on('connection', (socket: Socket) => {
      narrator.event({
        side: 'server',
        event: 'connect',
        peer: endpoint(socket.remoteAddress ?? '?', socket.remotePort ?? 0),
      });
      socket.destroy();
    });
    narrator.say(reachText(listener.host, addresses));
    narrator.say(
      `\nWaiting for connections (Ctrl-C to stop). From another terminal or machine:\n  netlab demo bind --role client --host ADDRESS --port ${listener.port}`,
    );
    await waitForAbort(signal);
    return 0;
  } finally {
    await listener.close();
  }
}
