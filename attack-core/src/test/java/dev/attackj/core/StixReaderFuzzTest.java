package dev.attackj.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StixReaderFuzzTest {

  private static final List<byte[]> SEEDS = List.of(FuzzSeeds.smallBundle(),
      Fuzzer.gzip(FuzzSeeds.smallBundle()),
      "{\"type\": \"bundle\", \"objects\": []}".getBytes(StandardCharsets.UTF_8));

  @Test
  void lenientRead_mutatedBundles_loadOrFailDocumented() {
    Fuzzer fuzzer = Fuzzer.of("stix-lenient", SEEDS).withGzip();

    fuzzer.run((bytes, source) -> StixReader.lenient().read(bytes, source));
  }

  @Test
  void strictRead_mutatedBundles_loadOrFailDocumented() {
    Fuzzer fuzzer = Fuzzer.of("stix-strict", SEEDS).withGzip();

    fuzzer.run((bytes, source) -> StixReader.strict().read(bytes, source));
  }

  @Test
  void knowledgeBase_mutatedBundles_indexOrFailDocumented() {
    Fuzzer fuzzer = Fuzzer.of("stix-index", SEEDS);

    fuzzer.run((bytes, source) -> {
      KnowledgeBase kb = KnowledgeBase.of(StixReader.lenient().read(bytes, source));
      kb.techniques().forEach(t -> kb.resolve(t.label()));
      kb.groups().forEach(g -> kb.techniqueUses(g));
      kb.find("PowerShell");
    });
  }
}
