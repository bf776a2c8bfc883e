package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Documents of unusual form read from bytes (parsed in place), from a stream and from gzip data:
 * each path must return the same bundle or throw the same problem.
 */
class StixReaderPathsTest {

  private static final String BUNDLE = "{\"type\": \"bundle\", \"objects\": [\n"
      + "{\"type\": \"tool\", \"id\": \"tool--1\", \"name\": \"caf\u00e9\"},\n"
      + "{\"type\": \"tool\", \"id\": \"tool--2\", \"revoked\": \"no\"}]}";

  /** Reads through every path and returns the outcome: a bundle, or the thrown problem. */
  private static List<Object> outcomes(StixReader reader, byte[] bytes) {
    return List.of(outcome(() -> reader.read(bytes, "p.json")),
        outcome(() -> reader.read(new ByteArrayInputStream(bytes), "p.json")),
        outcome(() -> reader.read(Fuzzer.gzip(bytes), "p.json")),
        outcome(() -> reader.read(
            new ByteArrayInputStream(Fuzzer.gzip(bytes)), "p.json")));
  }

  private interface Read {
    StixBundle read() throws IOException;
  }

  private static Object outcome(Read read) {
    try {
      return read.read();
    } catch (InvalidInputException e) {
      return e.problem();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertSameOnEveryPath(StixReader reader, byte[] bytes) {
    List<Object> outcomes = outcomes(reader, bytes);

    for (int i = 1; i < outcomes.size(); i++) {
      assertEquals(outcomes.get(0), outcomes.get(i), "path " + i);
    }
    assertEquals(List.of(), StixReaderThreadsTest.readerThreads());
  }

  @Test
  void read_oddDocuments_sameOnEveryPath() {
    List<String> documents = List.of("", " \n\t", "{", "[]", "null", "{}", BUNDLE,
        "\ufeff" + BUNDLE, BUNDLE + " x", BUNDLE + "\n{}", "{\"objects\": {}}",
        "{\"type\": \"bundle\", \"objects\": [1, \"two\", null, [], {}]}",
        "{\"type\": 5, \"id\": [], \"objects\": []}",
        "{\"type\": \"bundle\", \"objects\": [{\"type\": \"tool\", \"id\": \"tool--1\", "
            + "\"name\": \"\\ud800\"}]}");

    for (String document : documents) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);

      assertSameOnEveryPath(StixReader.lenient(), bytes);
      assertSameOnEveryPath(StixReader.strict(), bytes);
    }
  }

  @Test
  void read_utf16Document_sameOnEveryPath() {
    byte[] bytes = BUNDLE.getBytes(StandardCharsets.UTF_16);

    List<Object> outcomes = outcomes(StixReader.lenient(), bytes);

    assertTrue(outcomes.get(0) instanceof StixBundle, outcomes.get(0).toString());
    assertSameOnEveryPath(StixReader.lenient(), bytes);
  }

  @Test
  void read_invalidUtf8_sameProblemOnEveryPath() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BUNDLE.substring(0, 60).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28});
    bytes.writeBytes(BUNDLE.substring(60).getBytes(StandardCharsets.UTF_8));

    assertSameOnEveryPath(StixReader.lenient(), bytes.toByteArray());
  }

  @Test
  void read_documentAtAndPastSizeLimit() {
    byte[] bytes = BUNDLE.getBytes(StandardCharsets.UTF_8);
    ReadLimits exact = ReadLimits.builder().maxDocumentBytes(bytes.length).build();
    ReadLimits smaller = ReadLimits.builder().maxDocumentBytes(bytes.length - 1).build();

    Object fits = outcomes(StixReader.lenient().withLimits(exact), bytes).get(0);
    InvalidInputException tooLarge = assertThrows(InvalidInputException.class,
        () -> StixReader.lenient().withLimits(smaller).read(bytes, "p.json"));

    assertTrue(fits instanceof StixBundle, fits.toString());
    assertTrue(tooLarge.getMessage().contains("maxDocumentBytes"), tooLarge.getMessage());
    assertSameOnEveryPath(StixReader.lenient().withLimits(exact), bytes);
  }

  @Test
  void read_stringPastLengthLimit() {
    String json = "{\"type\": \"bundle\", \"objects\": [\n{\"type\": \"tool\", "
        + "\"id\": \"tool--1\", \"external_references\": [{\"source_name\": \""
        + "s".repeat(5000) + "\"}]}]}";
    StixReader reader = StixReader.lenient().withLimits(100, 4000, 10);

    List<Object> outcomes = outcomes(reader, json.getBytes(StandardCharsets.UTF_8));

    for (Object outcome : outcomes) {
      Problem problem = (Problem) outcome;
      assertEquals("/objects/0/external_references/0/source_name",
          problem.pointer().orElseThrow());
      assertEquals(2, problem.line().orElseThrow());
      assertEquals(json.indexOf("\"sss") - json.indexOf('\n'), problem.column().orElseThrow());
      assertTrue(problem.message().contains("maximum allowed (4000"), problem.message());
    }
  }

  @Test
  void read_nestingPastLimit_placedOnEveryPath() {
    String json = "{\"type\": \"bundle\", \"objects\": [\n{\"type\": \"tool\", "
        + "\"id\": \"tool--1\", \"x_deep\": " + "[".repeat(200) + "]".repeat(200) + "}]}";

    assertSameOnEveryPath(StixReader.lenient(), json.getBytes(StandardCharsets.UTF_8));
    Problem problem = (Problem) outcomes(StixReader.lenient(),
        json.getBytes(StandardCharsets.UTF_8)).get(0);

    assertTrue(problem.pointer().orElseThrow().startsWith("/objects/0/x_deep/0/0"),
        problem.pointer().orElseThrow());
    assertEquals(2, problem.line().orElseThrow());
  }
}
