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

/**
 * Names that fit a Linux interface name once `-eth3` is added, and read well in a shell (the
 * topology-bad-name message states the rule).
 */
const NAME = /^[A-Za-z][A-Za-z0-9]{0,7}$/;

type Fields = Record<string, unknown>;

/**
 * Checks the parts of a topology, each problem its own error code naming the file and the place
 * in it: `hosts[1].interfaces[0].address` (the document itself is the place "").
 */
class Checker {
  constructor(private readonly source: string) {}

  /** The values every problem at `place` names: the file and the place in it. */
  at(place: string): { readonly source: string; readonly place: string } {
    return { source: this.source, place };
  }

  object(value: unknown, where: string, allowed: readonly string[]): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw where === ''
        ? new InputError('topology-document-not-mapping', { source: this.source })
        : new InputError('topology-not-mapping', this.at(where));
    const fields = value as Fields;
    const key = Object.keys(fields).find((name) => !allowed.includes(name));
    if (key !== undefined) {
      const keys = allowed.join(', ');
      throw where === ''
        ? new InputError('topology-document-unknown-key', { source: this.source, key, keys })
        : new InputError('topology-unknown-key', { ...this.at(where), key, keys });
    }
    return fields;
  }

  list(value: unknown, where: string, most: number): unknown[] {
    if (!Array.isArray(value) || value.length === 0)
      throw new InputError('topology-not-list', this.at(where));
    if (value.length > most)
      throw new InputError('topology-too-many', {
        ...this.at(where),
        count: value.length,
        max: most,
      });
    return value;
  }

  text(value: unknown, where: string): string {
    if (typeof value !== 'string') throw new InputError('topology-not-text', this.at(where));
    return value;
  }

  name(value: unknown, where: string, taken: Set<string>): string {
    const name = this.text(value, where);
    if (!NAME.test(name)) throw new InputError('topology-bad-name', { ...this.at(where), name });
    if (taken.has(name)) throw new InputError('topology-name-twice', { ...this.at(where), name });
    taken.add(name);
    return name;
  }

  /**
   * Runs a netlab calculator parser, moving its message to this place in the file. The
   * calculator's message is passed on whole, in English: its reasons have no other language yet.
   */
  parsed<T>(where: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (isNetlabError(error))
        throw new InputError(
          'topology-bad-value',
          { ...this.at(where), problem: error.message },
          { cause: error },
        );
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
    throw new InputError('topology-unknown-switch', {
      ...check.at(`${where}.switch`),
      name: switchName,
      switches: context.switches.join(', '),
    });
  const addressText = check.text(fields.address, `${where}.address`);
  const spec = check.parsed(`${where}.address`, () => parseHostSpec(addressText));
  if (spec.address.version !== 4)
    throw new InputError('topology-ipv-six', check.at(`${where}.address`));
  const hostMask = ~spec.mask.value & 0xffffffffn;
  const hostBits = spec.address.value & hostMask;
  if (spec.mask.prefix < 31 && (hostBits === 0n || hostBits === hostMask))
    throw new InputError('topology-not-host-address', {
      ...check.at(`${where}.address`),
      value: addressText,
    });
  const mac =
    fields.mac === undefined
      ? { value: 0x020000000000n + spec.address.value }
      : check.parsed(`${where}.mac`, () => parseMac(check.text(fields.mac, `${where}.mac`)));
  if ((mac.value >> 40n) & 1n)
    throw new InputError('topology-multicast-mac', check.at(`${where}.mac`));
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
    throw new InputError('topology-not-boolean', check.at(`${where}.forward`));
  let gateway: IpAddress | null = null;
  if (fields.gateway !== undefined) {
    const text = check.text(fields.gateway, `${where}.gateway`);
    gateway = check.parsed(`${where}.gateway`, () => parseAddress(text));
    const reachable = interfaces.some(
      (face) =>
        (face.address.value & face.mask.value) === ((gateway?.value ?? 0n) & face.mask.value),
    );
    if (!reachable)
      throw new InputError('topology-gateway-off-subnet', {
        ...check.at(`${where}.gateway`),
        gateway: text,
        host: name,
      });
  }
  return { name, interfaces, gateway, forward: fields.forward === true };
}

/** Checks what links the hosts together: no address twice, no MAC twice. */
function checkUnique(source: string, hosts: readonly LabHost[]): void {
  const addresses = new Map<string, string>();
  const macs = new Map<string, string>();
  for (const host of hosts) {
    for (const face of host.interfaces) {
      const owner = `${host.name} ${face.name}`;
      const address = formatAddress(face.address);
      const mac = face.mac.value.toString(16);
      const otherAddress = addresses.get(address);
      if (otherAddress !== undefined)
        throw new InputError('topology-address-twice', {
          source,
          host: host.name,
          address,
          other: otherAddress,
        });
      const otherMac = macs.get(mac);
      if (otherMac !== undefined)
        throw new InputError('topology-mac-twice', {
          source,
          host: host.name,
          mac,
          other: otherMac,
        });
      addresses.set(address, owner);
      macs.set(mac, owner);
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
  checkUnique(source, hosts);
  return { name, description, switches, hosts };
}
