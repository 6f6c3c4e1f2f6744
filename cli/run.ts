/** The `assay` command line, callable in-process (tests) as well as from cli/assay.ts. */
import { UserError } from './command';
import { commands } from './commands/index';

const help = () =>
  [
    'usage: assay <command> [options]',
    '',
    'Reads vendor security, trust and FAQ pages into claims with verbatim evidence.',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run `assay <command> --help` for its options.',
  ].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UserError(`unknown command "${name}" (commands: ${commands.map((c) => c.name).join(', ')}; see assay --help)`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}

/**
 * Runs `assay` with these arguments and resolves to the exit code; writes only to stdout and stderr.
 * Only a UserError is the user's to fix; anything else is our bug, still reported in one line.
 */
export async function runAssay(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    const message = e instanceof UserError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`assay: ${message}\n`);
    return e instanceof UserError ? 2 : 70;
  }
}
