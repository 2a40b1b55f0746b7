/** A failure the command line reports in one line and turns into its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 1: the thing asked about is missing or damaged; 2: the command line itself is wrong. */
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** The arguments are wrong: exit code 2. */
export const badArgument = (message: string) => new CliError(message, 2);

/** The arguments are fine but the data is missing or damaged: exit code 1. */
export const failure = (message: string) => new CliError(message, 1);
