package dev.attackj.core.release;

import dev.attackj.core.release.ReleaseException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Copies a release file from an {@code https}, {@code http} or {@code file} URL to a stream,
 * following redirects by hand so that each target's scheme can be checked, and enforcing the
 * read timeout and the size limit.
 */
final class Transfer {

  private static final int MAX_REDIRECTS = 5;
  private static final int BUFFER_SIZE = 1 << 16;
  private static final String USER_AGENT = "attackj (+https://github.com/attackj/attackj)";

  private final HttpClient client;
  private final Duration readTimeout;
  private final long maxBytes;

  Transfer(HttpClient client, Duration readTimeout, long maxBytes) {
    this.client = client;
    this.readTimeout = readTimeout;
    this.maxBytes = maxBytes;
  }

  /**
   * Copies the file at {@code url} to {@code out}, reporting progress.
   *
   * @return the number of bytes copied
   * @throws ReleaseException if the file is missing, too large, cut short or too slow, or a
   *     redirect is rejected
   */
  long copy(URI url, Release release, OutputStream out, ProgressListener listener)
      throws IOException {
    String scheme = scheme(url);
    if (scheme.equals("file")) {
      return copyFile(url, release, out, listener);
    }
    return copyHttp(url, release, out, listener);
  }

  private long copyFile(URI url, Release release, OutputStream out, ProgressListener listener)
      throws IOException {
    Path file = Path.of(url);
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new ReleaseException(Reason.NOT_FOUND,
          "file of " + release + " not found: " + file, e);
    }
    checkSize(size, release, url);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[BUFFER_SIZE];
      long count = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        count += n;
        checkSize(count, release, url);
        out.write(buffer, 0, n);
        listener.progress(release, count, OptionalLong.of(size));
      }
      return count;
    }
  }

  private long copyHttp(URI start, Release release, OutputStream out, ProgressListener listener)
      throws IOException {
    boolean plainAllowed = scheme(start).equals("http");
    URI url = start;
    for (int redirects = 0; ; redirects++) {
      HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = send(url, release);
      int status = response.statusCode();
      if (isRedirect(status)) {
        cancel(response);
        url = redirectTarget(response, url, release, plainAllowed, redirects);
        continue;
      }
      if (status != 200) {
        cancel(response);
        Reason reason = status == 404 || status == 410 ? Reason.NOT_FOUND : Reason.HTTP_ERROR;
        throw new ReleaseException(reason,
            "download of " + release + " failed: HTTP " + status + " from " + url);
      }
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        cancel(response);
        checkSize(length.getAsLong(), release, url);
      }
      return readBody(response.body(), url, release, length, out, listener);
    }
  }

  private HttpResponse<Flow.Publisher<List<ByteBuffer>>> send(URI url, Release release)
      throws IOException {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(readTimeout)
        .header("User-Agent", USER_AGENT)
        .GET()
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofPublisher());
    } catch (HttpConnectTimeoutException e) {
      throw new ReleaseException(Reason.TIMED_OUT, "download of " + release
          + " timed out while connecting to " + url, e);
    } catch (HttpTimeoutException e) {
      throw new ReleaseException(Reason.TIMED_OUT, "download of " + release + " timed out after "
          + readTimeout.toMillis() + " ms waiting for the response from " + url, e);
    } catch (ConnectException e) {
      throw new ReleaseException(Reason.IO_ERROR, "download of " + release
          + " failed: could not connect to " + url + " (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(release, e);
    } catch (IOException e) {
      throw new ReleaseException(Reason.IO_ERROR,
          "download of " + release + " from " + url + " failed: " + e, e);
    }
  }

  private URI redirectTarget(HttpResponse<?> response, URI from, Release release,
      boolean plainAllowed, int redirects) throws ReleaseException {
    if (redirects >= MAX_REDIRECTS) {
      throw new ReleaseException(Reason.REDIRECT_REJECTED, "download of " + release
          + " stopped after " + MAX_REDIRECTS + " redirects, the last from " + from);
    }
    String location = response.headers().firstValue("Location").orElseThrow(
        () -> new ReleaseException(Reason.HTTP_ERROR, "download of " + release + " failed: HTTP "
            + response.statusCode() + " without a Location header from " + from));
    URI target = from.resolve(location.trim());
    String scheme = scheme(target);
    if (!scheme.equals("https") && !(plainAllowed && scheme.equals("http"))) {
      throw new ReleaseException(Reason.REDIRECT_REJECTED, "download of " + release
          + " rejected a redirect from " + from + " to " + target + ": redirects may only lead"
          + " to https" + (plainAllowed ? " or http" : "")
          + " URLs; point a mirror straight at the final location instead");
    }
    return target;
  }

  private long readBody(Flow.Publisher<List<ByteBuffer>> body, URI url, Release release,
      OptionalLong length, OutputStream out, ProgressListener listener) throws IOException {
    BodyQueue queue = new BodyQueue();
    body.subscribe(queue);
    long count = 0;
    byte[] buffer = new byte[BUFFER_SIZE];
    try {
      for (List<ByteBuffer> chunk = queue.next(); chunk != null; chunk = queue.next()) {
        for (ByteBuffer bytes : chunk) {
          while (bytes.hasRemaining()) {
            int n = Math.min(buffer.length, bytes.remaining());
            bytes.get(buffer, 0, n);
            out.write(buffer, 0, n);
            count += n;
          }
        }
        checkSize(count, release, url);
        listener.progress(release, count, length);
      }
    } catch (HttpTimeoutException e) {
      throw new ReleaseException(Reason.TIMED_OUT, "download of " + release + " timed out: no"
          + " data for " + readTimeout.toMillis() + " ms after " + count + " bytes from " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(release, e);
    } catch (ReleaseException e) {
      throw e;
    } catch (IOException e) {
      throw new ReleaseException(Reason.INCOMPLETE, "download of " + release + " failed after "
          + count + " bytes from " + url + ": " + e, e);
    } finally {
      queue.cancel();
    }
    if (length.isPresent() && count != length.getAsLong()) {
      throw new ReleaseException(Reason.INCOMPLETE, "download of " + release + " ended after "
          + count + " of " + length.getAsLong() + " bytes from " + url);
    }
    return count;
  }

  private void checkSize(long size, Release release, URI url) throws ReleaseException {
    if (size > maxBytes) {
      throw new ReleaseException(Reason.TOO_LARGE, "file of " + release + " at " + url
          + " is larger than the limit of " + maxBytes + " bytes; raise the limit with"
          + " Releases.Builder.maxBytes if the file is genuine");
    }
  }

  private void cancel(HttpResponse<Flow.Publisher<List<ByteBuffer>>> response) {
    BodyQueue queue = new BodyQueue();
    response.body().subscribe(queue);
    queue.cancel();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  static String scheme(URI url) {
    return url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
  }

  private static InterruptedIOException interrupted(Release release, InterruptedException e) {
    InterruptedIOException error =
        new InterruptedIOException("download of " + release + " was interrupted");
    error.initCause(e);
    return error;
  }

  /**
   * A subscriber that hands the response body to the reading thread one chunk at a time, so
   * that the reader can give up when no chunk arrives within the read timeout.
   */
  private final class BodyQueue implements Flow.Subscriber<List<ByteBuffer>> {
    private static final Object COMPLETE = new Object();

    private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (cancelled) {
        subscription.cancel();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      items.add(item);
    }

    @Override
    public void onError(Throwable error) {
      items.add(error);
    }

    @Override
    public void onComplete() {
      items.add(COMPLETE);
    }

    /** Returns the next chunk, or null at the end of the body. */
    @SuppressWarnings("unchecked")
    List<ByteBuffer> next() throws IOException, InterruptedException {
      Object item = items.poll(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
      if (item == null) {
        throw new HttpTimeoutException("read timed out");
      }
      if (item == COMPLETE) {
        return null;
      }
      if (item instanceof Throwable) {
        Throwable error = (Throwable) item;
        throw error instanceof IOException ? (IOException) error : new IOException(error);
      }
      subscription.request(1);
      return (List<ByteBuffer>) item;
    }

    void cancel() {
      cancelled = true;
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }
  }
}
