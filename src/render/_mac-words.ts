import type { MacReport, WellKnownMac } from '../calc/decode-mac.js';
import type { Lang } from '../core/lang.js';

/** What the U/L bit means depends on whether the address names one NIC or a group. */
export type AdministrationNote =
  | 'universal'
  | 'local'
  | 'group-universal'
  | 'group-local'
  | 'broadcast';

/** Everything the renderer says, in one language. */
export interface MacText {
  readonly address: string;
  readonly written: string;
  readonly oui: string;
  readonly device: string;
  readonly firstByte: string;
  readonly ouiUniversal: string;
  readonly ouiLocal: string;
  readonly ouiGroup: string;
  readonly deviceNote: string;
  readonly localDeviceNote: string;
  readonly groupDeviceNote: string;
  readonly cast: Record<MacReport['cast'], string>;
  readonly administration: Record<AdministrationNote, string>;
  readonly wellKnown: Record<WellKnownMac, string>;
  readonly block: string;
  readonly wire: string;
  readonly vendor: string;
  readonly vendorAssigned: (organization: string, prefix: string) => string;
  readonly vendorUnassigned: (prefix: string) => string;
  readonly vendorLocal: string;
}

/** The MAC decoder's labels and notes, in every language (a missing string is a type error). */
export const MAC_TEXT: Readonly<Record<Lang, MacText>> = {
  en: {
    address: 'MAC address',
    written: 'also written',
    oui: 'OUI half',
    device: 'device half',
    firstByte: 'first byte',
    ouiUniversal: 'first 24 bits: the maker’s number, assigned by the IEEE',
    ouiLocal: 'first 24 bits: chosen locally, not an IEEE assignment',
    ouiGroup: 'first 24 bits: a group block, not one maker’s NIC',
    deviceNote: 'last 24 bits: the number the maker gave this NIC',
    localDeviceNote: 'last 24 bits: chosen locally too, with the first half',
    groupDeviceNote: 'last 24 bits: which group within the block',
    cast: {
      unicast: 'unicast: for one NIC',
      multicast: 'multicast: for a group of NICs',
      broadcast: 'broadcast: for every NIC here',
    },
    administration: {
      universal: 'universal: set by the maker',
      local: 'local: set by software or an admin',
      'group-universal': 'universal: a group under an IEEE OUI',
      'group-local': 'local: a group chosen locally',
      broadcast: 'every bit of broadcast is 1',
    },
    wellKnown: {
      broadcast: 'the broadcast address, all 48 bits set',
      'ipv4-multicast': 'IPv4 multicast: the low 23 bits of a 224.0.0.0/4 group',
      'ipv6-multicast': 'IPv6 multicast: the low 32 bits of an ff00::/8 group',
      stp: 'Spanning Tree bridges (switches talk to each other here)',
    },
    block: 'known block',
    wire: 'Ethernet sends each byte low bit first, so the I/G bit is the first bit on the wire.',
    vendor: 'vendor',
    vendorAssigned: (organization, prefix) => `${organization} (IEEE registry, ${prefix})`,
    vendorUnassigned: (prefix) => `none: the IEEE has no organisation registered for ${prefix}`,
    vendorLocal: 'none: a locally administered address has no OUI, so no maker',
  },
  zh: {
    address: 'MAC 地址',
    written: '其他写法',
    oui: 'OUI 部分',
    device: '设备部分',
    firstByte: '第一个字节',
    ouiUniversal: '前 24 位：IEEE 分配给厂商的编号',
    ouiLocal: '前 24 位：本地自行设定，并非 IEEE 分配',
    ouiGroup: '前 24 位：一个组地址段，不属于某块网卡',
    deviceNote: '后 24 位：厂商给这块网卡编的号',
    localDeviceNote: '后 24 位：和前 24 位一样，由本地设定',
    groupDeviceNote: '后 24 位：地址段里的哪一个组',
    cast: {
      unicast: '单播：发给一块网卡',
      multicast: '组播：发给一组网卡',
      broadcast: '广播：发给本网段所有网卡',
    },
    administration: {
      universal: '全球管理：厂商出厂写入',
      local: '本地管理：软件或管理员设定',
      'group-universal': '全球管理：IEEE OUI 下的组地址',
      'group-local': '本地管理：自定的组地址',
      broadcast: '广播地址每一位都是 1',
    },
    wellKnown: {
      broadcast: '广播地址，48 位全为 1',
      'ipv4-multicast': 'IPv4 组播：对应 224.0.0.0/4 组地址的低 23 位',
      'ipv6-multicast': 'IPv6 组播：对应 ff00::/8 组地址的低 32 位',
      stp: '生成树协议（交换机之间互相通信用）',
    },
    block: '特殊地址段',
    wire: '以太网每个字节先发最低位，所以 I/G 位是线路上的第一个比特。',
    vendor: '厂商',
    vendorAssigned: (organization, prefix) => `${organization}（IEEE 注册表，${prefix}）`,
    vendorUnassigned: (prefix) => `无：IEEE 没有为 ${prefix} 登记任何机构`,
    vendorLocal: '无：本地管理的地址没有 OUI，也就没有厂商',
  },
};
