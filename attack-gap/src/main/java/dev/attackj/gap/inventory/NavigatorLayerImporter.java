package dev.attackj.gap.inventory;

import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerFile;
import dev.attackj.navigator.LayerReader;
import dev.attackj.navigator.TechniqueEntry;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an ATT&CK Navigator layer as coverage, with the navigator module's lenient
 * {@link LayerReader}, which also upgrades older layer formats. Each technique entry becomes a
 * rule for its technique and tactic. The entry's {@code score} is the rule's score. An entry
 * without a score but with a {@code color} scores 1, and one with neither scores 0 and so covers
 * nothing. Entries with {@code enabled: false} are disabled rules. The reader's notes about
 * format upgrades are left out of the import report; its warnings and errors are kept.
 */
public final class NavigatorLayerImporter extends LimitedImporter {

  private static final Pattern TECHNIQUES = Pattern.compile("\"techniques\"\\s*:\\s*\\[");
  private static final Pattern TECHNIQUE_ID = Pattern.compile("\"techniqueID\"\\s*:");

  @Override
  public String format() {
    return "navigator";
  }

  @Override
  public String description() {
    return "ATT&CK Navigator layer (score or color taken as coverage)";
  }

  @Override
  public int detect(String fileName, String content) {
    return Parsing.looksLikeJson(content) && TECHNIQUES.matcher(content).find()
        && TECHNIQUE_ID.matcher(content).find() ? 85 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    LayerFile file;
    try {
      file = LayerReader.lenient().withLimits(limits).read(content, source);
    } catch (InvalidInputException error) {
      return ImportResult.of(Parsing.withInventoryRemedy(error.problem()));
    }

    ImmutableImportResult.Builder result = ImportResult.builder();
    file.problems().stream()
        .filter(problem -> problem.severity() != Problem.Severity.INFO)
        .forEach(result::addProblem);
    for (Layer layer : file.layers()) {
      for (TechniqueEntry entry : layer.techniques()) {
        result.addRule(toRule(layer, entry, source));
      }
    }
    return result.build();
  }

  private DetectionRule toRule(Layer layer, TechniqueEntry entry, String source) {
    String techniqueId = entry.techniqueId().trim().toUpperCase(Locale.ROOT);
    ImmutableDetectionRule.Builder rule = DetectionRule.builder()
        .id(entry.tactic().map(tactic -> techniqueId + "/" + tactic).orElse(techniqueId))
        .title(entry.comment().isEmpty() ? layer.name() : entry.comment())
        .format(format()).file(source)
        .addTechniqueId(techniqueId)
        .score(score(entry))
        .enabled(entry.enabled())
        .platforms(layer.filters().platforms());
    entry.tactic().ifPresent(rule::addTactic);
    return rule.build();
  }

  private static double score(TechniqueEntry entry) {
    if (entry.score().isPresent()) {
      return entry.score().get().doubleValue();
    }
    return entry.color().isEmpty() ? 0 : 1;
  }
}
