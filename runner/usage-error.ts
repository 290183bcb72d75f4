/** A mistake on the command line: the runner prints it with a hint and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
