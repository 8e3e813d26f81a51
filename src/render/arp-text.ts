import stringWidth from 'string-width';
import type { IpAddress } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import { formatMac, type MacAddress } from '../calc/mac-address.js';
import type { Lang } from '../core/lang.js';
import type { ArpStep, FrameStep, LookupStep, NoReplyStep, RouteStep } from '../sim/arp-step.js';
import type { Lan, LanHost, LanState } from '../sim/lan.js';
import type { ArpRun } from '../sim/simulate-arp.js';
import { wrapText } from '../text/wrap-text.js';
import { ARP_TEXT, type ArpText } from './_arp-words.js';
import { type Palette, palette } from './palette.js';
import { renderTable } from './table.js';

/** Options for the ARP renderers. */
export interface RenderArpOptions {
  readonly lang?: Lang;
  readonly paint?: Palette;
  /** The LAN state before the step, so that what the step changed can be highlighted. */
  readonly previous?: LanState;
  /** Step number and count for the heading, e.g. 3 of 13. */
  readonly position?: { readonly index: number; readonly total: number };
}

const ip = (address: IpAddress): string => formatAddress(address);
const mac = (address: MacAddress): string => formatMac(address);

function hostOf(lan: Lan, id: string): LanHost | undefined {
  return lan.hosts.find((host) => host.id === id);
}

function who(lan: Lan, id: string): string {
  const host = hostOf(lan, id);
  return host === undefined ? id : `${id} (${ip(host.ip)})`;
}

/** Places `text` so that its middle falls on column `center` of `line` (CJK-aware). */
function placeAt(line: string, text: string, center: number): string {
  const start = Math.max(stringWidth(line), center - Math.floor(stringWidth(text) / 2));
  return `${line}${' '.repeat(start - stringWidth(line))}${text}`;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

const COLUMN = 19;
const INDENT = 2;

/** The LAN drawn as a switch above its hosts; links that carry the frame show its direction. */
function drawLan(lan: Lan, step: FrameStep | undefined, text: ArpText, paint: Palette): string[] {
  const width = COLUMN * lan.hosts.length;
  const centers = lan.hosts.map((_, index) => INDENT + index * COLUMN + Math.floor(COLUMN / 2));
  const margin = ' '.repeat(INDENT);
  const border = `${margin}+${'-'.repeat(width - 2)}+`;
  const label = text.switchName;
  const title = `${margin}|${padEnd(placeAt('', label, width / 2 - 1), width - 2)}|`;
  let ports = `${margin}+`;
  lan.hosts.forEach((host, index) => {
    ports = `${ports.padEnd(centers[index]! - 1, '-')}[${host.port}]`;
  });
  ports = `${ports.padEnd(INDENT + width - 1, '-')}+`;
  const links = ['', ''].map(() => {
    let line = '';
    lan.hosts.forEach((host, index) => {
      line = placeAt(line, linkMark(host, step, paint), centers[index]!);
    });
    return line;
  });
  const rows = [
    (host: LanHost) => `${host.id} ${text.roles[host.role]}`,
    (host: LanHost) => ip(host.ip),
    (host: LanHost) => mac(host.mac),
    (host: LanHost) => receptionWord(host, step, text),
  ].map((cell) =>
    lan.hosts.reduce((line, host, index) => placeAt(line, cell(host), centers[index]!), ''),
  );
  return [border, title, ports, ...links, ...rows.map((row) => row.trimEnd())];
}

function linkMark(host: LanHost, step: FrameStep | undefined, paint: Palette): string {
  if (step === undefined) return '|';
  if (host.port === step.ingress) return paint.cyan(paint.bold('^'));
  if (step.switch.egress.includes(host.port)) return paint.yellow(paint.bold('v'));
  return paint.dim('|');
}

function receptionWord(host: LanHost, step: FrameStep | undefined, text: ArpText): string {
  if (step === undefined) return '';
  if (host.port === step.ingress) return `(${text.sending})`;
  const receipt = step.receptions.find((entry) => entry.host === host.id);
  return receipt === undefined ? '' : text.reception[receipt.reception];
}

function entryLines(state: LanState, host: LanHost): string[] {
  const entries = state.caches[host.id] ?? [];
  const width = Math.max(
    0,
    ...Object.values(state.caches)
      .flat()
      .map((entry) => ip(entry.ip).length),
  );
  return entries.map((entry) => `${ip(entry.ip).padEnd(width)} ${mac(entry.mac)}`);
}

/** One row per switch port: who is plugged in, its ARP cache, and what the switch learned there. */
function tables(
  lan: Lan,
  state: LanState,
  previous: LanState | undefined,
  text: ArpText,
  paint: Palette,
): string {
  const fresh = (line: string, before: readonly string[] | undefined): string =>
    before !== undefined && !before.includes(line) ? paint.green(line) : line;
  const rows = lan.hosts.map((host) => {
    const before = previous && entryLines(previous, host);
    const cache = entryLines(state, host).map((line) => fresh(line, before));
    const learnedBefore = previous?.macTable
      .filter((row) => row.port === host.port)
      .map((row) => mac(row.mac));
    const learned = state.macTable
      .filter((row) => row.port === host.port)
      .map((row) => fresh(mac(row.mac), learnedBefore));
    return [
      String(host.port),
      `${host.id} ${ip(host.ip)}`,
      cache.length === 0 ? '-' : cache.join('\n'),
      learned.length === 0 ? '-' : learned.join('\n'),
    ];
  });
  return renderTable(rows, { head: [...text.head] });
}

function routeLines(lan: Lan, step: RouteStep, text: ArpText): string[] {
  const name = who(lan, step.sender);
  const mask = ip(step.check.mask);
  const pairs = [
    [ip(step.check.sender.address), ip(step.check.sender.network), step.sender],
    [ip(step.check.destination.address), ip(step.check.destination.network), text.destination],
  ] as const;
  const width = Math.max(...pairs.map(([address]) => address.length));
  const gateway = lan.hosts.find((host) => host.ip.value === lan.gateway.value);
  return [
    text.andIntro(name, mask),
    ...pairs.map(
      ([address, network, label]) =>
        `  ${address.padEnd(width)}  AND  ${mask}  =  ${network.padEnd(15)} ${label}`,
    ),
    step.via === 'gateway'
      ? text.otherNetwork(step.sender, gateway ? who(lan, gateway.id) : ip(lan.gateway))
      : text[step.via === 'direct' ? 'sameNetwork' : 'linkLocal'](step.sender),
  ];
}

function lookupLines(lan: Lan, step: LookupStep | NoReplyStep, text: ArpText): string[] {
  const name = who(lan, step.sender);
  if (step.kind === 'no-reply') return [text.noReply(name, ip(step.nextHop))];
  return [
    step.mac === null
      ? text.lookupMiss(name, ip(step.nextHop))
      : text.lookupHit(name, ip(step.nextHop), mac(step.mac)),
  ];
}

function headline(lan: Lan, step: FrameStep, text: ArpText): string {
  const { frame } = step;
  const name = who(lan, step.sender);
  if (frame.type === 'ipv4')
    return text.data(name, ip(frame.packet.destination), mac(frame.destination));
  const { arp } = frame;
  if (arp.operation === 'request') return text.request(name, ip(arp.targetIp), ip(arp.senderIp));
  const asker = lan.hosts.find((host) => host.mac.value === frame.destination.value);
  return text.reply(
    name,
    ip(arp.senderIp),
    mac(arp.senderMac),
    asker?.id ?? mac(frame.destination),
  );
}

function switchLines(step: FrameStep, text: ArpText): string[] {
  const { frame } = step;
  const { reason } = step.switch;
  const learned = text.learning[step.switch.learning](mac(frame.source), String(step.ingress));
  const destination = mac(frame.destination);
  const out = step.switch.egress.join(', ');
  if (reason === 'known') return [learned, text.forward(destination, out)];
  if (reason === 'same-port') return [learned, text.filter(destination, String(step.ingress))];
  return [learned, text.flood[reason](out)];
}

function frameLines(
  lan: Lan,
  step: FrameStep,
  options: RenderArpOptions,
  text: ArpText,
  paint: Palette,
): string[] {
  const { frame } = step;
  const type = frame.type === 'arp' ? '0x0806 (ARP)' : '0x0800 (IPv4)';
  return [
    paint.bold(headline(lan, step, text)),
    `  ${text.frame(mac(frame.source), mac(frame.destination), type)}`,
    ...(frame.type === 'arp'
      ? [
          `  ${text.arpSender(mac(frame.arp.senderMac), ip(frame.arp.senderIp))}`,
          `  ${text.arpTarget(mac(frame.arp.targetMac), ip(frame.arp.targetIp))}`,
        ]
      : []),
    ...switchLines(step, text).map((line) => `  ${line}`),
    '',
    ...drawLan(lan, step, text, paint),
    '',
    tables(lan, step.state, options.previous, text, paint),
  ];
}

/**
 * Renders one step of the ARP simulation for an 80-column terminal: what happens in words, and
 * for a frame the LAN with the links it crosses, then every ARP cache and the switch table.
 */
export function renderArpStep(lan: Lan, step: ArpStep, options: RenderArpOptions = {}): string {
  const text = ARP_TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const lines: string[] = [];
  if (options.position !== undefined) {
    lines.push(paint.dim(text.step(options.position.index, options.position.total)));
  }
  if (step.kind === 'route') lines.push(...routeLines(lan, step, text));
  else if (step.kind === 'frame') lines.push(...frameLines(lan, step, options, text, paint));
  else lines.push(...lookupLines(lan, step, text));
  return `${lines.flatMap((line) => (line.includes('\n') ? [line] : wrapText(line, 80, { rest: '  ' }))).join('\n')}\n`;
}

/** Renders the LAN before anything is sent: the drawing and the title line. */
export function renderLan(
  lan: Lan,
  options: Pick<RenderArpOptions, 'lang' | 'paint'> = {},
): string {
  const text = ARP_TEXT[options.lang ?? 'en'];
  const network = `${ip({ version: 4, value: lan.gateway.value & lan.mask.value })}/${lan.mask.prefix}`;
  return `${[text.lanTitle(network), '', ...drawLan(lan, undefined, text, options.paint ?? palette(false))].join('\n')}\n`;
}

/**
 * A whole run as frames, one screen's worth of meaning each: the LAN, then each step (after its
 * send's heading where a send starts). Joined, they are the run's text (renderArpRun); on a
 * terminal they are shown one at a time.
 */
export function arpRunFrames(
  run: ArpRun,
  options: Pick<RenderArpOptions, 'lang' | 'paint'> = {},
): string[] {
  const text = ARP_TEXT[options.lang ?? 'en'];
  const paint = options.paint ?? palette(false);
  const parts = [renderLan(run.lan, options)];
  let previous: LanState | undefined;
  run.steps.forEach((step, index) => {
    const send = run.sends[step.send - 1];
    const position = { index: index + 1, total: run.steps.length };
    const rendered = renderArpStep(run.lan, step, {
      ...options,
      position,
      ...(previous ? { previous } : {}),
    });
    if (send !== undefined && (index === 0 || run.steps[index - 1]?.send !== step.send)) {
      const from = run.lan.hosts.find((host) => host.ip.value === send.from.value);
      const heading = paint.bold(
        paint.underline(
          text.send(step.send, from ? who(run.lan, from.id) : ip(send.from), ip(send.to)),
        ),
      );
      parts.push(`${heading}\n${rendered}`);
    } else {
      parts.push(rendered);
    }
    previous = step.state;
  });
  // A blank line between frames, at the end of the one before, so that joined they read as one.
  return parts.map((part, index) => (index < parts.length - 1 ? `${part}\n` : part));
}

/** Renders a whole run: the LAN, then each send's heading and its steps, in order. */
export function renderArpRun(
  run: ArpRun,
  options: Pick<RenderArpOptions, 'lang' | 'paint'> = {},
): string {
  return arpRunFrames(run, options).join('');
}
