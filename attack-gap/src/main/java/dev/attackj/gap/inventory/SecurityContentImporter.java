package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.ReadLimits;
import java.util.Locale;

/**
 * Reads detections of Splunk's security_content repository (YAML, one a file): {@code name},
 * {@code id}, {@code status}, {@code data_source}, and the mapping in {@code tags.mitre_attack_id}.
 */
public final class SecurityContentImporter extends LimitedImporter {

  @Override
  public String format() {
    return "splunk-yaml";
  }

  @Override
  public String description() {
    return "Splunk security_content detections (YAML, tags.mitre_attack_id)";
  }

  @Override
  public int detect(String fileName, String content) {
    boolean tags = content.contains("mitre_attack_id") || content.contains("analytic_story");
    return tags && Parsing.hasYamlKey(content, "search") ? 92 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    JsonNode root;
    try {
      root = Parsing.readObject(Parsing.mappers(limits).yaml(), "YAML", content, source,
          "security_content detection");
    } catch (InvalidInputException error) {
      return ImportResult.of(error.problem());
    }
    String id = Parsing.text(root, "id");
    String name = Parsing.text(root, "name");
    if (id.isEmpty() && name.isEmpty()) {
      return ImportResult.of(Parsing.problem(source,
          "invalid security_content detection: missing id and name"));
    }

    ImmutableDetectionRule.Builder rule = DetectionRule.builder()
        .id(id.isEmpty() ? name : id).title(name).format(format()).file(source).line(1)
        .addAllDataSources(Parsing.texts(root, "data_source"));
    String status = Parsing.text(root, "status");
    if (!status.isEmpty()) {
      rule.status(RuleStatus.parse(status));
    }
    JsonNode tags = root.get("tags");
    Parsing.texts(tags, "mitre_attack_id")
        .forEach(technique -> rule.addTechniqueId(technique.toUpperCase(Locale.ROOT)));
    Parsing.texts(tags, "product").forEach(rule::addPlatform);
    return ImportResult.builder().addRule(rule.build()).build();
  }
}
