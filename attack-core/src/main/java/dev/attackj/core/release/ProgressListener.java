package dev.attackj.core.release;

import java.util.OptionalLong;

/**
 * A receiver of download progress. {@link Releases#fetch(Release, ProgressListener)} calls it on
 * the downloading thread after each block of bytes, and not at all when the file comes from the
 * cache.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Receives the progress of a download.
   *
   * @param release the release being downloaded
   * @param bytesSoFar the bytes received so far
   * @param totalBytes the size of the file when the server sent it
   */
  void progress(Release release, long bytesSoFar, OptionalLong totalBytes);

  /** Returns a listener that ignores progress. */
  static ProgressListener none() {
    return (release, bytesSoFar, totalBytes) -> { };
  }
}
