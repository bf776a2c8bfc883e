package dev.attackj.core;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic file writes: readers see the previous file or the complete new one, never a part,
 * because the content goes to a temporary file in the same folder, which then replaces the
 * target. Temporary files and folders get the permissions the process's umask gives any new
 * file, so the files written are as readable as those of other tools. {@link
 * Files#createTempFile} would make them readable by their owner only.
 */
public final class AtomicFiles {

  /** Content written to a stream that the writer must not close. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream output) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes a file through a temporary file beside it and a move. If writing fails, the target
   * is left as it was and the temporary file is deleted.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary = createTemporary(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(output);
      }
      replace(temporary, absolute);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Writes text in UTF-8 as {@link #write} does.
   *
   * @throws IOException if the file cannot be written
   */
  public static void writeString(Path target, String text) throws IOException {
    write(target, output -> output.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Creates an empty file with a fresh name, {@code prefix}, random letters and {@code suffix},
   * in a folder.
   *
   * @throws IOException if the file cannot be created
   */
  public static Path createTemporary(Path folder, String prefix, String suffix)
      throws IOException {
    while (true) {
      try {
        return Files.createFile(folder.resolve(prefix + randomPart() + suffix));
      } catch (FileAlreadyExistsException e) {
        // Two random names rarely clash, so another name is simply drawn.
      }
    }
  }

  /**
   * Creates an empty folder with a fresh name, {@code prefix} and random letters, in a folder.
   *
   * @throws IOException if the folder cannot be created
   */
  public static Path createTemporaryDirectory(Path parent, String prefix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(parent.resolve(prefix + randomPart()));
      } catch (FileAlreadyExistsException e) {
        // Another name is drawn, as for files.
      }
    }
  }

  /**
   * Moves a file over another in one step where the file system can, else replaces it.
   *
   * @throws IOException if the file cannot be moved
   */
  public static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // NOTE: only file systems that cannot rename within one folder atomically get here, and
      // on them a reader may briefly find the target missing.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String randomPart() {
    return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
  }
}
