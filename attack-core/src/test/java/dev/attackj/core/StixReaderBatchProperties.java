package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Bundles past the size at which objects are mapped on a second thread, with problems sprinkled
 * in. Read as a whole and object by object, they must give the same objects and problems, in
 * bundle order, whichever way the bytes arrive.
 */
class StixReaderBatchProperties {

  private static final String HEAD = "{\"type\": \"bundle\", \"objects\": [\n";
  private static final String LONG_REF = "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5";

  /** Object templates; {@code %1$d} is the object's index, which makes its id unique. */
  private static final List<String> BAD = List.of(
      "{\"type\": \"tool\", \"id\": \"tool--%1$d\", \"revoked\": 1}",
      "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--%1$d\", "
          + "\"kill_chain_phases\": [null]}",
      "{\"type\": \"malware\", \"id\": \"malware--%1$d\", \"external_references\": [{}]}",
      "{\"type\": \"tool\", \"name\": \"nameless %1$d\"}",
      "7",
      "[\"tool--%1$d\"]",
      "null",
      "{\"type\": \"x-custom\", \"id\": \"x-custom--%1$d\", \"size\": %1$d}",
      "{\"type\": \"tool\", \"id\": \"tool--%1$d\", \"name\": \"a\", \"name\": \"b\"}",
      "{\"type\": \"x-mitre-collection\", \"id\": \"x-mitre-collection--%1$d\", "
          + "\"x_mitre_contents\": [{\"object_ref\": \"x--1\", \"object_modified\": \"soon\"}]}",
      "{\"type\": \"intrusion-set\", \"id\": \"intrusion-set--%1$d\", "
          + "\"aliases\": [\"A\", [\"B\"]]}",
      "{\"type\": \"campaign\", \"id\": \"campaign--%1$d\", \"first_seen\": \"2020\"}",
      "{\"type\": \"malware\", \"id\": \"malware--%1$d\", "
          + "\"external_references\": [{\"source_name\": {\"a\": [1]}, \"url\": \"u\"}]}",
      "{\"type\": \"relationship\", \"id\": \"relationship--%1$d\", "
          + "\"relationship_type\": \"uses\"}",
      "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--%1$d\", "
          + "\"kill_chain_phases\": [{\"kill_chain_name\": \"k\", \"phase_name\": \"p\", "
          + "\"phase_name\": \"q\"}]}");

  private static final List<String> GOOD = List.of(
      "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--%1$d\", \"name\": \"T %1$d\", "
          + "\"created_by_ref\": \"" + LONG_REF + "\", "
          + "\"object_marking_refs\": "
          + "[\"marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168\"],"
          + " \"external_references\": [{\"source_name\": \"mitre-attack\", "
          + "\"external_id\": \"T%1$d\", \"url\": \"https://attack.mitre.org/techniques/T%1$d\"}],"
          + " \"kill_chain_phases\": [{\"kill_chain_name\": \"mitre-attack\", "
          + "\"phase_name\": \"execution\"}], \"x_mitre_platforms\": [\"Linux\", \"Windows\"]}",
      "{\"type\": \"tool\", \"id\": \"tool--%1$d\", \"name\": \"caf\\u00e9 \\\"%1$d\\\"\", "
          + "\"created_by_ref\": \"identity--%1$d-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaazz\", "
          + "\"external_references\": [{\"url\": null, \"source_name\": \"s\", "
          + "\"hashes\": {\"SHA-256\": \"%1$d\"}}]}",
      "{\"type\": \"x-mitre-analytic\", \"id\": \"x-mitre-analytic--%1$d\", "
          + "\"x_mitre_log_source_references\": [{\"name\": \"n\", \"channel\": \"c%1$d\", "
          + "\"x_mitre_data_component_ref\": \"x-mitre-data-component--%1$d\"}], "
          + "\"x_mitre_mutable_elements\": []}");

  @Provide
  Arbitrary<List<String>> templates() {
    return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(GOOD)),
            Tuple.of(1, Arbitraries.of(BAD)))
        .list().ofMinSize(MappingThread.BATCH + 1).ofMaxSize(1200);
  }

  private static List<String> objects(List<String> templates) {
    List<String> objects = new ArrayList<>(templates.size());
    for (int i = 0; i < templates.size(); i++) {
      objects.add(String.format(templates.get(i), i));
    }
    return objects;
  }

  /** Builds a bundle with one object a line, the first on line 2, all at column 1. */
  private static byte[] bundle(List<String> objects, String tail) {
    return (HEAD + String.join(",\n", objects) + tail).getBytes(StandardCharsets.UTF_8);
  }

  /** Moves a problem of a one-object bundle to {@code index} of a larger one. */
  private static Problem movedTo(Problem problem, int index) {
    ImmutableProblem moved = ImmutableProblem.copyOf(problem);
    if (problem.pointer().isPresent()) {
      moved = moved.withPointer(
          problem.pointer().get().replaceFirst("^/objects/0", "/objects/" + index));
    }
    if (problem.line().isPresent()) {
      moved = moved.withLine(problem.line().get() + index);
    }
    return moved;
  }

  @Property(tries = 25)
  void read_wholeBundle_sameAsObjectByObject(@ForAll("templates") List<String> templates) {
    List<String> objects = objects(templates);
    List<AttackObject> expectedObjects = new ArrayList<>();
    List<Problem> expectedProblems = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      StixBundle single = StixReader.lenient()
          .read(bundle(List.of(objects.get(i)), "\n]}"), "b.json");
      expectedObjects.addAll(single.objects());
      for (Problem problem : single.report().problems()) {
        expectedProblems.add(movedTo(problem, i));
      }
    }

    StixBundle whole = StixReader.lenient().read(bundle(objects, "\n]}"), "b.json");

    assertEquals(expectedObjects, whole.objects());
    assertEquals(expectedProblems, whole.report().problems());
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Property(tries = 25)
  void strictRead_throwsFirstProblemOfLenientRead(@ForAll("templates") List<String> templates) {
    byte[] json = bundle(objects(templates), "\n]}");
    List<Problem> problems = StixReader.lenient().read(json, "b.json").report().problems();

    if (problems.isEmpty()) {
      StixReader.strict().read(json, "b.json");
    } else {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> StixReader.strict().read(json, "b.json"));

      assertEquals(problems.get(0), e.problem());
    }
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Property(tries = 25)
  void strictRead_problemBeforeBrokenJson_throwsProblem(
      @ForAll("templates") List<String> templates) {
    List<String> objects = objects(templates);
    byte[] broken = bundle(objects, ",\n{\"type\": \"tool\", \"id\": }]}");
    List<Problem> problems = StixReader.lenient()
        .read(bundle(objects, "\n]}"), "b.json").report().problems();

    InvalidInputException lenient = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().read(broken, "b.json"));
    InvalidInputException strict = assertThrows(InvalidInputException.class,
        () -> StixReader.strict().read(broken, "b.json"));

    assertEquals(objects.size() + 2, lenient.problem().line().orElseThrow());
    Problem expected = problems.isEmpty() ? lenient.problem() : problems.get(0);
    assertEquals(expected, strict.problem());
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Property(tries = 15)
  void read_bytesStreamAndGzip_identical(@ForAll("templates") List<String> templates)
      throws IOException {
    byte[] json = bundle(objects(templates), "\n]}");

    StixBundle bytes = StixReader.lenient().read(json, "b.json");
    StixBundle stream = StixReader.lenient().read(new ByteArrayInputStream(json), "b.json");
    StixBundle gzip = StixReader.lenient()
        .read(new ByteArrayInputStream(Fuzzer.gzip(json)), "b.json");
    StixBundle gzipBytes = StixReader.lenient().read(Fuzzer.gzip(json), "b.json");

    assertEquals(bytes, stream);
    assertEquals(bytes, gzip);
    assertEquals(bytes, gzipBytes);
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Property(tries = 15)
  void read_brokenBytesStreamAndGzip_sameFailure(@ForAll("templates") List<String> templates,
      @ForAll boolean strict) {
    byte[] json = bundle(objects(templates), ",\n{\"type\": \"tool\", \"id\": ]}");
    StixReader reader = strict ? StixReader.strict() : StixReader.lenient();

    InvalidInputException bytes = assertThrows(InvalidInputException.class,
        () -> reader.read(json, "b.json"));
    InvalidInputException stream = assertThrows(InvalidInputException.class,
        () -> reader.read(new ByteArrayInputStream(json), "b.json"));
    InvalidInputException gzip = assertThrows(InvalidInputException.class,
        () -> reader.read(Fuzzer.gzip(json), "b.json"));

    assertEquals(bytes.problem(), stream.problem());
    assertEquals(bytes.problem(), gzip.problem());
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }
}
