import type { IpAddress } from '../calc/address.js';
import { formatAddress } from '../calc/format-address.js';
import { parseAddress } from '../calc/parse-address.js';
import { parseHostSpec } from '../calc/parse-host-spec.js';
import { parseMac } from '../calc/parse-mac.js';
import { InputError, isNetlabError } from '../core/errors.js';
import {
  type LabHost,
  type LabInterface,
  MAX_HOSTS,
  MAX_INTERFACES,
  MAX_SWITCHES,
  type Topology,
} from './topology.js';

/** Names that fit a Linux interface name once `-eth3` is added, and read well in a shell. */
const NAME = /^[A-Za-z][A-Za-z0-9]{0,7}$/;
const NAME_RULE = 'a letter, then up to 7 letters or digits';

type Fields = Record<string, unknown>;

/** Reports problems with their place in the file: `hosts[1].interfaces[0].address`. */
class Checker {
  constructor(private readonly source: string) {}

  fail(where: string, why: string): never {
    const place = where === '' ? '' : ` at ${where}`;
    throw new InputError('bad-topology', {
      message: `cannot use topology ${this.source}${place}: ${why}`,
    });
  }

  object(value: unknown, where: string, allowed: readonly string[]): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(where, 'expected a mapping of keys to values');
    const fields = value as Fields;
    const unknown = Object.keys(fields).find((key) => !allowed.includes(key));
    if (unknown !== undefined)
      this.fail(where, `unknown key "${unknown}"; the keys here are ${allowed.join(', ')}`);
    return fields;
  }

  list(value: unknown, where: string, most: number): unknown[] {
    if (!Array.isArray(value) || value.length === 0) this.fail(where, 'expected a non-empty list');
    if (value.length > most) this.fail(where, `has ${value.length} entries; a lab allows ${most}`);
    return value;
  }

  text(value: unknown, where: string): string {
    if (typeof value !== 'string') this.fail(where, 'expected text');
    return value;
  }

  name(value: unknown, where: string, taken: Set<string>): string {
    const name = this.text(value, where);
    if (!NAME.test(name)) this.fail(where, `name "${name}" must be ${NAME_RULE}`);
    if (taken.has(name)) this.fail(where, `name "${name}" is used twice`);
    taken.add(name);
    return name;
  }

  /** Runs a netlab calculator parser, moving its message to this place in the file. */
  parsed<T>(where: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (isNetlabError(error)) this.fail(where, error.message);
      throw error;
    }
  }
}

function parseInterface(
  check: Checker,
  value: unknown,
  where: string,
  context: { host: string; index: number; switches: readonly string[] },
): LabInterface {
  const fields = check.object(value, where, ['switch', 'address', 'mac']);
  const switchName = check.text(fields.switch, `${where}.switch`);
  if (!context.switches.includes(switchName))
    check.fail(
      `${where}.switch`,
      `no switch "${switchName}"; the switches are ${context.switches.join(', ')}`,
    );
  const addressText = check.text(fields.address, `${where}.address`);
  const spec = check.parsed(`${where}.address`, () => parseHostSpec(addressText));
  if (spec.address.version !== 4) check.fail(`${where}.address`, 'a lab uses IPv4 addresses only');
  const hostMask = ~spec.mask.value & 0xffffffffn;
  const hostBits = spec.address.value & hostMask;
  if (spec.mask.prefix < 31 && (hostBits === 0n || hostBits === hostMask))
    check.fail(
      `${where}.address`,
      `${addressText} is the network or broadcast address of its subnet; pick a host address`,
    );
  const mac =
    fields.mac === undefined
      ? { value: 0x020000000000n + spec.address.value }
      : check.parsed(`${where}.mac`, () => parseMac(check.text(fields.mac, `${where}.mac`)));
  if ((mac.value >> 40n) & 1n)
    check.fail(`${where}.mac`, 'a multicast MAC (first byte odd) cannot be an interface address');
  const name = `eth${context.index}`;
  return {
    name,
    link: `${context.host}-${name}`,
    switch: switchName,
    address: spec.address,
    mask: spec.mask,
    mac,
  };
}

function parseHost(
  check: Checker,
  value: unknown,
  where: string,
  context: { names: Set<string>; switches: readonly string[] },
): LabHost {
  const fields = check.object(value, where, ['name', 'interfaces', 'gateway', 'forward']);
  const name = check.name(fields.name, `${where}.name`, context.names);
  const interfaces = check
    .list(fields.interfaces, `${where}.interfaces`, MAX_INTERFACES)
    .map((entry, index) =>
      parseInterface(check, entry, `${where}.interfaces[${index}]`, {
        host: name,
        index,
        switches: context.switches,
      }),
    );
  if (fields.forward !== undefined && typeof fields.forward !== 'boolean')
    check.fail(`${where}.forward`, 'expected true or false');
  let gateway: IpAddress | null = null;
  if (fields.gateway !== undefined) {
    const text = check.text(fields.gateway, `${where}.gateway`);
    gateway = check.parsed(`${where}.gateway`, () => parseAddress(text));
    const reachable = interfaces.some(
      (face) =>
        (face.address.value & face.mask.value) === ((gateway?.value ?? 0n) & face.mask.value),
    );
    if (!reachable)
      check.fail(
        `${where}.gateway`,
        `${text} is on none of ${name}'s subnets; a gateway must be on the host's own LAN`,
      );
  }
  return { name, interfaces, gateway, forward: fields.forward === true };
}

/** Checks what links the hosts together: no address twice, no MAC twice. */
function checkUnique(check: Checker, hosts: readonly LabHost[]): void {
  const seen = new Map<string, string>();
  for (const host of hosts) {
    for (const face of host.interfaces) {
      for (const key of [
        `address ${formatAddress(face.address)}`,
        `MAC ${face.mac.value.toString(16)}`,
      ]) {
        const other = seen.get(key);
        if (other !== undefined)
          check.fail(
            `host ${host.name}`,
            `${key} is also ${other}'s; every interface needs its own`,
          );
        seen.set(key, `${host.name} ${face.name}`);
      }
    }
  }
}

/**
 * Validates a topology already read from YAML or JSON (`source` names it in messages): at most
 * MAX_HOSTS hosts and MAX_SWITCHES switches, known keys only, strict addresses, gateways on the
 * host's own subnet, no address or MAC used twice. Throws InputError (exit 2) naming the place.
 */
export function checkTopology(data: unknown, source: string): Topology {
  const check = new Checker(source);
  const fields = check.object(data, '', ['name', 'description', 'switches', 'hosts']);
  const name = check.text(fields.name, 'name');
  const description =
    fields.description === undefined ? '' : check.text(fields.description, 'description');
  const switchNames = new Set<string>();
  const switches = check.list(fields.switches, 'switches', MAX_SWITCHES).map((entry, index) => {
    const where = `switches[${index}]`;
    return check.name(check.object(entry, where, ['name']).name, `${where}.name`, switchNames);
  });
  const hostNames = new Set<string>();
  const hosts = check
    .list(fields.hosts, 'hosts', MAX_HOSTS)
    .map((entry, index) =>
      parseHost(check, entry, `hosts[${index}]`, { names: hostNames, switches }),
    );
  checkUnique(check, hosts);
  return { name, description, switches, hosts };
}
