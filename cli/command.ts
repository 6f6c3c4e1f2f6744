/** One `assay` subcommand. Add a file in cli/commands/ and one line in cli/commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `assay --help`. */
  summary: string;
  /** Full usage text for `assay <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number> | number;
}

/** An error the user can fix (bad file, bad flag): printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
