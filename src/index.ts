/**
 * netlab as a library: the calculators, pure functions over parsed values. Parse text with the
 * strict parsers first, then ask the calculators; bad input throws InputError.
 * @example
 * import { parseHostSpec, sameSubnet } from 'netlab';
 * const answer = sameSubnet(parseHostSpec('192.168.1.5', '/24'), parseHostSpec('192.168.1.77', '/24'));
 * answer.sameSubnet; // true
 */
export { bitsOf, type IpAddress, type IpVersion } from './calc/address.js';
export { type Classification, classify, type ReachabilityReason } from './calc/classify.js';
export {
  decodeMac,
  type MacAdministration,
  type MacCast,
  type MacReport,
  type WellKnownMac,
} from './calc/decode-mac.js';
export { type FormatAddressOptions, formatAddress } from './calc/format-address.js';
export { type BinaryOptions, formatBinary } from './calc/format-binary.js';
export {
  type FormatMacOptions,
  formatMac,
  type MacAddress,
  macOctets,
} from './calc/mac-address.js';
export { type MaskFacts, maskFacts } from './calc/mask-facts.js';
export { parseAddress, parseIpv4, parseIpv6 } from './calc/parse-address.js';
export { type HostPair, parseHostPair } from './calc/parse-host-pair.js';
export { type HostSpec, parseHostSpec } from './calc/parse-host-spec.js';
export { parseMac } from './calc/parse-mac.js';
export { type Mask, type ParseMaskOptions, parseMask } from './calc/parse-mask.js';
export { describePort, type PortInfo } from './calc/port-info.js';
export { MAX_PORT, type Port, parsePort } from './calc/port-number.js';
export { PORT_RANGES, type PortRange, type PortRangeId } from './calc/port-ranges.js';
export { PORT_SERVICES, type PortService, type Transport } from './calc/port-services.js';
export { type HostSide, type SameSubnetResult, sameSubnet } from './calc/same-subnet.js';
export {
  type RegistryFlag,
  type RegistrySource,
  SPECIAL_BLOCKS,
  type SpecialBlock,
} from './calc/special-registry.js';
export { type HistoricClass, type SubnetFacts, subnetFacts } from './calc/subnet-facts.js';
export { InputError, isNetlabError, NetlabError } from './core/errors.js';
export type { ExitCode } from './core/exit-code.js';
