import type { CommandContext } from '../core/command-context.js';
import { NetlabError } from '../core/errors.js';
import type { ExitCode } from '../core/exit-code.js';
import { acceptConnection } from '../net/accept-connection.js';
import { connectTcp } from '../net/connect-tcp.js';
import { ephemeralPortRange } from '../net/ephemeral-port-range.js';
import { listenTcp, type TcpListener } from '../net/listen-tcp.js';
import { dialHost } from '../net/parse-endpoint.js';
import { endpoint, systemCode } from '../net/socket-error.js';
import { waitForAbort } from '../net/wait-for-abort.js';
import { otherEnd, untilDone, warnIfWildcard } from './_demo-kit.js';
import type { DemoOptions } from './demo-options.js';
import { Narrator } from './narrator.js';

/** `netlab demo ports`: one port, one program; and the ports the system hands out by itself. */
export async function runPortsDemo(
  options: DemoOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const narrator = new Narrator(context);
  return untilDone(narrator, async () => {
    narrator.title('netlab demo ports: one port, one program');
    if (options.role === 'client') {
      await tryToTake(options.host, options.port, 'client', narrator);
      return 0;
    }
    const first = await listenTcp({ host: options.host, port: options.port });
    try {
      narrator.event({ side: 'server', event: 'listen', host: first.host, port: first.port });
      warnIfWildcard(narrator, first.host, first.port);
      if (options.role === 'server') {
        narrator.say(
          `\nHolding port ${first.port} until Ctrl-C. In another terminal, try to take it:\n  ${otherEnd('ports', 'client', first)}`,
        );
        await waitForAbort(context.signal);
        return 0;
      }
      await tryToTake(first.host, first.port, 'server', narrator);
      await showEphemeral(first, options.port === 0, narrator, context.signal);
      return 0;
    } finally {
      await first.close();
    }
  });
}

/** Tries to listen on a port that may be held, and narrates EADDRINUSE as the expected outcome. */
async function tryToTake(
  host: string,
  port: number,
  side: 'server' | 'client',
  narrator: Narrator,
): Promise<void> {
  narrator.say(
    `  ${side.padEnd(8)}a second server tries to listen on ${endpoint(host, port)} too…`,
  );
  let second: TcpListener | undefined;
  try {
    second = await listenTcp({ host, port });
  } catch (error) {
    if (!(error instanceof NetlabError) || systemCode(error) !== 'EADDRINUSE') throw error;
    narrator.event({
      side,
      event: 'error',
      code: 'EADDRINUSE',
      message: error.message,
      port,
      say: 'refused: EADDRINUSE, another program already holds that port',
    });
    narrator.say(
      [
        `→ refused with EADDRINUSE: at one moment, port ${port} on this address belongs`,
        '  to one program. That is how a port finds exactly one application.',
      ].join('\n'),
    );
    return;
  }
  narrator.event({ side, event: 'listen', host, port: second.port });
  narrator.say(`→ port ${port} was free: no other program holds it, so this one could.`);
  await second.close();
}

/** Connects without choosing a port, and shows the one the system picked from its range. */
async function showEphemeral(
  server: TcpListener,
  serverAskedForAny: boolean,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<void> {
  narrator.title('Ephemeral ports: the system picks the client’s port');
  const [client, socket] = await Promise.all([
    connectTcp({ host: dialHost(server.host), port: server.port, signal }),
    acceptConnection(server.server, { timeoutMs: 5000, signal }),
  ]);
  try {
    const local = client.localPort ?? 0;
    const range = await ephemeralPortRange();
    const inside = local >= range.low && local <= range.high;
    narrator.event({
      side: 'client',
      event: 'connect',
      host: server.host,
      port: server.port,
      localPort: local,
      ephemeralRange: { low: range.low, high: range.high, source: range.source },
      say: `connected to ${endpoint(server.host, server.port)} from port ${local}`,
    });
    socket.destroy();
    const lines = [
      `→ the client never named a port: the system gave it ${local}, ${inside ? 'from' : 'outside'} its`,
      `  ephemeral range ${range.low}–${range.high} (${range.source}).`,
    ];
    if (serverAskedForAny) {
      lines.push(`  Port 0 asks for the same: the server above got ${server.port} that way.`);
    }
    narrator.say(lines.join('\n'));
  } finally {
    client.destroy();
  }
}
