import type { Command } from '../command';
import { compare } from './compare';
import { extract } from './extract';
import { score } from './score';

/** Every `assay` command, one line each, sorted by name. */
export const commands: readonly Command[] = [
  compare,
  extract,
  score,
];
