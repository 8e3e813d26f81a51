import type { NetlabCommand } from './command.js';
import { arpCommand } from './commands/arp.js';
import { chatCommand } from './commands/chat.js';
import { classifyCommand } from './commands/classify.js';
import { demoCommand } from './commands/demo.js';
import { handshakeCommand } from './commands/handshake.js';
import { labCommand } from './commands/lab.js';
import { layersCommand } from './commands/layers.js';
import { lessonCommand } from './commands/lesson.js';
import { macCommand } from './commands/mac.js';
import { maskCommand } from './commands/mask.js';
import { portCommand } from './commands/port.js';
import { practiceCommand } from './commands/practice.js';
import { receiveCommand } from './commands/receive.js';
import { sameSubnetCommand } from './commands/same-subnet.js';
import { sendCommand } from './commands/send.js';
import { subnetCommand } from './commands/subnet.js';
import { summarizeCommand } from './commands/summarize.js';
import { tourCommand } from './commands/tour.js';

/** Every command, in menu order. Listed by hand so readers and the bundler see them all. */
export const commands: readonly NetlabCommand[] = [
  sameSubnetCommand,
  subnetCommand,
  summarizeCommand,
  maskCommand,
  classifyCommand,
  portCommand,
  macCommand,
  demoCommand,
  chatCommand,
  sendCommand,
  receiveCommand,
  lessonCommand,
  tourCommand,
  practiceCommand,
  arpCommand,
  handshakeCommand,
  layersCommand,
  labCommand,
];
