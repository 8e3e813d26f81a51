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
  /** For an IPv4-mapped address, the same record for the IPv4 address it carries; else null. */
  readonly mappedIpv4: ClassificationJson | null;
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
  };
}
