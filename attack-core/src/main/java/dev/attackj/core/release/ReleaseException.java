package dev.attackj.core.release;

import java.io.IOException;

/**
 * A release file that could not be provided: unknown, unavailable offline, missing on the
 * server, cut short, too slow, too large, or not matching its digest. The message names the
 * release, the URL or file, and what to do next.
 */
public class ReleaseException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The reason a release file could not be provided. */
  public enum Reason {
    /** The catalogue lists no such domain, version and STIX version. */
    UNKNOWN_RELEASE,
    /** Offline mode is on and the cache contains no valid copy. */
    NOT_CACHED,
    /** The server or mirror has no such file (HTTP 404 or 410, or a missing local file). */
    NOT_FOUND,
    /** The server responded with another unexpected HTTP status. */
    HTTP_ERROR,
    /** A redirect pointed to a URL whose scheme is not allowed, or there were too many. */
    REDIRECT_REJECTED,
    /** Connecting, or waiting for the next bytes of the response, took longer than allowed. */
    TIMED_OUT,
    /** The connection closed before the whole file arrived. */
    INCOMPLETE,
    /** The file is larger than the size limit. */
    TOO_LARGE,
    /** The downloaded bytes do not have the SHA-256 digest the catalogue lists. */
    DIGEST_MISMATCH,
    /** Another network or file error. */
    IO_ERROR
  }

  private final Reason reason;

  public ReleaseException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ReleaseException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
