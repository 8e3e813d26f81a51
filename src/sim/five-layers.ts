/** A layer of the course's five-layer model, named by key so renderers can translate it. */
export type LayerKey = 'application' | 'transport' | 'network' | 'data-link' | 'physical';

/** What a layer calls one unit of its data. */
export type UnitKey = 'message' | 'segment-datagram' | 'packet' | 'frame' | 'bits';

/** The address a layer delivers by, if any. */
export type AddressKey = 'none' | 'port' | 'ip' | 'mac';

/** The kind of device that works up to this layer. */
export type DeviceKey = 'host' | 'router' | 'switch' | 'hub';

/** One row of the five-layer model. */
export interface ModelLayer {
  readonly number: 1 | 2 | 3 | 4 | 5;
  readonly key: LayerKey;
  /** The OSI layers (1-7) it stands for. */
  readonly osi: readonly number[];
  readonly protocols: readonly string[];
  readonly unit: UnitKey;
  readonly address: AddressKey;
  readonly device: DeviceKey;
}

/**
 * The seven OSI layers folded into the five the course teaches (application = OSI 5-7), top
 * first, with the protocols the course names for each (ARP at the data link, as the course puts it).
 */
export const FIVE_LAYERS: readonly ModelLayer[] = [
  {
    number: 5,
    key: 'application',
    osi: [7, 6, 5],
    protocols: ['HTTP', 'HTTPS', 'DNS'],
    unit: 'message',
    address: 'none',
    device: 'host',
  },
  {
    number: 4,
    key: 'transport',
    osi: [4],
    protocols: ['TCP', 'UDP'],
    unit: 'segment-datagram',
    address: 'port',
    device: 'host',
  },
  {
    number: 3,
    key: 'network',
    osi: [3],
    protocols: ['IP', 'ICMP'],
    unit: 'packet',
    address: 'ip',
    device: 'router',
  },
  {
    number: 2,
    key: 'data-link',
    osi: [2],
    protocols: ['Ethernet', 'ARP'],
    unit: 'frame',
    address: 'mac',
    device: 'switch',
  },
  {
    number: 1,
    key: 'physical',
    osi: [1],
    protocols: ['802.3 PHY', 'Wi-Fi'],
    unit: 'bits',
    address: 'none',
    device: 'hub',
  },
];
