import type { Socket } from 'node:net';
import stringWidth from 'string-width';
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

/** What the bind demo reads from the machine; tests inject a fixed address list. */
export interface BindDemoHooks {
  /** This machine's interface addresses; os.networkInterfaces() unless injected. */
  readonly addresses?: () => readonly InterfaceAddress[];
}

/** How one connection attempt ended. */
type Outcome = 'reached' | 'refused' | 'failed';

/** One address the demo dials, and what it is. */
interface Dial {
  readonly address: string;
  /** A loopback address: reachable from this machine only. */
  readonly internal: boolean;
}

/**
 * The addresses the client dials: 127.0.0.1, the second loopback address, then each non-loopback
 * IPv4 address of this machine. Only the machine's own addresses are ever dialled.
 */
export function bindDials(addresses: readonly InterfaceAddress[]): readonly Dial[] {
  const dials: Dial[] = [
    { address: '127.0.0.1', internal: true },
    { address: OTHER_LOOPBACK, internal: true },
  ];
  for (const entry of addresses) {
    if (entry.family !== 'IPv4' || entry.internal) continue;
    if (dials.some((dial) => dial.address === entry.address)) continue;
    dials.push({ address: entry.address, internal: false });
  }
  return dials;
}

/** `netlab demo bind`: what a server bound to 127.0.0.1 accepts, against one bound to 0.0.0.0. */
export async function runBindDemo(
  options: DemoOptions,
  context: CommandContext,
  hooks: BindDemoHooks = {},
): Promise<ExitCode> {
  const narrator = new Narrator(context);
  const { signal } = context;
  return untilDone(narrator, async () => {
    narrator.title(narrator.format('bind.title'));
    if (options.role === 'client') {
      await tryConnect(options.host, options.port, narrator, signal);
      return 0;
    }
    const addresses = (hooks.addresses ?? interfaceAddresses)().filter(
      (entry) => entry.family === 'IPv4',
    );
    listAddresses(addresses, narrator);
    if (options.role === 'server') return serve(options, addresses, narrator, signal);
    const dials = bindDials(addresses);
    if (!dials.some((dial) => !dial.internal)) {
      narrator.say('');
      narrator.paragraph('bind.noOutside');
    }
    const outcomes = new Map<string, Outcome[]>();
    for (const [index, host] of BINDINGS.entries()) {
      narrator.title(narrator.format('bind.part', { index: index + 1, host }));
      const listener = await listenTcp({ host, port: options.port });
      try {
        narrator.event({ side: 'server', event: 'listen', host, port: listener.port });
        warnIfWildcard(narrator, host, listener.port);
        listener.server.on('connection', (socket: Socket) => socket.destroy());
        for (const dial of dials) {
          const outcome = await tryConnect(dial.address, listener.port, narrator, signal);
          outcomes.set(dial.address, [...(outcomes.get(dial.address) ?? []), outcome]);
        }
        reachText(narrator, host, dials);
      } finally {
        await listener.close();
      }
    }
    narrator.say(summaryTable(narrator, dials, outcomes));
    return 0;
  });
}

function listAddresses(addresses: readonly InterfaceAddress[], narrator: Narrator): void {
  narrator.say(narrator.format('bind.addresses'));
  for (const entry of addresses) {
    const note = narrator.format(entry.internal ? 'bind.loopback' : 'bind.reachable');
    narrator.say(`  ${entry.name.padEnd(10)} ${entry.address.padEnd(16)} ${note}`);
  }
}

/** Where a server bound to `host` can be reached from, in words. */
function reachText(narrator: Narrator, host: string, dials: readonly Dial[]): void {
  const outside = dials.filter((dial) => !dial.internal).map((dial) => dial.address);
  const kind = isWildcard(host) ? 'wildcard' : 'exact';
  const also = outside.length === 0 ? 'none' : 'outside';
  narrator.paragraph(`bind.reach.${kind}`, { host }, ARROW);
  narrator.paragraph(`bind.reach.${kind}.${also}`, { host, outside: outside.join(', ') }, HANG);
}

/** A conclusion: an arrow, then lines hanging under its text. */
const ARROW = { first: '→ ', rest: '  ' } as const;
/** A paragraph that goes on from a conclusion. */
const HANG = { first: '  ', rest: '  ' } as const;

/** The two servers side by side: for each address dialled, refused or reached. */
function summaryTable(
  narrator: Narrator,
  dials: readonly Dial[],
  outcomes: ReadonlyMap<string, Outcome[]>,
): string {
  const columns = BINDINGS.map((host) => narrator.format('bind.boundTo', { host }));
  const pad = (text: string, width: number) =>
    text + ' '.repeat(Math.max(1, width - stringWidth(text)));
  const row = (cells: readonly string[]) =>
    `  ${pad(cells[0] ?? '', 18)}${cells
      .slice(1)
      .map((cell) => pad(cell, 20))
      .join('')}`.trimEnd();
  return [
    '',
    narrator.format('bind.tableTitle'),
    row([narrator.format('bind.dialled'), ...columns]),
    ...dials.map((dial) =>
      row([
        dial.address,
        ...(outcomes.get(dial.address) ?? []).map((outcome) =>
          narrator.format(`bind.outcome.${outcome}`),
        ),
      ]),
    ),
  ].join('\n');
}

/** Connects to host:port, narrates whether the server accepted, and says how it ended. */
async function tryConnect(
  host: string,
  port: number,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<Outcome> {
  try {
    const socket = await connectTcp({ host, port, timeoutMs: 1000, signal });
    narrator.event({
      side: 'client',
      event: 'connect',
      host,
      port,
      say: narrator.format('bind.accepted', {
        endpoint: endpoint(host, port),
        from: socket.localAddress ?? '?',
      }),
    });
    socket.destroy();
    return 'reached';
  } catch (error) {
    if (!(error instanceof NetlabError) || error.code === 'interrupted') throw error;
    const code = systemCode(error) ?? error.code;
    const why =
      code === 'ECONNREFUSED'
        ? narrator.format('bind.refused')
        : narrator.format('bind.failed', { code });
    narrator.event({
      side: 'client',
      event: 'error',
      host,
      port,
      code,
      message: error.message,
      say: narrator.format('bind.attempt', { endpoint: endpoint(host, port), why }),
    });
    return code === 'ECONNREFUSED' ? 'refused' : 'failed';
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
    reachText(narrator, listener.host, bindDials(addresses));
    narrator.say(
      `\n${narrator.format('bind.waiting')}\n  netlab demo bind --role client --host ADDRESS --port ${listener.port}`,
    );
    await waitForAbort(signal);
    return 0;
  } finally {
    await listener.close();
  }
}
