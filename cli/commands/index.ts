import type { Command } from '../command';
import { extract } from './extract';

/** Every `assay` command, one line each, sorted by name. */
export const commands: readonly Command[] = [
  extract,
];
