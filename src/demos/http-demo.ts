import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandContext } from '../core/command-context.js';
import type { ExitCode } from '../core/exit-code.js';
import { startHttpServer } from '../net/http-server.js';
import { dialHost } from '../net/parse-endpoint.js';
import { rawHttpGet } from '../net/raw-http-get.js';
import { endpoint } from '../net/socket-error.js';
import { waitForAbort } from '../net/wait-for-abort.js';
import { startServerHint, untilDone, warnIfWildcard } from './_demo-kit.js';
import type { DemoOptions } from './demo-options.js';
import { Narrator } from './narrator.js';

/** Body lines of the response shown before cutting. */
const BODY_LINES = 6;
/** Characters of HTTP text kept in a JSON event: all of a request or a short page. */
const HTTP_DATA_CHARS = 4000;

/** Columns of a request's URL shown in the "got" line: longer ones are cut with a count. */
const URL_COLUMNS = 60;

/** `netlab demo http`: a tiny web server, and the raw bytes of one page fetched from it. */
export async function runHttpDemo(
  options: DemoOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const narrator = new Narrator(context);
  const { signal } = context;
  return untilDone(narrator, async () => {
    narrator.title(narrator.format('http.title'));
    if (options.role === 'client') {
      await fetchAndShow(options.host, options.port, narrator, signal);
      return 0;
    }
    const listener = await startHttpServer({
      host: options.host,
      port: options.port,
      handler: (request, response) => answer(request, response, narrator),
    });
    try {
      const url = `http://${endpoint(dialHost(listener.host), listener.port)}/`;
      narrator.event({
        side: 'server',
        event: 'listen',
        host: listener.host,
        port: listener.port,
        say: narrator.format('http.listening', {
          endpoint: endpoint(listener.host, listener.port),
          url,
        }),
      });
      warnIfWildcard(narrator, listener.host, listener.port);
      if (options.role === 'server') {
        narrator.say(`\n${narrator.format('http.open', { url })}`);
        await waitForAbort(signal);
        return 0;
      }
      await fetchAndShow(dialHost(listener.host), listener.port, narrator, signal);
      narrator.say('');
      narrator.paragraph('http.lesson', {}, { first: '→ ', rest: '  ' });
      return 0;
    } finally {
      await listener.close();
    }
  });
}

/** Answers every request with a small page that shows the request back. */
function answer(request: IncomingMessage, response: ServerResponse, narrator: Narrator): void {
  const head = requestHead(request);
  const peer = endpoint(request.socket.remoteAddress ?? '?', request.socket.remotePort ?? 0);
  narrator.event({
    side: 'server',
    event: 'recv',
    payload: head,
    peer,
    dataChars: HTTP_DATA_CHARS,
    hideData: true,
    say: narrator.format('http.got', {
      method: request.method ?? '?',
      url: narrator.printable(Buffer.from(request.url ?? ''), URL_COLUMNS, { quoted: false }),
      peer,
    }),
  });
  const body = Buffer.from(page(head.toString('utf8')));
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
  });
  response.end(body);
  narrator.event({
    side: 'server',
    event: 'send',
    payload: body,
    peer,
    dataChars: HTTP_DATA_CHARS,
    hideData: true,
    say: narrator.format('http.answered', { bytes: body.length }),
  });
}

/** The request's head as the client wrote it (node:http keeps header names and order). */
function requestHead(request: IncomingMessage): Buffer {
  const lines = [`${request.method} ${request.url} HTTP/${request.httpVersion}`];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`);
}

function page(head: string): string {
  const escaped = head.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return [
    '<!doctype html>',
    '<meta charset="utf-8"><title>netlab</title>',
    '<h1>Hello from netlab</h1>',
    '<p>This page came over a TCP connection. Your browser sent these lines:</p>',
    `<pre>${escaped}</pre>`,
    '',
  ].join('\n');
}

async function fetchAndShow(
  host: string,
  port: number,
  narrator: Narrator,
  signal: AbortSignal,
): Promise<void> {
  const { response } = await rawHttpGet({
    host,
    port,
    path: '/',
    signal,
    hints: startServerHint('http', port),
    onSent: (request) => {
      narrator.event({
        side: 'client',
        event: 'send',
        payload: request,
        peer: endpoint(host, port),
        dataChars: HTTP_DATA_CHARS,
        hideData: true,
        say: narrator.format('http.sent', { size: narrator.count(request.length) }),
      });
      showLines(request, Number.POSITIVE_INFINITY, narrator);
    },
  });
  narrator.event({
    side: 'client',
    event: 'recv',
    payload: response,
    peer: endpoint(host, port),
    dataChars: HTTP_DATA_CHARS,
    hideData: true,
    say: narrator.format('http.read', { size: narrator.count(response.length) }),
  });
  showLines(response, BODY_LINES, narrator);
}

/** Shows HTTP bytes line by line with their \r\n visible; after the blank line, `bodyLines` only. */
function showLines(bytes: Buffer, bodyLines: number, narrator: Narrator): void {
  const text = bytes.toString('latin1');
  const blank = text.indexOf('\r\n\r\n');
  const lines = text.split(/(?<=\n)/);
  const headCount = blank === -1 ? lines.length : text.slice(0, blank + 4).split(/(?<=\n)/).length;
  const shown = lines.slice(0, headCount + bodyLines);
  const width = narrator.columns - 12;
  for (const line of shown) {
    narrator.say(
      `          │ ${narrator.printable(Buffer.from(line, 'latin1'), width, { quoted: false })}`,
    );
  }
  if (shown.length < lines.length) {
    narrator.say(`          │ … ${narrator.count(lines.length - shown.length, 'moreLines')}`);
  }
}
