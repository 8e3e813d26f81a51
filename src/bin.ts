#!/usr/bin/env node
import process from 'node:process';
import { main } from './cli/main.js';
import { processIo } from './cli/process-io.js';

const controller = new AbortController();
process.once('SIGINT', () => {
  controller.abort();
  process.exitCode = 130;
});

process.exitCode = await main(process.argv.slice(2), processIo(), controller.signal);
