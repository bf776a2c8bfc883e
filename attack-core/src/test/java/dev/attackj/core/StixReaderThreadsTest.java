package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
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

  /** The names of the reader's threads that are alive now. */
  static List<String> readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("attackj-"))
        .toList();
  }

  /** A bundle of {@code count} tools, one a line, with {@code odd} in place of the one at index. */
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

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static InvalidInputException readFailing(StixReader reader, byte[] bytes) {
    return assertThrows(InvalidInputException.class, () -> reader.read(bytes, "t.json"));
  }

  private static InvalidInputException streamFailing(StixReader reader, byte[] bytes) {
    return assertThrows(InvalidInputException.class,
        () -> reader.read(new ByteArrayInputStream(bytes), "t.json"));
  }

  @Test
  void read_largeBundle_leavesNoThread() throws IOException {
    byte[] json = utf8(bundle(5000, -1, ""));

    StixBundle plain = StixReader.lenient().read(json, "t.json");
    List<String> afterPlain = readerThreads();
    StixBundle zipped = StixReader.lenient().read(new ByteArrayInputStream(gzip(json)), "t.json");
    List<String> afterGzip = readerThreads();

    assertEquals(5000, plain.objects().size());
    assertEquals(plain.objects(), zipped.objects());
    assertEquals(List.of(), afterPlain);
    assertEquals(List.of(), afterGzip);
  }

  @Test
  void strictRead_problemEarlyInLargeBundle_throwsItAndLeavesNoThread() {
    byte[] json = utf8(bundle(40_000, 300, BAD_TOOL));

    InvalidInputException plain = readFailing(StixReader.strict(), json);
    List<String> afterPlain = readerThreads();
    InvalidInputException zipped = streamFailing(StixReader.strict(), gzip(json));
    List<String> afterGzip = readerThreads();

    assertEquals("/objects/300/revoked", plain.problem().pointer().orElseThrow());
    assertEquals(plain.problem(), zipped.problem());
    assertEquals(List.of(), afterPlain);
    assertEquals(List.of(), afterGzip);
  }

  @Test
  void strictRead_problemThenMalformedJson_throwsProblemAndLeavesNoThread() {
    String json = bundle(3000, 700, BAD_TOOL);
    byte[] broken = utf8(json.substring(0, json.length() - 3) + ", {\"type\": }]}");

    InvalidInputException plain = readFailing(StixReader.strict(), broken);
    List<String> afterPlain = readerThreads();
    InvalidInputException zipped = streamFailing(StixReader.strict(), gzip(broken));
    List<String> afterGzip = readerThreads();

    assertEquals("/objects/700/revoked", plain.problem().pointer().orElseThrow());
    assertEquals(plain.problem(), zipped.problem());
    assertEquals(List.of(), afterPlain);
    assertEquals(List.of(), afterGzip);
  }

  @Test
  void read_malformedJsonInMiddle_leavesNoThread() {
    String json = bundle(6000, 3000, "{\"type\": \"tool\", \"id\": ]");

    InvalidInputException lenient = readFailing(StixReader.lenient(), utf8(json));
    List<String> afterLenient = readerThreads();
    InvalidInputException strict = streamFailing(StixReader.strict(), gzip(utf8(json)));
    List<String> afterStrict = readerThreads();

    assertEquals(3002, lenient.problem().line().orElseThrow());
    assertEquals("/objects/3000/id", lenient.problem().pointer().orElseThrow());
    assertTrue(lenient.problem().message().startsWith("malformed JSON"),
        lenient.problem().message());
    assertEquals(lenient.problem(), strict.problem());
    assertEquals(List.of(), afterLenient);
    assertEquals(List.of(), afterStrict);
  }

  @Test
  void read_maxObjectsExceededMidArray_leavesNoThread() {
    StixReader lenient = StixReader.lenient().withLimits(100, 1000, 1000);
    byte[] json = utf8(bundle(3000, -1, ""));

    InvalidInputException plain = readFailing(lenient, json);
    List<String> afterPlain = readerThreads();
    InvalidInputException zipped = streamFailing(lenient, gzip(json));
    List<String> afterGzip = readerThreads();

    assertEquals("/objects/1000", plain.problem().pointer().orElseThrow());
    assertEquals(plain.problem(), zipped.problem());
    assertEquals(List.of(), afterPlain);
    assertEquals(List.of(), afterGzip);
  }

  @Test
  void strictRead_problemBeforeMaxObjectsExceeded_throwsProblem() {
    StixReader strict = StixReader.strict().withLimits(100, 1000, 1000);

    InvalidInputException e = readFailing(strict, utf8(bundle(3000, 900, BAD_TOOL)));

    assertEquals("/objects/900/revoked", e.problem().pointer().orElseThrow());
    assertEquals(List.of(), readerThreads());
  }

  @Test
  void read_interruptedCallerOnBytes_throwsAndLeavesNoThread() {
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
  void read_interruptedCallerOnGzipStream_throwsAndLeavesNoThread() {
    byte[] zipped = gzip(utf8(bundle(5000, -1, "")));
    Thread.currentThread().interrupt();

    assertThrows(InterruptedIOException.class,
        () -> StixReader.strict().read(new ByteArrayInputStream(zipped), "t.json"));
    boolean stillInterrupted = Thread.interrupted();

    assertTrue(stillInterrupted);
    assertEquals(List.of(), readerThreads());
  }

  @Test
  void read_interruptedWhileStreamBlocks_throwsAndLeavesNoThread() throws Exception {
    byte[] head = utf8(bundle(3000, -1, ""));
    byte[] start = Arrays.copyOf(head, head.length - 3);
    Thread caller = Thread.currentThread();
    InputStream slow = new InputStream() {
      private final InputStream bytes = new ByteArrayInputStream(start);

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = bytes.read(buffer, offset, length);
        if (count < 0) {
          caller.interrupt();
          throw new InterruptedIOException("stream interrupted");
        }
        return count;
      }
    };

    assertThrows(InterruptedIOException.class, () -> StixReader.lenient().read(slow, "t.json"));
    Thread.interrupted();

    assertEquals(List.of(), readerThreads());
  }

  @Test
  void read_gzipSourceThrowingError_passesItOnAndLeavesNoThread() {
    byte[] zipped = gzip(utf8(bundle(5000, -1, "")));
    InternalError failure = new InternalError("source failed");
    InputStream failing = new InputStream() {
      private final InputStream bytes = new ByteArrayInputStream(zipped, 0, 4096);

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = bytes.read(buffer, offset, length);
        if (count < 0) {
          throw failure;
        }
        return count;
      }
    };

    InternalError thrown = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(InternalError.class,
            () -> StixReader.lenient().read(failing, "t.json")));

    assertEquals(failure, thrown);
    assertEquals(List.of(), readerThreads());
  }
}
