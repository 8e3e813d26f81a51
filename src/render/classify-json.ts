import type { Classification } from '../calc/classify.js';
import { formatAddress } from '../calc/format-address.js';
import type { RegistryFlag, SpecialBlock } from '../calc/special-registry.js';

/** One block in `--json` output: the issue's `name`, `cidr`, `rfc`, then the registry's flags. */
export interface BlockJson {
  readonly name: string;
  readonly cidr: string;
  readonly rfc: string;
  readonly source: RegistryFlag;
  readonly destination: RegistryFlag;
  readonly forwardable: RegistryFlag;
  readonly globallyReachable: RegistryFlag;
  readonly reservedByProtocol: RegistryFlag;
  readonly registry: SpecialBlock['registry'];
}

/** `netlab classify --json` for one address. */
export interface ClassificationJson {
  readonly address: string;
  readonly version: 4 | 6;
  readonly blocks: readonly BlockJson[];
  readonly private: boolean;
  readonly globallyReachable: boolean;
  /** The CIDR of the block whose flag decided `globallyReachable`, or null. */
  readonly decidedBy: string | null;
  readonly reason: Classification['reason'];
  /** For an IPv4-mapped or NAT64 address, the same record for the IPv4 address it carries; else null. */
  readonly mappedIpv4: ClassificationJson | null;
  /** The block that carries `mappedIpv4` (`::ffff:0:0/96` or `64:ff9b::/96`), or null. */
  readonly carriedBy: string | null;
  /** For multicast, the scope (RFC 4291 §2.7 names) and, for IPv6, the scope field; else null. */
  readonly multicast: {
    readonly scope: string;
    readonly field: number | null;
    readonly rfc: string;
  } | null;
}

function blockJson(block: SpecialBlock): BlockJson {
  return {
    name: block.name,
    cidr: block.cidr,
    rfc: block.rfc,
    source: block.source,
    destination: block.destination,
    forwardable: block.forwardable,
    globallyReachable: block.globallyReachable,
    reservedByProtocol: block.reservedByProtocol,
    registry: block.registry,
  };
}

/** The JSON record of a classification; flags are true, false, "n/a", or null for a blank cell. */
export function classificationToJson(result: Classification): ClassificationJson {
  return {
    address: formatAddress(result.address),
    version: result.address.version,
    blocks: result.blocks.map(blockJson),
    private: result.private,
    globallyReachable: result.globallyReachable,
    decidedBy: result.decidedBy?.cidr ?? null,
    reason: result.reason,
    mappedIpv4: result.mappedIpv4 === null ? null : classificationToJson(result.mappedIpv4),
    carriedBy: result.carriedBy,
    multicast:
      result.multicast === null
        ? null
        : {
            scope: result.multicast.scope,
            field: result.multicast.field,
            rfc: result.multicast.rfc,
          },
  };
}
