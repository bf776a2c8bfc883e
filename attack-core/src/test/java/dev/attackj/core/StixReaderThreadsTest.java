package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reader's own threads (object mapping and gzip inflating) after every way a read can end:
 * none may be alive once read returns or throws, without waiting for them.
 */
class StixReaderThreadsTest {

  private static final String BAD_TOOL = "{\"type\": \"tool\", \"id\": \"tool--bad\", "
      + "\"revoked\": 1}";

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  /** Returns the names of the reader's threads that are alive now. */
  static List<String> readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("attackj-"))
        .toList();
  }

  /** Builds a bundle of {@code count} tools, one a line, with {@code odd} at {@code index}. */
  static String bundle(int count, int index, String odd) {
    StringBuilder json = new StringBuilder("{\"type\": \"bundle\", \"objects\": [\n");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",\n");
      json.append(i == index ? odd
          : "{\"type\": \"tool\", \"id\": \"tool--" + i + "\", \"name\": \"Tool " + i + "\"}");
    }
    return json.append("\n]}").toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads the bytes as they are and as a gzip stream, expecting both reads to fail with the same
   * problem and to leave no reader thread, and returns that problem.
   */
  private static Problem failsAlike(StixReader reader, byte[] json) {
    InvalidInputException plain = assertThrows(InvalidInputException.class,
        () -> reader.read(json, "t.json"));
    List<String> afterPlain = readerThreads();
    InvalidInputException zipped = assertThrows(InvalidInputException.class,
        () -> reader.read(new ByteArrayInputStream(Fuzzer.gzip(json)), "t.json"));
    List<String> afterGzip = readerThreads();

    assertEquals(plain.problem(), zipped.problem());
    assertEquals(List.of(), afterPlain);
    assertEquals(List.of(), afterGzip);
    return plain.problem();
  }

  /** A failure that a stream raises at the end of its bytes. */
  private interface Failure {
    void raise() throws IOException;
  }

  /** Returns a stream of the bytes that raises {@code failure} instead of ending. */
  private static InputStream failingAtEnd(byte[] bytes, Failure failure) {
    return new InputStream() {
      private final InputStream in = new ByteArrayInputStream(bytes);

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = in.read(buffer, offset, length);
        if (count < 0) {
          failure.raise();
        }
        return count;
      }
    };
  }

  @Test
  void read_largeBundle_leavesNoThread() throws IOException {
    byte[] json = utf8(bundle(5000, -1, ""));

    StixBundle plain = StixReader.lenient().read(json, "t.json");
    List<String> afterPlain = readerThreads();
    StixBundle zipped =
        StixReader.lenient().read(new ByteArrayInputStream(Fuzzer.gzip(json)), "t.json");
    List<String> afterGzip = readerThreads();

    assertEquals(5000, plain.objects().size());
    assertEquals(plain.objects(), zipped.objects());
    assertEquals(List.of(), afterPlain);
    assertEquals(List.of(), afterGzip);
  }

  @Test
  void strictRead_earlyProblemInLargeBundle() {
    byte[] json = utf8(bundle(40_000, 300, BAD_TOOL));

    Problem problem = failsAlike(StixReader.strict(), json);

    assertEquals("/objects/300/revoked", problem.pointer().orElseThrow());
  }

  @Test
  void strictRead_problemThenMalformedJson() {
    String json = bundle(3000, 700, BAD_TOOL);
    byte[] broken = utf8(json.substring(0, json.length() - 3) + ", {\"type\": }]}");

    Problem problem = failsAlike(StixReader.strict(), broken);

    assertEquals("/objects/700/revoked", problem.pointer().orElseThrow());
  }

  @Test
  void read_malformedJsonInMiddle_leavesNoThread() {
    byte[] json = utf8(bundle(6000, 3000, "{\"type\": \"tool\", \"id\": ]"));

    Problem lenient = failsAlike(StixReader.lenient(), json);
    Problem strict = failsAlike(StixReader.strict(), json);

    assertEquals(3002, lenient.line().orElseThrow());
    assertEquals("/objects/3000/id", lenient.pointer().orElseThrow());
    assertTrue(lenient.message().startsWith("malformed JSON"), lenient.message());
    assertEquals(lenient, strict);
  }

  @Test
  void read_maxObjectsExceededMidArray() {
    StixReader lenient = StixReader.lenient().withLimits(100, 1000, 1000);
    byte[] json = utf8(bundle(3000, -1, ""));

    Problem problem = failsAlike(lenient, json);

    assertEquals("/objects/1000", problem.pointer().orElseThrow());
  }

  @Test
  void strictRead_problemBeforeObjectLimit() {
    StixReader strict = StixReader.strict().withLimits(100, 1000, 1000);

    Problem problem = failsAlike(strict, utf8(bundle(3000, 900, BAD_TOOL)));

    assertEquals("/objects/900/revoked", problem.pointer().orElseThrow());
  }

  @Test
  void read_interruptedCallerOnBytes() {
    byte[] json = utf8(bundle(5000, -1, ""));
    Thread.currentThread().interrupt();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> StixReader.lenient().read(json, "t.json"));
    boolean stillInterrupted = Thread.interrupted();

    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertEquals("interrupted while reading t.json", e.getMessage());
    assertTrue(stillInterrupted);
    assertEquals(List.of(), readerThreads());
  }

  @Test
  void read_interruptedCallerOnGzip() {
    byte[] zipped = Fuzzer.gzip(utf8(bundle(5000, -1, "")));
    Thread.currentThread().interrupt();

    assertThrows(InterruptedIOException.class,
        () -> StixReader.strict().read(new ByteArrayInputStream(zipped), "t.json"));
    boolean stillInterrupted = Thread.interrupted();

    assertTrue(stillInterrupted);
    assertEquals(List.of(), readerThreads());
  }

  @Test
  void read_streamInterruptedMidway() throws Exception {
    byte[] head = utf8(bundle(3000, -1, ""));
    byte[] start = Arrays.copyOf(head, head.length - 3);
    Thread caller = Thread.currentThread();
    InputStream interrupting = failingAtEnd(start, () -> {
      caller.interrupt();
      throw new InterruptedIOException("stream interrupted");
    });

    assertThrows(InterruptedIOException.class,
        () -> StixReader.lenient().read(interrupting, "t.json"));
    Thread.interrupted();

    assertEquals(List.of(), readerThreads());
  }

  @Test
  void read_gzipSourceThrowingError() {
    byte[] zipped = Fuzzer.gzip(utf8(bundle(5000, -1, "")));
    InternalError failure = new InternalError("source failed");
    InputStream failing = failingAtEnd(Arrays.copyOf(zipped, 4096), () -> {
      throw failure;
    });

    InternalError thrown = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(InternalError.class,
            () -> StixReader.lenient().read(failing, "t.json")));

    assertEquals(failure, thrown);
    assertEquals(List.of(), readerThreads());
  }
}
