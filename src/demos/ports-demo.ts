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

/** A conclusion: an arrow, then lines hanging under its text. */
const ARROW = { first: '→ ', rest: '  ' } as const;
/** A paragraph that goes on from a conclusion. */
const HANG = { first: '  ', rest: '  ' } as const;

/** `netlab demo ports`: one port, one program; and the ports the system hands out by itself. */
export async function runPortsDemo(
  options: DemoOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const narrator = new Narrator(context);
  return untilDone(narrator, async () => {
    narrator.title(narrator.format('ports.title'));
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
          `\n${narrator.format('ports.holding', { port: first.port })}\n  ${otherEnd('ports', 'client', first)}`,
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
    `${narrator.sideLabel(side)}${narrator.format('ports.tries', { endpoint: endpoint(host, port) })}`,
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
      say: narrator.format('ports.refused'),
    });
    narrator.paragraph('ports.lesson', { port }, ARROW);
    return;
  }
  narrator.event({ side, event: 'listen', host, port: second.port });
  narrator.paragraph('ports.free', { port }, ARROW);
  await second.close();
}

/** Connects without choosing a port, and shows the one the system picked from its range. */
async function showEphemeral(
  server: TcpListener,
  serverAskedForAny: boolean,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<void> {
  narrator.title(narrator.format('ports.ephemeralTitle'));
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
      say: narrator.format('ports.connected', {
        endpoint: endpoint(server.host, server.port),
        port: local,
      }),
    });
    socket.destroy();
    const params = { port: local, low: range.low, high: range.high, source: range.source };
    narrator.paragraph(inside ? 'ports.picked' : 'ports.pickedOutside', params, ARROW);
    if (serverAskedForAny) narrator.paragraph('ports.portZero', { port: server.port }, HANG);
  } finally {
    client.destroy();
  }
}
