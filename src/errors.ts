/** Errors a user can act on: the CLI prints their message alone and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A configuration that cannot be used: names the file, the key and the valid choices. */
export class ConfigError extends UsageError {
  override name = 'ConfigError'
  /** Absolute path of the config file at fault, when there is one (the editor marks it). */
  readonly file: string | undefined
  constructor(message: string, file?: string) {
    super(message)
    this.file = file
  }
}
