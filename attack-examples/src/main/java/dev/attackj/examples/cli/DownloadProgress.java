package dev.attackj.examples.cli;

import dev.attackj.core.release.ProgressListener;
import dev.attackj.core.release.Release;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Download progress on standard error: a bar redrawn in place on a terminal, and one line per
 * tenth of the file (or per 5 MB when the size is unknown) otherwise, so logs stay readable.
 */
final class DownloadProgress implements ProgressListener {

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final long STEP_BYTES_UNKNOWN_TOTAL = 5L << 20;

  private final PrintWriter err;
  private final boolean terminal;
  private boolean started;
  private long lastStep = -1;
  private long lastDrawNanos;

  DownloadProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Returns progress that draws a bar when standard input and output are a terminal. */
  static DownloadProgress forConsole(PrintWriter err) {
    return new DownloadProgress(err, System.console() != null);
  }

  @Override
  public synchronized void progress(Release release, long bytesSoFar, OptionalLong totalBytes) {
    if (!started) {
      started = true;
      err.println("Downloading ATT&CK " + release);
    }
    if (terminal) {
      draw(bytesSoFar, totalBytes);
    } else {
      printStep(bytesSoFar, totalBytes);
    }
    err.flush();
  }

  /** Ends the progress display; call once the download has finished or failed. */
  synchronized void finish() {
    if (started && terminal) {
      err.println();
      err.flush();
    }
  }

  /** Whether a download took place, as opposed to a file served from the cache. */
  synchronized boolean downloaded() {
    return started;
  }

  private void draw(long bytes, OptionalLong total) {
    long now = System.nanoTime();
    boolean complete = total.isPresent() && bytes >= total.getAsLong();
    if (!complete && lastDrawNanos != 0 && now - lastDrawNanos < REDRAW_NANOS) {
      return;
    }
    lastDrawNanos = now;
    if (total.isEmpty() || total.getAsLong() <= 0) {
      err.print("\r" + megabytes(bytes));
      return;
    }
    int filled = (int) (BAR_WIDTH * bytes / total.getAsLong());
    err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %s of %s", "#".repeat(filled),
        " ".repeat(BAR_WIDTH - filled), 100 * bytes / total.getAsLong(), megabytes(bytes),
        megabytes(total.getAsLong())));
  }

  private void printStep(long bytes, OptionalLong total) {
    boolean known = total.isPresent() && total.getAsLong() > 0;
    long step = known ? 10 * bytes / total.getAsLong() : bytes / STEP_BYTES_UNKNOWN_TOTAL;
    if (step <= lastStep) {
      return;
    }
    lastStep = step;
    err.println(known
        ? String.format(Locale.ROOT, "  %3d%%  %s of %s", step * 10, megabytes(bytes),
            megabytes(total.getAsLong()))
        : "  " + megabytes(bytes));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
