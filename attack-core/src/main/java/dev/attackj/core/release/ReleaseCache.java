package dev.attackj.core.release;

import dev.attackj.core.AtomicFiles;
import dev.attackj.core.release.ReleaseException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The directory of downloaded release files, one per release under {@link Release#fileName()}.
 *
 * <p>A file is written under a temporary name, checked against its digest and only then moved
 * to its name in one atomic step, so a reader never sees a partial or unverified file. Writers
 * of the same release hold a lock file beside it, so that two processes fetching the same
 * release download it once and never write over each other.
 */
final class ReleaseCache {

  /** The state of a cached copy of a release, compared with the catalogue. */
  enum State {
    VALID,
    MISSING,
    CORRUPT
  }

  /** Writes the bytes of a release to a stream. */
  @FunctionalInterface
  interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Locks held by threads of this JVM, chosen by the hash of the cached file's path. A
   * {@link FileLock} belongs to the whole JVM, so threads of one process must also exclude each
   * other by other means, and caches in different objects may share a folder, so the locks are
   * shared by the JVM. A fixed set keeps them bounded; two files that share a lock only wait
   * for each other.
   */
  private static final ReentrantLock[] THREAD_LOCKS = new ReentrantLock[64];

  static {
    for (int i = 0; i < THREAD_LOCKS.length; i++) {
      THREAD_LOCKS[i] = new ReentrantLock();
    }
  }

  private final Path directory;

  ReleaseCache(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  Path directory() {
    return directory;
  }

  Path pathOf(Release release) {
    return directory.resolve(release.fileName());
  }

  /** Checks the cached copy of a release against its digest, reading the whole file. */
  State check(Release release) throws IOException {
    Path file = pathOf(release);
    if (!Files.isRegularFile(file)) {
      return State.MISSING;
    }
    return Sha256.of(file).equals(release.sha256()) ? State.VALID : State.CORRUPT;
  }

  /**
   * Returns the cached file of a release, writing it first unless another thread or process
   * stored a valid copy while this one waited for the lock.
   *
   * @throws ReleaseException if the written bytes do not match the digest; nothing is left in
   *     the cache then
   */
  Path fill(Release release, Writer writer) throws IOException {
    Files.createDirectories(directory);
    Path target = pathOf(release);
    ReentrantLock threadLock = THREAD_LOCKS[Math.floorMod(target.hashCode(), THREAD_LOCKS.length)];
    threadLock.lock();
    try (FileChannel channel = FileChannel.open(lockFile(release),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock processLock = channel.lock()) {
      State state = check(release);
      if (state == State.VALID) {
        return target;
      }
      if (state == State.CORRUPT) {
        Files.delete(target);
      }
      return write(release, writer, target);
    } finally {
      threadLock.unlock();
    }
  }

  private Path write(Release release, Writer writer, Path target) throws IOException {
    Path temporary =
        AtomicFiles.createTemporary(directory, "." + release.fileName() + ".", ".part");
    try {
      MessageDigest digest = Sha256.newDigest();
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
        writer.writeTo(out);
      }
      String actual = Sha256.hex(digest.digest());
      if (!actual.equals(release.sha256())) {
        throw new ReleaseException(Reason.DIGEST_MISMATCH, "download of " + release
            + " has SHA-256 " + actual + " but the catalogue lists " + release.sha256()
            + "; the file was discarded. The source may be damaged or serve another file;"
            + " check the mirror or the custom catalogue entry");
      }
      AtomicFiles.replace(temporary, target);
      return target;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private Path lockFile(Release release) {
    return directory.resolve("." + release.fileName() + ".lock");
  }
}
