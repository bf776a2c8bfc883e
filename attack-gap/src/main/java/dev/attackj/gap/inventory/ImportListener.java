package dev.attackj.gap.inventory;

/**
 * A receiver of progress while an {@link InventoryReader} reads many files. Calls may come from
 * several threads when files are read in parallel, so implementations must be thread-safe.
 */
@FunctionalInterface
public interface ImportListener {

  /** A listener that ignores progress. */
  ImportListener NONE = (file, done, total) -> { };

  /**
   * Receives the news that a file was read.
   *
   * @param file the file just read
   * @param done the number of files read so far, this one included
   * @param total the number of files to read
   */
  void fileRead(String file, int done, int total);
}
