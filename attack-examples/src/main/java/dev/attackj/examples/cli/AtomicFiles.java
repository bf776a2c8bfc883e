package dev.attackj.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files so that readers see the previous file or the complete new one, never a
 * part: the text goes to a temporary file in the same folder, which then replaces the target.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes text in UTF-8 through a temporary file beside the target and a move. If writing
   * fails, the target is left as it was and the temporary file is deleted.
   *
   * @throws IOException if the file cannot be written
   */
  static void writeString(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(),
        ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // NOTE: only file systems that cannot rename within one folder atomically get here,
        // and on them a reader may briefly find the target missing.
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
