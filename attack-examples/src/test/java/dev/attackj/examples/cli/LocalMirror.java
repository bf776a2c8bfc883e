package dev.attackj.examples.cli;

import dev.attackj.core.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A mirror folder laid out like {@code https://raw.githubusercontent.com/} with uncompressed
 * copies of shared test bundles, so that CLI tests fetch through {@code --mirror DIR} and never
 * use the network.
 */
final class LocalMirror {

  private LocalMirror() {}

  /** Places mobile 17.1 (STIX 2.1) and ICS 18.1 (STIX 2.0) below {@code root}. */
  static Path create(Path root) throws IOException {
    gunzip(TestData.file("attack/mobile-attack-17.1.stix21.json.gz"), root.resolve(
        "mitre-attack/attack-stix-data/master/mobile-attack/mobile-attack-17.1.json"));
    gunzip(TestData.file("attack/ics-attack-18.1.json.gz"),
        root.resolve("mitre/cti/ATT&CK-v18.1/ics-attack/ics-attack.json"));
    return root;
  }

  private static void gunzip(Path source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = new GZIPInputStream(Files.newInputStream(source));
        OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
  }
}
