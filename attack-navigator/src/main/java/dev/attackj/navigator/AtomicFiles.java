package dev.attackj.navigator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers see the previous file or the complete new one, never a part:
 * the content goes to a temporary file in the same folder, which then replaces the target.
 */
final class AtomicFiles {

  /** Writes content to a stream that the caller must not close. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream output) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes a file through a temporary file beside it and a move. If writing fails, the target
   * is left as it was and the temporary file is deleted.
   *
   * @throws IOException if the file cannot be written
   */
  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    try {
      try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(output);
      }
      move(temporary, absolute);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // NOTE: only file systems that cannot rename within one folder atomically get here, and
      // on them a reader may briefly find the target missing.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
