/** A problem with the command line itself (unknown option, missing file name): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, errorsFound: 1, unusable: 2 } as const;
