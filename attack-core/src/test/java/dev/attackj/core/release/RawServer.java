package dev.attackj.core.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A one-connection-at-a-time server on 127.0.0.1 that reads a request's headers and then lets a
 * test write raw bytes, for responses that a well-behaved server would never send.
 */
final class RawServer implements AutoCloseable {

  /** Writes a raw response to a connection. */
  @FunctionalInterface
  interface Responder {
    void respond(OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final Thread thread;

  RawServer(Responder responder) throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
    thread = new Thread(() -> serve(responder), "raw-server");
    thread.setDaemon(true);
    thread.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
  }

  private void serve(Responder responder) {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        skipHeaders(connection.getInputStream());
        responder.respond(connection.getOutputStream());
      } catch (IOException e) {
        // The test closed the server or the client gave up; either ends this connection.
      }
    }
  }

  private static void skipHeaders(InputStream in) throws IOException {
    StringBuilder seen = new StringBuilder();
    for (int c = in.read(); c >= 0; c = in.read()) {
      seen.append((char) c);
      if (seen.length() >= 4 && seen.substring(seen.length() - 4).equals("\r\n\r\n")) {
        return;
      }
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
