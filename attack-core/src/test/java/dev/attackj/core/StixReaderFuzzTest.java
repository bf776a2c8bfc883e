package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  /**
   * Checks that a strict read agrees with a lenient one: it throws the lenient read's first
   * problem, or returns the same bundle when there is none, and no reader thread is left.
   */
  private static void readStrictLikeLenient(byte[] bytes, String source) {
    StixBundle lenient;
    try {
      lenient = StixReader.lenient().read(bytes, source);
    } finally {
      assertEquals(List.of(), StixReaderThreadsTest.readerThreads(), "after a lenient read");
    }
    List<Problem> problems = lenient.report().problems();
    if (problems.isEmpty()) {
      assertEquals(lenient, StixReader.strict().read(bytes, source));
    } else {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> StixReader.strict().read(bytes, source));
      assertEquals(problems.get(0), e.problem());
    }
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads(), "after a strict read");
  }

  @Test
  void read_mutatedLargeBundles() {
    String bad = "{\"type\": \"tool\", \"id\": \"tool--x\", \"revoked\": 1, \"name\": \"a\", "
        + "\"name\": \"b\", \"external_references\": [{\"source_name\": null}]}";
    byte[] large = StixReaderThreadsTest.utf8(StixReaderThreadsTest.bundle(900, 500, bad));
    Fuzzer fuzzer = Fuzzer.of("stix-large", List.of(large)).withGzip();

    fuzzer.run(StixReaderFuzzTest::readStrictLikeLenient);
  }
}
