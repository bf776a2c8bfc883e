package dev.attackj.gap.coverage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Optional;

/**
 * Writes a coverage as an ATT&CK Navigator layer (layer format 4.5). Each covered technique gets
 * an entry with its score, a comment with the number of rules, and the rule ids as metadata. The
 * gradient runs from 0 to the highest score. Entries carry no tactic, so the Navigator shows a
 * technique's score under each of its tactics.
 *
 * <p>The layer is a Jackson tree, ready to write with any {@code ObjectMapper}.
 */
public final class CoverageLayer {

  /** The layer format version written. */
  public static final String LAYER_VERSION = "4.5";

  /** The Navigator version written in {@code versions.navigator}. */
  public static final String NAVIGATOR_VERSION = "5.1.0";

  /** The maximum number of rule ids listed in an entry's metadata; the comment gives the count. */
  static final int MAX_LISTED_RULES = 20;

  private CoverageLayer() {}

  /**
   * Builds the layer of a coverage.
   *
   * @param name the layer name
   * @param domain the Navigator domain, such as {@code enterprise-attack}
   * @param attackVersion the ATT&CK version, such as {@code 18.1}; only its major number is
   *     written, as the Navigator expects
   * @param platforms the platforms to filter the view on; empty for the Navigator's default
   */
  public static ObjectNode of(Coverage coverage, String name, String domain,
      Optional<String> attackVersion, Collection<String> platforms) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode layer = nodes.objectNode();
    layer.put("name", name);
    ObjectNode versions = layer.putObject("versions");
    attackVersion.map(version -> version.replaceFirst("\\..*", ""))
        .ifPresent(version -> versions.put("attack", version));
    versions.put("navigator", NAVIGATOR_VERSION);
    versions.put("layer", LAYER_VERSION);
    layer.put("domain", domain);
    long covered = coverage.techniques().values().stream()
        .filter(TechniqueCoverage::isCovered).count();
    layer.put("description", "Detection coverage: " + covered + " techniques covered");
    if (!platforms.isEmpty()) {
      ArrayNode filter = layer.putObject("filters").putArray("platforms");
      platforms.forEach(filter::add);
    }
    layer.put("sorting", 3);
    layer.put("hideDisabled", false);

    ArrayNode techniques = layer.putArray("techniques");
    double maxScore = 0;
    for (TechniqueCoverage technique : coverage.techniques().values()) {
      if (technique.isCovered()) {
        techniques.add(entry(technique));
        maxScore = Math.max(maxScore, technique.score());
      }
    }
    ObjectNode gradient = layer.putObject("gradient");
    gradient.putArray("colors").add("#ffffffff").add("#66b1ffff");
    gradient.put("minValue", 0);
    gradient.put("maxValue", Math.max(1, maxScore));
    layer.put("selectSubtechniquesWithParent", false);
    return layer;
  }

  private static ObjectNode entry(TechniqueCoverage technique) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("techniqueID", technique.techniqueId());
    entry.put("score", technique.score());
    int rules = technique.ruleIds().size();
    entry.put("comment", rules + (rules == 1 ? " rule" : " rules")
        + (technique.rolledUp() ? ", through roll-up" : ""));
    entry.put("enabled", true);
    ArrayNode metadata = entry.putArray("metadata");
    technique.ruleIds().stream().limit(MAX_LISTED_RULES).forEach(rule ->
        metadata.addObject().put("name", "rule").put("value", rule));
    return entry;
  }
}
