package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The parts shared by Elastic's rule files and Kibana's exports: the {@code threat} array and
 * the tags. Only threat entries whose framework is MITRE ATT&CK are read; MITRE ATLAS entries
 * carry IDs such as {@code AML.T0051} that must not be taken for ATT&CK ones.
 */
final class ElasticRules {

  private ElasticRules() {}

  /** Adds the tactics and techniques of a {@code threat} array to a rule. */
  static void readThreat(JsonNode threat, ImmutableDetectionRule.Builder rule) {
    if (threat == null || !threat.isArray()) {
      return;
    }
    for (JsonNode entry : threat) {
      String framework = Parsing.text(entry, "framework");
      if (!framework.isEmpty() && !framework.equalsIgnoreCase("MITRE ATT&CK")) {
        continue;
      }
      JsonNode tactic = entry.get("tactic");
      String tacticId = Parsing.text(tactic, "id");
      String tacticName = Parsing.text(tactic, "name");
      if (!tacticId.isEmpty() || !tacticName.isEmpty()) {
        rule.addTactic(tacticId.isEmpty() ? tacticName : tacticId);
      }
      JsonNode techniques = entry.get("technique");
      if (techniques == null || !techniques.isArray()) {
        continue;
      }
      for (JsonNode technique : techniques) {
        addId(Parsing.text(technique, "id"), rule);
        JsonNode subtechniques = technique.get("subtechnique");
        if (subtechniques != null && subtechniques.isArray()) {
          subtechniques.forEach(sub -> addId(Parsing.text(sub, "id"), rule));
        }
      }
    }
  }

  private static void addId(String id, ImmutableDetectionRule.Builder rule) {
    if (!id.isEmpty()) {
      rule.addTechniqueId(id.toUpperCase(Locale.ROOT));
    }
  }

  /** Adds the platforms ({@code OS: Windows}) and data sources ({@code Data Source: x}). */
  static void readTags(JsonNode tags, ImmutableDetectionRule.Builder rule) {
    for (String tag : Parsing.texts(tags)) {
      int colon = tag.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = tag.substring(0, colon).trim();
      String value = tag.substring(colon + 1).trim();
      if (key.equalsIgnoreCase("OS")) {
        rule.addPlatform(value);
      } else if (key.equalsIgnoreCase("Data Source")) {
        rule.addDataSource(value);
      }
    }
  }

  /** Fills the fields a rule object has in both forms: name, severity, indexes, tags. */
  static void readCommon(JsonNode rule, ImmutableDetectionRule.Builder builder) {
    builder.title(Parsing.text(rule, "name"))
        .severity(Parsing.text(rule, "severity"))
        .buildingBlock(!Parsing.text(rule, "building_block_type").isEmpty())
        .addAllDataSources(Parsing.texts(rule, "index"));
    Parsing.flag(rule.get("enabled")).ifPresent(builder::enabled);
    readTags(rule.get("tags"), builder);
    readThreat(rule.get("threat"), builder);
  }
}
