import type { HandshakeRun } from '../sim/simulate-handshake.js';

/** The JSON form of a handshake run, what `netlab handshake --json` prints (TCBs as they are). */
export function handshakeRunJson(run: HandshakeRun): unknown {
  return {
    isnClient: run.options.isnClient,
    isnServer: run.options.isnServer,
    dataLength: run.options.dataLength ?? 0,
    events: run.events.map((event) =>
      event.kind === 'call'
        ? {
            kind: 'call',
            phase: event.phase,
            side: event.side,
            call: event.call,
            client: event.tcbs.client,
            server: event.tcbs.server,
          }
        : {
            kind: 'segment',
            phase: event.phase,
            from: event.from,
            to: event.from === 'client' ? 'server' : 'client',
            segment: event.segment,
            client: event.tcbs.client,
            server: event.tcbs.server,
          },
    ),
  };
}
