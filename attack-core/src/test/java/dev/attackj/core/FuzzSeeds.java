package dev.attackj.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Seed files for fuzz tests, read from the test resources of attack-core. */
public final class FuzzSeeds {

  private FuzzSeeds() {}

  /** A small STIX 2.1 bundle with one object of most ATT&CK types and their relationships. */
  public static byte[] smallBundle() {
    return resource("fuzz/small-bundle.json");
  }

  private static byte[] resource(String name) {
    try (InputStream in = FuzzSeeds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
