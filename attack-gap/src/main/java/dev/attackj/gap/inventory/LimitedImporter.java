package dev.attackj.gap.inventory;

/**
 * A base for the built-in importers, which all honour read limits: reading without limits reads
 * with the defaults.
 */
abstract class LimitedImporter implements RuleImporter {

  @Override
  public final ImportResult read(String content, String source) {
    return read(content, source, Parsing.LIMITS);
  }
}
