package dev.attackj.core;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * A gzip stream that inflates on a thread of its own, a few chunks ahead of its reader, so that
 * decompressing and parsing a bundle overlap on machines with more than one core. Errors of the
 * inflating thread are thrown to the reader. Closing this stream stops the thread and waits for
 * it to end, but leaves the compressed stream open for its owner to close.
 */
final class InflatingStream extends InputStream {

  private static final int CHUNK = 1 << 18;
  private static final byte[] END = new byte[0];

  private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(8);
  private final Thread inflater;
  private volatile boolean closed;
  private byte[] current = new byte[0];
  private int position;

  InflatingStream(InputStream compressed) {
    inflater = new Thread(() -> inflate(compressed), "attackj-gunzip");
    inflater.setDaemon(true);
    inflater.start();
  }

  private void inflate(InputStream compressed) {
    InputStream unclosable = new java.io.FilterInputStream(compressed) {
      @Override
      public void close() {
        // The caller of the reader closes its own stream.
      }
    };
    try (InputStream in = new GZIPInputStream(unclosable, 1 << 16)) {
      while (!closed) {
        byte[] chunk = in.readNBytes(CHUNK);
        if (chunk.length == 0) {
          break;
        }
        chunks.put(chunk);
      }
      chunks.put(END);
    } catch (IOException | RuntimeException | Error e) {
      // An error, such as running out of memory, is passed on too, so that the reader does not
      // wait for a thread that has died.
      offer(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void offer(Throwable e) {
    try {
      chunks.put(e);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == current.length && !next()) {
      return -1;
    }
    int count = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, count);
    position += count;
    return count;
  }

  /** Takes the next chunk; false at the end of the stream. */
  private boolean next() throws IOException {
    if (current == END) {
      return false;
    }
    Object taken;
    try {
      taken = chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for gzip data");
    }
    if (taken instanceof IOException e) {
      throw new IOException(e.getMessage(), e);
    } else if (taken instanceof RuntimeException e) {
      throw e;
    } else if (taken instanceof Error e) {
      throw e;
    }
    current = (byte[]) taken;
    position = 0;
    return current != END;
  }

  /**
   * Stops the inflating thread and waits until it has ended, so that no thread outlives the
   * read. The thread ends after its current read of the compressed stream returns.
   *
   * <p>NOTE: a compressed stream that blocks, such as a stalled socket, delays the close, and so
   * a failed read, until its current read returns or fails.
   */
  @Override
  public void close() {
    closed = true;
    inflater.interrupt();
    Uninterruptibles.joinUninterruptibly(inflater);
  }
}
