package dev.attackj.core.release;

import java.nio.file.Path;

/**
 * Fetches one release in a separate JVM, for tests of two processes sharing a cache.
 *
 * <p>Arguments: cache directory, mirror URL, catalogue file, domain, version, STIX version.
 * Prints the cached path and exits with 0, or prints the error and exits with 1.
 */
public final class FetchMain {

  private FetchMain() {}

  public static void main(String[] args) {
    try {
      Releases releases = Releases.builder()
          .cacheDirectory(Path.of(args[0]))
          .mirror(args[1])
          .catalogue(ReleaseCatalogue.read(Path.of(args[2])))
          .build();
      Release release = releases.release(args[3], args[4], StixVersion.parse(args[5]));
      System.out.println(releases.fetch(release));
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }
}
