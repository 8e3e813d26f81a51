import type { Topic } from '../topic.js';
import { arpTopic } from './arp-topic.js';
import { binaryTopic } from './binary-topic.js';
import { classifyTopic } from './classify-topic.js';
import { macTopic } from './mac-topic.js';
import { maskTopic } from './mask-topic.js';
import { portsTopic } from './ports-topic.js';
import { sameSubnetTopic } from './same-subnet-topic.js';
import { subnetTopic } from './subnet-topic.js';
import { tcpTopic } from './tcp-topic.js';
import { vlsmTopic } from './vlsm-topic.js';

/** Every practice topic, in the order `netlab practice` without topics cycles through them. */
export const TOPICS: readonly Topic[] = [
  subnetTopic,
  sameSubnetTopic,
  maskTopic,
  classifyTopic,
  portsTopic,
  macTopic,
  binaryTopic,
  tcpTopic,
  arpTopic,
  vlsmTopic,
];
