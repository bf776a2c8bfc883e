package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;

/**
 * A mutation fuzzer for readers: it derives cases from valid seed files by byte flips,
 * truncation, duplicated spans, splices of two seeds, deep nesting, huge strings, values of the
 * wrong JSON or YAML type, invalid UTF-8 and gzip wrapping, and checks that the reader either
 * returns or throws {@link InvalidInputException} (or another exception the reader documents)
 * with a message that names the source (or a path ending in it), within a time limit.
 *
 * <p>The number of cases comes from the system property {@code attackj.fuzz.cases} (300 by
 * default; the Maven profile {@code fuzz} sets 10,000) and the random seed from
 * {@code attackj.fuzz.seed} (fixed by default, so runs repeat). A failing case is saved under
 * {@code target/fuzz-failures} and the failure names its file and seed.
 */
public final class Fuzzer {

  /** A reader under test: reads the bytes and returns normally or throws. */
  @FunctionalInterface
  public interface Target {
    void read(byte[] input, String source) throws Exception;
  }

  private static final int DEFAULT_CASES = 300;
  private static final long CASE_TIMEOUT_SECONDS = 20;
  private static final byte[][] BAD_UTF8 = {
      {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
      {(byte) 0xFE, (byte) 0xFF}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
  private static final String[] WRONG_VALUES = {
      "null", "true", "-0.0e-999", "123456789012345678901234567890", "[]", "{}", "\"\"",
      "[1, {\"a\": null}]", "{\"\": [[]]}", "\"\\u0000\\ud800\"", "1e999999", "NaN",
      "&anchor [a, b]", "*anchor", "!!binary AAAA", "{a: b}", "- x\n- y", "'''", "=cmd|' /C calc'!A0",
      "\"../../etc/x\"", "\"<script>alert(1)</script>\"", "\"javascript:alert(1)\""};

  private final String name;
  private final List<byte[]> seeds;
  private final List<Class<? extends Throwable>> allowed = new ArrayList<>();
  private int cases = Integer.getInteger("attackj.fuzz.cases", DEFAULT_CASES);
  private long seed = Long.getLong("attackj.fuzz.seed", 20261204L);
  private boolean gzip;

  private Fuzzer(String name, List<byte[]> seeds) {
    this.name = name;
    this.seeds = seeds;
    allowed.add(InvalidInputException.class);
  }

  /** A fuzzer for a reader called {@code name}, mutating the given valid inputs. */
  public static Fuzzer of(String name, List<byte[]> seeds) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("a fuzzer needs at least one seed input");
    }
    return new Fuzzer(name, List.copyOf(seeds));
  }

  /** Seeds from text in UTF-8. */
  public static List<byte[]> utf8(String... texts) {
    return Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /** Allows another exception type that the reader documents. */
  public Fuzzer allowing(Class<? extends Throwable> type) {
    allowed.add(type);
    return this;
  }

  /** Allows no exception at all, for readers that report every problem in their result. */
  public Fuzzer returningNormally() {
    allowed.clear();
    return this;
  }

  /** Also wraps some cases in gzip, for readers that detect gzip from content. */
  public Fuzzer withGzip() {
    this.gzip = true;
    return this;
  }

  /** Sets the number of cases, overriding the system property. */
  public Fuzzer cases(int count) {
    this.cases = count;
    return this;
  }

  /** Runs all cases against the reader and fails at the first misbehaviour. */
  public void run(Target target) {
    ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "fuzz-" + name);
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (int i = 0; i < cases; i++) {
        long caseSeed = seed + i;
        byte[] input = mutate(new Random(caseSeed));
        runCase(worker, target, input, caseSeed);
      }
    } finally {
      worker.shutdownNow();
    }
  }

  private void runCase(ExecutorService worker, Target target, byte[] input, long caseSeed) {
    String source = name + "-case-" + caseSeed;
    Future<?> result = worker.submit(() -> {
      target.read(input, source);
      return null;
    });
    try {
      result.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      fail(describe(input, caseSeed, "did not finish within " + CASE_TIMEOUT_SECONDS + " s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted", e);
    } catch (ExecutionException e) {
      check(e.getCause(), input, caseSeed, source);
    }
  }

  private void check(Throwable thrown, byte[] input, long caseSeed, String source) {
    boolean documented = allowed.stream().anyMatch(type -> type.isInstance(thrown));
    if (!documented) {
      fail(describe(input, caseSeed, "threw an undocumented " + thrown), thrown);
    }
    if (thrown instanceof InvalidInputException invalid) {
      Problem problem = invalid.problem();
      if (!problem.file().endsWith(source) || problem.message().isBlank()) {
        fail(describe(input, caseSeed, "threw without naming the source: " + problem), thrown);
      }
    }
  }

  private String describe(byte[] input, long caseSeed, String what) {
    Path folder = Path.of("target", "fuzz-failures");
    Path file = folder.resolve(name + "-" + caseSeed + ".bin");
    try {
      Files.createDirectories(folder);
      Files.write(file, input);
    } catch (IOException e) {
      file = Path.of("(not saved: " + e.getMessage() + ")");
    }
    return name + " case with seed " + caseSeed + " (" + input.length + " bytes, saved as "
        + file.toAbsolutePath() + ", replay with -Dattackj.fuzz.seed=" + caseSeed
        + " -Dattackj.fuzz.cases=1) " + what;
  }

  /** One case: one to three mutations of a seed, sometimes wrapped in gzip. */
  byte[] mutate(Random random) {
    byte[] input = seeds.get(random.nextInt(seeds.size()));
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      input = mutateOnce(input, random);
    }
    if (gzip && random.nextInt(5) == 0) {
      input = gzip(input);
      if (random.nextBoolean()) {
        input = random.nextBoolean() ? flip(input, random) : truncate(input, random);
      }
    }
    return input;
  }

  private byte[] mutateOnce(byte[] input, Random random) {
    return switch (random.nextInt(11)) {
      case 0, 1 -> flip(input, random);
      case 2 -> truncate(input, random);
      case 3 -> duplicate(input, random);
      case 4 -> splice(input, seeds.get(random.nextInt(seeds.size())), random);
      case 5 -> insert(input, random, nesting(random));
      case 6 -> insert(input, random, hugeString(random));
      case 7, 8 -> wrongValue(input, random);
      case 9 -> insert(input, random, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
      default -> randomBytes(random);
    };
  }

  private static byte[] flip(byte[] input, Random random) {
    if (input.length == 0) {
      return input;
    }
    byte[] copy = input.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private static byte[] truncate(byte[] input, Random random) {
    return Arrays.copyOf(input, input.length == 0 ? 0 : random.nextInt(input.length));
  }

  private static byte[] duplicate(byte[] input, Random random) {
    if (input.length == 0) {
      return input;
    }
    int start = random.nextInt(input.length);
    int end = start + random.nextInt(Math.min(input.length - start, 4096) + 1);
    byte[] span = Arrays.copyOfRange(input, start, end);
    int copies = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 3);
    ByteArrayOutputStream repeated = new ByteArrayOutputStream();
    for (int i = 0; i < copies; i++) {
      repeated.writeBytes(span);
    }
    return insertAt(input, end, repeated.toByteArray());
  }

  private static byte[] splice(byte[] first, byte[] second, Random random) {
    int cut = first.length == 0 ? 0 : random.nextInt(first.length);
    int from = second.length == 0 ? 0 : random.nextInt(second.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(first, 0, cut);
    out.write(second, from, second.length - from);
    return out.toByteArray();
  }

  private static byte[] nesting(Random random) {
    int depth = random.nextInt(10) == 0 ? 100_000 : 1 + random.nextInt(2000);
    String open = switch (random.nextInt(4)) {
      case 0 -> "[";
      case 1 -> "{\"a\":";
      case 2 -> "- ";
      default -> "{a: ";
    };
    StringBuilder text = new StringBuilder(depth * open.length() * 2);
    text.append(open.repeat(depth));
    if (random.nextBoolean()) {
      String close = open.equals("[") ? "]" : open.startsWith("{") ? "}" : "";
      text.append("1").append(close.repeat(depth));
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hugeString(Random random) {
    int length = random.nextInt(16) == 0 ? 1_000_000 + random.nextInt(1000)
        : random.nextInt(70_000);
    String quote = random.nextBoolean() ? "\"" : "";
    return (quote + "x".repeat(length) + quote).getBytes(StandardCharsets.UTF_8);
  }

  /** Replaces the value after a random {@code :} with a value of another type. */
  private static byte[] wrongValue(byte[] input, Random random) {
    List<Integer> colons = new ArrayList<>();
    for (int i = 0; i < input.length; i++) {
      if (input[i] == ':') {
        colons.add(i);
      }
    }
    byte[] value = WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]
        .getBytes(StandardCharsets.UTF_8);
    if (colons.isEmpty()) {
      return insert(input, random, value);
    }
    int start = colons.get(random.nextInt(colons.size())) + 1;
    int end = valueEnd(input, start);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(input, 0, start);
    out.write(' ');
    out.writeBytes(value);
    out.write(input, end, input.length - end);
    return out.toByteArray();
  }

  /** The end of the JSON value or YAML scalar that starts at or after an offset. */
  private static int valueEnd(byte[] input, int start) {
    int i = start;
    while (i < input.length && (input[i] == ' ' || input[i] == '\t')) {
      i++;
    }
    int depth = 0;
    boolean inString = false;
    for (; i < input.length; i++) {
      byte b = input[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if ((b == ',' || b == '\n') && depth == 0) {
        return i;
      }
    }
    return input.length;
  }

  private static byte[] insert(byte[] input, Random random, byte[] inserted) {
    return insertAt(input, input.length == 0 ? 0 : random.nextInt(input.length + 1), inserted);
  }

  private static byte[] insertAt(byte[] input, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + inserted.length);
    out.write(input, 0, at);
    out.writeBytes(inserted);
    out.write(input, at, input.length - at);
    return out.toByteArray();
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(512)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Gzip-compresses bytes. */
  public static byte[] gzip(byte[] input) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
