package dev.attackj.gap.inventory;

import dev.attackj.core.ReadLimits;

/**
 * A reader of one detection rule format. Implementations are found through
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.attackj.gap.inventory.RuleImporter}, with a public no-argument
 * constructor.
 *
 * <p>An importer never throws for bad input: a file it cannot read, wholly or in part, gives
 * {@link dev.attackj.core.Problem} values that name the file and, where the format has them, the
 * line or JSON Pointer. It takes technique IDs only from the fields that hold the ATT&CK mapping,
 * never from descriptions, queries or URLs. Implementations must be safe for concurrent use.
 */
public interface RuleImporter {

  /** The format name users pass to choose this importer, such as {@code sigma}; lower case. */
  String format();

  /** A short description of the format for help text. */
  String description();

  /**
   * Rates how likely the content is of this format, from 0 (not at all) to 100 (certain). The
   * reader picks the importer with the highest rating above 0 when the user names no format.
   *
   * @param fileName the file name without folders, such as {@code rule.yml}
   * @param content the whole content of the file
   */
  int detect(String fileName, String content);

  /**
   * Reads the rules of one source.
   *
   * @param content the whole content, decoded as UTF-8
   * @param source the file name or other source to name in rules and problems
   */
  ImportResult read(String content, String source);

  /**
   * Reads the rules of one source within read limits. The reader calls this method with the
   * limits of {@link InventoryReader#withLimits}. The default implementation ignores the limits
   * and calls {@link #read(String, String)}; importers that parse documents override it and report
   * a limit that the content exceeds as a problem that names the limit.
   *
   * @param content the whole content, decoded as UTF-8
   * @param source the file name or other source to name in rules and problems
   * @param limits the limits on nesting depth, string length, objects and document size
   */
  default ImportResult read(String content, String source, ReadLimits limits) {
    return read(content, source);
  }
}
