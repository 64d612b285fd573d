/** A failure the CLI reports as one line on stderr, exiting 1. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliFailure'
  }
}
