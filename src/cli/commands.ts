import { defineCommand, type NetlabCommand } from './command.js';
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

/**
 * Every command, in menu order: its spec (src/cli/commands/NAME.ts: menu entry, options, help)
 * and the loader of its handler (src/cli/handlers/NAME.ts: the work). Only the handler of the
 * command that runs is loaded, so starting netlab costs the same whichever command it is; the
 * bundle turns each `import()` into a module initialised on first use. Listed by hand so readers
 * and the bundler see them all.
 */
export const commands: readonly NetlabCommand[] = [
  defineCommand(sameSubnetCommand, () => import('./handlers/same-subnet.js')),
  defineCommand(subnetCommand, () => import('./handlers/subnet.js')),
  defineCommand(summarizeCommand, () => import('./handlers/summarize.js')),
  defineCommand(maskCommand, () => import('./handlers/mask.js')),
  defineCommand(classifyCommand, () => import('./handlers/classify.js')),
  defineCommand(portCommand, () => import('./handlers/port.js')),
  defineCommand(macCommand, () => import('./handlers/mac.js')),
  defineCommand(demoCommand, () => import('./handlers/demo.js')),
  defineCommand(chatCommand, () => import('./handlers/chat.js')),
  defineCommand(sendCommand, () => import('./handlers/send.js')),
  defineCommand(receiveCommand, () => import('./handlers/receive.js')),
  defineCommand(lessonCommand, () => import('./handlers/lesson.js')),
  defineCommand(tourCommand, () => import('./handlers/tour.js')),
  defineCommand(practiceCommand, () => import('./handlers/practice.js')),
  defineCommand(arpCommand, () => import('./handlers/arp.js')),
  defineCommand(handshakeCommand, () => import('./handlers/handshake.js')),
  defineCommand(layersCommand, () => import('./handlers/layers.js')),
  defineCommand(labCommand, () => import('./handlers/lab.js')),
];
