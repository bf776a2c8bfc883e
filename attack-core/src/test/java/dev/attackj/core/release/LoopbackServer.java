package dev.attackj.core.release;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An HTTP or HTTPS server on 127.0.0.1 with a free port that serves the files below a folder
 * by request path, counts requests, and can misbehave on chosen paths.
 */
final class LoopbackServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Path root;
  private final String scheme;
  private final Map<String, HttpHandler> overrides = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private volatile Duration chunkDelay = Duration.ZERO;

  private LoopbackServer(HttpServer server, Path root, String scheme) {
    this.server = server;
    this.root = root;
    this.scheme = scheme;
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a plain HTTP server for the files below {@code root}. */
  static LoopbackServer http(Path root) throws IOException {
    return new LoopbackServer(HttpServer.create(loopback(), 0), root, "http");
  }

  /** Starts an HTTPS server for the files below {@code root} with the given TLS context. */
  static LoopbackServer https(Path root, SSLContext context) throws IOException {
    HttpsServer server = HttpsServer.create(loopback(), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    return new LoopbackServer(server, root, "https");
  }

  private static InetSocketAddress loopback() throws IOException {
    return new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The base URL, ending in {@code /}. */
  URI base() {
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Makes the server answer requests for a decoded path such as {@code /a/b.json} its own way. */
  void override(String path, HttpHandler handler) {
    overrides.put(path, handler);
  }

  /** Makes the server pause after each 64 KiB block of a file, so that downloads overlap. */
  void slowDown(Duration delay) {
    chunkDelay = delay;
  }

  int requests() {
    return total.get();
  }

  int requests(String path) {
    AtomicInteger count = counts.get(path);
    return count == null ? 0 : count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    total.incrementAndGet();
    counts.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
    try (exchange) {
      HttpHandler override = overrides.get(path);
      if (override != null) {
        override.handle(exchange);
        return;
      }
      Path file = root.resolve(path.substring(1)).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.sendResponseHeaders(200, Files.size(file));
      copy(file, exchange.getResponseBody(), Long.MAX_VALUE, chunkDelay);
    }
  }

  /** Returns a handler that responds with a redirect to {@code location}. */
  static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  /** Returns a handler that sends a whole file with its length. */
  static HttpHandler file(Path file) {
    return exchange -> {
      exchange.sendResponseHeaders(200, Files.size(file));
      copy(file, exchange.getResponseBody(), Long.MAX_VALUE, Duration.ZERO);
    };
  }

  /** Copies up to {@code limit} bytes of a file, pausing after each block. */
  static void copy(Path file, OutputStream out, long limit, Duration pause) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long sent = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0 && sent < limit; n = in.read(buffer)) {
        int length = (int) Math.min(n, limit - sent);
        out.write(buffer, 0, length);
        out.flush();
        sent += length;
        sleep(pause);
      }
    }
  }

  static void sleep(Duration pause) {
    if (pause.isZero()) {
      return;
    }
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
