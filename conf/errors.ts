/**
 * A problem with an environment profile or with what it asks of the shell (a missing variable).
 * The message names the file, the key and the fix, and never carries a secret value.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    /** The profile file, relative to the working directory where possible. */
    readonly file: string,
    /** Dotted path of the offending key (`accounts.main.credentials.source`), or '' for the whole file. */
    readonly key: string,
    /** What is wrong and what to do, in one or two sentences. */
    readonly problem: string,
  ) {
    super(key ? `${file}: '${key}' ${problem}` : `${file}: ${problem}`);
  }
}

/** Several problems found in one profile, reported together so a user fixes them in one pass. */
export class ConfigErrors extends ConfigError {
  constructor(readonly errors: readonly ConfigError[]) {
    const first = errors[0];
    super(first.file, first.key, first.problem);
    this.message =
      errors.length === 1
        ? first.message
        : `${first.file}: ${errors.length} problems:\n` + errors.map((e) => `  - '${e.key}' ${e.problem}`).join('\n');
  }
}
