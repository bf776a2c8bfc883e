package dev.attackj.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * Limits that every reader of the library applies to input, so that a hostile or broken file
 * fails with {@link InvalidInputException} instead of exhausting memory or time. A limit that
 * is hit names itself and the value in force; raise it with {@link #builder()} and pass the
 * limits to the reader's {@code withLimits} method.
 *
 * <p>Defaults: documents of at most 256 MiB (after decompression), nesting depth 100, strings
 * of at most 20,000,000 characters, 2,000,000 objects (STIX objects, layer entries, rules or
 * rows), gzip input inflating at most 100 times its compressed size, and 50 YAML aliases per
 * document.
 *
 * <pre>{@code
 * ReadLimits larger = ReadLimits.builder().maxDocumentBytes(1L << 30).build();
 * StixBundle bundle = StixReader.lenient().withLimits(larger).read(path);
 * }</pre>
 */
@Value.Immutable
public abstract class ReadLimits {

  /** The default limit on the size of one document, after decompression: 256 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 256L << 20;

  /**
   * Decompressed output below which the inflation ratio is not checked, so that small files
   * of repeated text, which compress very well, still read.
   */
  static final long RATIO_GRACE_BYTES = 1L << 20;

  private static final ReadLimits DEFAULTS = ImmutableReadLimits.builder().build();

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static ImmutableReadLimits.Builder builder() {
    return ImmutableReadLimits.builder();
  }

  /** The largest document in bytes, measured after gzip decompression. */
  @Value.Default
  public long maxDocumentBytes() {
    return DEFAULT_MAX_DOCUMENT_BYTES;
  }

  /** The deepest nesting of JSON arrays and objects, YAML collections or TOML tables. */
  @Value.Default
  public int maxNestingDepth() {
    return 100;
  }

  /** The maximum length of a string value, in characters. */
  @Value.Default
  public int maxStringLength() {
    return 20_000_000;
  }

  /** The maximum number of objects in one document: STIX objects, layer values or table rows. */
  @Value.Default
  public int maxObjects() {
    return 2_000_000;
  }

  /**
   * The largest ratio of decompressed to compressed size of gzip input, checked once 1 MiB has
   * been decompressed. ATT&CK bundles compress about 7 to 1; decompression bombs reach 1000 to 1.
   */
  @Value.Default
  public int maxInflationRatio() {
    return 100;
  }

  /** The maximum number of aliases (references to anchors) in one YAML document. */
  @Value.Default
  public int maxYamlAliases() {
    return 50;
  }

  @Value.Check
  protected void check() {
    checkArgument(maxDocumentBytes() >= 1, "maxDocumentBytes must be at least 1: %s",
        maxDocumentBytes());
    checkArgument(maxNestingDepth() >= 4, "maxNestingDepth must be at least 4: %s",
        maxNestingDepth());
    checkArgument(maxStringLength() >= 1, "maxStringLength must be at least 1: %s",
        maxStringLength());
    checkArgument(maxObjects() >= 0, "maxObjects must be at least 0: %s", maxObjects());
    checkArgument(maxInflationRatio() >= 1, "maxInflationRatio must be at least 1: %s",
        maxInflationRatio());
    checkArgument(maxYamlAliases() >= 0, "maxYamlAliases must be at least 0: %s",
        maxYamlAliases());
  }

  /** The limits as Jackson stream constraints for JSON, YAML and other Jackson parsers. */
  public StreamReadConstraints jsonConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth())
        .maxStringLength(maxStringLength())
        .maxDocumentLength(maxDocumentBytes())
        .build();
  }

  /**
   * Opens input for reading within these limits. Input that starts with the gzip magic bytes
   * is decompressed, whatever its name. Reading the returned stream throws
   * {@link InvalidInputException} once the document exceeds {@link #maxDocumentBytes()} or the
   * gzip data exceeds {@link #maxInflationRatio()} or turns out corrupt or truncated.
   *
   * @param source the file name that problems give
   * @throws IOException if the input cannot be read
   */
  public InputStream open(InputStream in, String source) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    boolean gzip = first == 0x1f && second == 0x8b;
    return gzip ? LimitedInputStream.gzip(buffered, this, source)
        : LimitedInputStream.plain(buffered, this, source);
  }

  /**
   * Opens input like {@link #open}, but inflates gzip input on a thread of its own, a few chunks
   * ahead of the reader, so that decompressing and parsing overlap. The caller must close the
   * returned stream, which stops that thread but leaves {@code in} open; plain input is
   * returned as a stream whose closing does nothing.
   */
  InputStream openInflatingAhead(InputStream in, String source) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    if (first == 0x1f && second == 0x8b) {
      return LimitedInputStream.gzipAhead(buffered, this, source);
    }
    return new FilterInputStream(LimitedInputStream.plain(buffered, this, source)) {
      @Override
      public void close() {
        // The caller of the reader closes its own stream.
      }
    };
  }

  /**
   * Reads all of a stream, decompressing gzip, within these limits. The caller closes the
   * stream.
   *
   * @throws IOException if the input cannot be read
   * @throws InvalidInputException if a limit is exceeded or gzip data is corrupt
   */
  public byte[] readAllBytes(InputStream in, String source) throws IOException {
    try (InputStream limited = open(in, source)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
      limited.transferTo(bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * Reads all of a file, decompressing gzip, within these limits. A file larger than
   * {@link #maxDocumentBytes()} is rejected before it is read.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidInputException if a limit is exceeded or gzip data is corrupt
   */
  public byte[] readAllBytes(Path file) throws IOException {
    long size = Files.size(file);
    if (size > maxDocumentBytes()) {
      throw exceeded(file.toString(), "maxDocumentBytes", maxDocumentBytes(),
          "the file has " + size + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readAllBytes(in, file.toString());
    }
  }

  /**
   * Reads bytes already in memory within these limits: checks their size and decompresses
   * them if they are gzip data.
   *
   * @throws InvalidInputException if a limit is exceeded or gzip data is corrupt
   */
  public byte[] checkedBytes(byte[] bytes, String source) {
    boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    if (!gzip) {
      if (bytes.length > maxDocumentBytes()) {
        throw exceeded(source, "maxDocumentBytes", maxDocumentBytes(),
            "the document has " + bytes.length + " bytes");
      }
      return bytes;
    }
    try {
      return readAllBytes(new ByteArrayInputStream(bytes), source);
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory failed", e);
    }
  }

  /**
   * The exception for a limit that input exceeds, naming the limit, its value and how to raise
   * it.
   *
   * @param limit the name of the limit, such as {@code maxDocumentBytes}
   * @param value the value of the limit in force
   * @param found what the input has, such as {@code the file has 300000000 bytes}
   */
  public static InvalidInputException exceeded(String source, String limit, long value,
      String found) {
    return new InvalidInputException(Problem.builder()
        .file(source)
        .message("limit exceeded: " + found + ", more than " + limit + " = " + value
            + " allows; raise it with ReadLimits.builder()." + limit
            + "(...) and the reader's withLimits")
        .build());
  }
}
