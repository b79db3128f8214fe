/**
 * The answer to a message the background refused. Its own module, with no imports, so that the
 * scripts Hutong injects into pages can check replies without loading the protocol's schemas.
 */

/** Rejected messages get this reply instead of an exception, so callers can show a message. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && 'error' in value;
}
