package dev.attackj.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.FileSystemException;
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
 * {@link InvalidInputException} at the first. Malformed JSON, corrupt gzip data and exceeded
 * limits always throw {@link InvalidInputException}.
 *
 * <p>Limits are those of {@link ReadLimits#defaults()} (documents of 256 MiB after
 * decompression, nesting depth 100, strings of 20,000,000 characters, 2,000,000 objects, gzip
 * inflating at most 100 to 1). Raise them with {@link #withLimits(ReadLimits)}.
 */
public final class StixReader {

  /** The default limit on objects in one bundle. */
  public static final int DEFAULT_MAX_OBJECTS = 2_000_000;

  private static final StixReader LENIENT = new StixReader(false, ReadLimits.defaults());
  private static final StixReader STRICT = new StixReader(true, ReadLimits.defaults());

  private final boolean strict;
  private final ReadLimits limits;

  private StixReader(boolean strict, ReadLimits limits) {
    this.strict = strict;
    this.limits = limits;
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

  /** The limits this reader applies. */
  public ReadLimits limits() {
    return limits;
  }

  /** A reader like this one with other limits. */
  public StixReader withLimits(ReadLimits newLimits) {
    return new StixReader(strict, newLimits);
  }

  /**
   * A reader like this one with other limits on nesting, strings and objects.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxStringLength the longest string, in characters
   * @param maxObjects the most objects in one bundle
   * @throws IllegalArgumentException if a limit is not positive or the nesting is below 4
   */
  public StixReader withLimits(int maxNestingDepth, int maxStringLength, int maxObjects) {
    return withLimits(ReadLimits.builder().from(limits)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxObjects(maxObjects)
        .build());
  }

  /**
   * Reads a bundle file, compressed with gzip or not.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException if the content is not a readable bundle or exceeds a limit
   */
  public StixBundle read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new FileSystemException(path.toString(), null, "a directory, not a bundle file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads a bundle from a stream, which the caller closes.
   *
   * @param source the name problems give as the file, such as a URL
   * @throws IOException if the stream cannot be read
   * @throws InvalidInputException if the content is not a readable bundle or exceeds a limit
   */
  public StixBundle read(InputStream in, String source) throws IOException {
    try (InputStream plain = limits.openInflatingAhead(in, source)) {
      return new BundleParser(source, strict, limits).parse(plain);
    }
  }

  /**
   * Reads a bundle from bytes, compressed with gzip or not.
   *
   * @throws InvalidInputException if the content is not a readable bundle or exceeds a limit
   * @throws IllegalStateException if the thread is interrupted while a bundle of more than 256
   *     objects or a compressed one is read, with the thread's interrupt status kept
   */
  public StixBundle read(byte[] bytes, String source) {
    try {
      boolean gzip = bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b;
      if (!gzip && bytes.length <= limits.maxDocumentBytes()) {
        return new BundleParser(source, strict, limits).parse(bytes);
      }
      return read(new ByteArrayInputStream(bytes), source);
    } catch (InterruptedIOException e) {
      throw new IllegalStateException("interrupted while reading " + source, e);
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory failed", e);
    }
  }
}
