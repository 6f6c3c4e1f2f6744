import type { Command } from '../command';
import { extract } from './extract';
import { score } from './score';

/** Every `assay` command, one line each, sorted by name. */
export const commands: readonly Command[] = [
  extract,
  score,
];
