package dev.attackj.gap.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.Problem;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an ATT&CK Navigator layer as coverage: each entry of its {@code techniques} array
 * becomes a rule for its {@code techniqueID} and {@code tactic}. The entry's {@code score} is the
 * rule's score; an entry without a score but with a {@code color} scores 1, and one with
 * neither scores 0 and so covers nothing. Entries with {@code enabled: false} are disabled rules.
 */
public final class NavigatorLayerImporter implements RuleImporter {

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
    return Parsing.firstSignificant(content) == '{' && TECHNIQUES.matcher(content).find()
        && TECHNIQUE_ID.matcher(content).find() ? 85 : 0;
  }

  @Override
  public ImportResult read(String content, String source) {
    JsonNode root;
    try {
      root = Parsing.JSON.readTree(content);
    } catch (JsonProcessingException error) {
      return ImportResult.of(Parsing.syntaxError(source, "JSON", error));
    }
    JsonNode techniques = root == null ? null : root.get("techniques");
    if (techniques == null || !techniques.isArray()) {
      return ImportResult.of(Parsing.problem(source,
          "invalid Navigator layer: missing array \"techniques\""));
    }

    ImmutableImportResult.Builder result = ImportResult.builder();
    String layerName = Parsing.text(root, "name");
    JsonNode filters = root.get("filters");
    for (int index = 0; index < techniques.size(); index++) {
      JsonNode entry = techniques.get(index);
      String techniqueId = Parsing.text(entry, "techniqueID").toUpperCase(Locale.ROOT);
      if (techniqueId.isEmpty()) {
        result.addProblem(Problem.builder().file(source).pointer("/techniques/" + index)
            .message("invalid layer entry: missing techniqueID").build());
        continue;
      }
      String tactic = Parsing.text(entry, "tactic");
      ImmutableDetectionRule.Builder rule = DetectionRule.builder()
          .id(tactic.isEmpty() ? techniqueId : techniqueId + "/" + tactic)
          .title(Parsing.text(entry, "comment").isEmpty() ? layerName
              : Parsing.text(entry, "comment"))
          .format(format()).file(source)
          .addTechniqueId(techniqueId)
          .score(score(entry))
          .platforms(Parsing.texts(filters, "platforms"));
      if (!tactic.isEmpty()) {
        rule.addTactic(tactic);
      }
      Parsing.flag(entry.get("enabled")).ifPresent(rule::enabled);
      result.addRule(rule.build());
    }
    return result.build();
  }

  private static double score(JsonNode entry) {
    JsonNode score = entry.get("score");
    if (score != null && score.isNumber()) {
      return score.asDouble();
    }
    return Parsing.text(entry, "color").isEmpty() ? 0 : 1;
  }
}
