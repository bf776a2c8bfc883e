package dev.attackj.core.release;

import dev.attackj.core.Fuzzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueReaderFuzzTest {

  private static byte[] builtIn() throws IOException {
    try (InputStream in = ReleaseCatalogue.class.getResourceAsStream("catalogue.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void read_mutatedCatalogues_loadOrFailDocumented() throws IOException {
    Fuzzer fuzzer = Fuzzer.of("catalogue", List.of(builtIn())).withGzip();

    fuzzer.run((bytes, source) -> ReleaseCatalogue.of(
        CatalogueReader.read(new ByteArrayInputStream(bytes), source)));
  }
}
