package dev.attackj.core;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A stream that counts the bytes it returns and throws {@link InvalidInputException} once they
 * exceed the document size limit or, for gzip input, the inflation ratio limit. Corrupt or
 * truncated gzip data is reported the same way, since it is a fault of the input.
 */
final class LimitedInputStream extends FilterInputStream {

  private final ReadLimits limits;
  private final String source;
  private final CountingInputStream compressed;
  private long produced;

  private LimitedInputStream(InputStream in, ReadLimits limits, String source,
      CountingInputStream compressed) {
    super(in);
    this.limits = limits;
    this.source = source;
    this.compressed = compressed;
  }

  static InputStream plain(InputStream in, ReadLimits limits, String source) {
    return new LimitedInputStream(in, limits, source, null);
  }

  static InputStream gzip(InputStream in, ReadLimits limits, String source) throws IOException {
    CountingInputStream counting = new CountingInputStream(in);
    try {
      GZIPInputStream inflating = new GZIPInputStream(counting, 1 << 16);
      return new LimitedInputStream(inflating, limits, source, counting);
    } catch (ZipException | EOFException e) {
      throw corrupt(source, e);
    }
  }

  /**
   * A limited gzip stream that inflates on a thread of its own, a few chunks ahead of its
   * reader. Closing it stops that thread but leaves {@code in} open.
   */
  static LimitedInputStream gzipAhead(InputStream in, ReadLimits limits, String source) {
    CountingInputStream counting = new CountingInputStream(in);
    return new LimitedInputStream(new InflatingStream(counting), limits, source, counting);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int count = read(one, 0, 1);
    return count < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count;
    try {
      count = super.read(buffer, offset, length);
    } catch (IOException e) {
      Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
      if (compressed == null
          || !(cause instanceof ZipException || cause instanceof EOFException)) {
        throw e;
      }
      throw corrupt(source, (IOException) cause);
    }
    if (count > 0) {
      produced += count;
      check();
    }
    return count;
  }

  @Override
  public long skip(long count) throws IOException {
    byte[] discard = new byte[8192];
    long skipped = 0;
    while (skipped < count) {
      int read = read(discard, 0, (int) Math.min(discard.length, count - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check() {
    if (produced > limits.maxDocumentBytes()) {
      String what = compressed == null ? "the document has more than "
          : "the gzip data inflates to more than ";
      throw ReadLimits.exceeded(source, "maxDocumentBytes", limits.maxDocumentBytes(),
          what + limits.maxDocumentBytes() + " bytes");
    }
    if (compressed != null && produced > ReadLimits.RATIO_GRACE_BYTES
        && produced > (double) limits.maxInflationRatio() * Math.max(1, compressed.count)) {
      throw ReadLimits.exceeded(source, "maxInflationRatio", limits.maxInflationRatio(),
          "the gzip data inflated " + compressed.count + " bytes to " + produced
              + " (a decompression bomb?)");
    }
  }

  private static InvalidInputException corrupt(String source, IOException cause) {
    return new InvalidInputException(Problem.builder().file(source)
        .message("gzip data is corrupt or truncated: " + cause.getMessage()).build(), cause);
  }

  /** Counts the compressed bytes the inflater consumes, which may run on another thread. */
  private static final class CountingInputStream extends FilterInputStream {

    private volatile long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      if (value >= 0) {
        count++;
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }
  }
}
