package dev.attackj.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A reader of STIX 2.0 and 2.1 bundles as ATT&CK publishes them. It streams the document with
 * Jackson, holding one object at a time, and reads gzip-compressed input when the content starts
 * with the gzip magic bytes, whatever the file is called.
 *
 * <p>A lenient reader (the default) collects problems (values of the wrong type, missing
 * properties, duplicate ids, references to objects the bundle lacks, unknown types) into the
 * bundle's {@linkplain StixBundle#report() report} and keeps going; a strict reader throws
 * {@link InvalidInputException} at the first. Malformed JSON and exceeded limits always throw.
 *
 * <p>Limits, with their defaults: nesting depth 64, string length 20,000,000 characters,
 * 2,000,000 objects, all changed with {@link #withLimits}; and a document size of 2 GB after
 * decompression, which is fixed.
 */
public final class StixReader {

  /** The default limit on objects in one bundle. */
  public static final int DEFAULT_MAX_OBJECTS = 2_000_000;

  private static final StixReader LENIENT = new StixReader(false, defaultConstraints(),
      DEFAULT_MAX_OBJECTS);
  private static final StixReader STRICT = new StixReader(true, defaultConstraints(),
      DEFAULT_MAX_OBJECTS);

  private final boolean strict;
  private final StreamReadConstraints constraints;
  private final int maxObjects;

  private StixReader(boolean strict, StreamReadConstraints constraints, int maxObjects) {
    this.strict = strict;
    this.constraints = constraints;
    this.maxObjects = maxObjects;
  }

  private static StreamReadConstraints defaultConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(64)
        .maxStringLength(20_000_000)
        .maxDocumentLength(2_000_000_000L)
        .build();
  }

  /** A reader that collects problems into the report. */
  public static StixReader lenient() {
    return LENIENT;
  }

  /** A reader that throws {@link InvalidInputException} at the first problem. */
  public static StixReader strict() {
    return STRICT;
  }

  /** Whether this reader throws at the first problem. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * A reader like this one with other limits.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxStringLength the longest string, in characters
   * @param maxObjects the most objects in one bundle
   */
  public StixReader withLimits(int maxNestingDepth, int maxStringLength, int maxObjects) {
    checkArgument(maxNestingDepth >= 4, "maxNestingDepth must be at least 4: %s",
        maxNestingDepth);
    checkArgument(maxStringLength >= 1, "maxStringLength must be at least 1: %s",
        maxStringLength);
    checkArgument(maxObjects >= 0, "maxObjects must be at least 0: %s", maxObjects);
    StreamReadConstraints limits = constraints.rebuild()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .build();
    return new StixReader(strict, limits, maxObjects);
  }

  /**
   * Reads a bundle file, compressed with gzip or not.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException if the content is not a readable bundle
   */
  public StixBundle read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads a bundle from a stream, which the caller closes.
   *
   * @param source the name problems give as the file, such as a URL
   */
  public StixBundle read(InputStream in, String source) throws IOException {
    InputStream plain = decompressed(in);
    try {
      return new BundleParser(source, strict, constraints, maxObjects).parse(plain);
    } finally {
      if (plain instanceof InflatingStream inflating) {
        inflating.close();
      }
    }
  }

  /** Reads a bundle from bytes, compressed with gzip or not. */
  public StixBundle read(byte[] bytes, String source) {
    try {
      return read(new ByteArrayInputStream(bytes), source);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static InputStream decompressed(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean gzip = first == 0x1f && second == 0x8b;
    return gzip ? new InflatingStream(buffered) : buffered;
  }
}
