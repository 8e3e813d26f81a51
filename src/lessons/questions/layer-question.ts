import { InternalError } from '../../core/errors.js';
import type { Lang } from '../../core/lang.js';
import {
  type AddressKey,
  FIVE_LAYERS,
  type LayerKey,
  type ModelLayer,
  type UnitKey,
} from '../../sim/five-layers.js';
import type { Choice } from '../answer.js';
import type { Question } from '../question.js';

type Named = Readonly<Record<Lang, string>>;

/** Each layer as the course names it (as `netlab layers` does). */
const LAYER_NAMES: Readonly<Record<LayerKey, Named>> = {
  application: { en: 'application', zh: '应用层' },
  transport: { en: 'transport', zh: '传输层' },
  network: { en: 'network', zh: '网络层' },
  'data-link': { en: 'data link', zh: '数据链路层' },
  physical: { en: 'physical', zh: '物理层' },
};

/** What a question asks the layer of: a device that forwards by it, or an address it delivers by. */
export type LayerSubject = { readonly device: 'router' | 'switch' } | { readonly address: Address };

type Address = Exclude<AddressKey, 'none'>;

/** Each device asked about, and the address it forwards by. */
const DEVICES: Readonly<Record<'router' | 'switch', Named & { readonly by: Address }>> = {
  router: { en: 'a router', zh: '路由器', by: 'ip' },
  switch: { en: 'a switch', zh: '交换机', by: 'mac' },
};

/** An address as one of many (asked about) and as the one a device reads. */
const ADDRESSES: Readonly<Record<Address, { readonly many: Named; readonly one: Named }>> = {
  port: { many: { en: 'port numbers', zh: '端口号' }, one: { en: 'port number', zh: '端口号' } },
  ip: { many: { en: 'IP addresses', zh: 'IP 地址' }, one: { en: 'IP address', zh: 'IP 地址' } },
  mac: {
    many: { en: 'MAC addresses', zh: 'MAC 地址' },
    one: { en: 'MAC address', zh: 'MAC 地址' },
  },
};

/** What each layer calls its unit, for the explanation. */
const UNITS: Readonly<Record<UnitKey, Named>> = {
  message: { en: 'message', zh: '报文' },
  'segment-datagram': { en: 'TCP segment or UDP datagram', zh: '报文段或数据报' },
  packet: { en: 'packet', zh: '数据包' },
  frame: { en: 'frame', zh: '帧' },
  bits: { en: 'bit', zh: '比特' },
};

/** A Chinese phrase placed after Chinese text: a space first when it starts with Latin ("IP 地址"). */
function midZh(phrase: string): string {
  return /^[A-Za-z0-9]/.test(phrase) ? ` ${phrase}` : phrase;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The five layers as choices, bottom first, so that the number a student types is the layer's
 * own number: 1 physical ... 5 application.
 */
function layerChoices(): Choice[] {
  return [...FIVE_LAYERS]
    .sort((a, b) => a.number - b.number)
    .map((layer) => ({ id: layer.key, label: LAYER_NAMES[layer.key] }));
}

function findLayer(subject: LayerSubject): ModelLayer {
  const layer = FIVE_LAYERS.find((candidate) =>
    'device' in subject
      ? candidate.device === subject.device
      : candidate.address === subject.address,
  );
  if (layer === undefined)
    throw new InternalError('no-layer', { subject: JSON.stringify(subject) });
  return layer;
}

/**
 * "Which layer does a switch work at?" or "Which layer do port numbers belong to?", answered
 * from the course's five-layer table (`FIVE_LAYERS`, the table `netlab layers` prints).
 * @example layerQuestion({ device: 'switch' }) // answer: data link
 */
export function layerQuestion(subject: LayerSubject): Question {
  return {
    kind: 'layer',
    solve: () => {
      const layer = findLayer(subject);
      const name = LAYER_NAMES[layer.key];
      const unit = UNITS[layer.unit];
      const address = ADDRESSES['device' in subject ? DEVICES[subject.device].by : subject.address];
      const text =
        'device' in subject
          ? {
              en: {
                ask: `Up to which layer does ${DEVICES[subject.device].en} work?`,
                because: `${capitalized(DEVICES[subject.device].en)} works up to the ${name.en} layer (layer ${layer.number}): it reads the destination ${address.one.en} of each ${unit.en} and forwards it by that, without looking inside.`,
              },
              zh: {
                ask: `${DEVICES[subject.device].zh}工作到哪一层？`,
                because: `${DEVICES[subject.device].zh}工作到${name.zh}（第 ${layer.number} 层）：它读每个${unit.zh}的目的${midZh(address.one.zh)}，按它转发，不看里面装的内容。`,
              },
            }
          : {
              en: {
                ask: `Which layer’s header carries ${address.many.en}?`,
                because: `The ${name.en} layer (layer ${layer.number}, ${layer.protocols.join(' and ')}) delivers by ${address.many.en}: the header of each ${unit.en} carries the source and the destination ${address.one.en}.`,
              },
              zh: {
                ask: `${address.many.zh}写在哪一层的首部里？`,
                because: `${name.zh}（第 ${layer.number} 层，${layer.protocols.join('、')}）靠${midZh(address.many.zh)}投递：每个${unit.zh}的首部里都写着源${midZh(address.one.zh)}和目的${midZh(address.one.zh)}。`,
              },
            };
      return {
        answer: { kind: 'choice', value: layer.key, choices: layerChoices() },
        text,
        check: ['layers'],
      };
    },
  };
}
