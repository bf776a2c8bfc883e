package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.ReadLimits;
import java.util.List;
import java.util.Locale;

/**
 * Reads Microsoft Sentinel analytic rule templates (YAML, one a file): {@code id}, {@code name},
 * {@code severity}, {@code status}, {@code requiredDataConnectors}, and the mapping in
 * {@code tactics} (CamelCase names such as {@code InitialAccess}) and
 * {@code relevantTechniques}.
 */
public final class SentinelYamlImporter extends LimitedImporter {

  @Override
  public String format() {
    return "sentinel-yaml";
  }

  @Override
  public String description() {
    return "Microsoft Sentinel analytic rules (YAML, tactics and relevantTechniques)";
  }

  @Override
  public int detect(String fileName, String content) {
    boolean techniques = Parsing.hasYamlKey(content, "relevantTechniques");
    boolean fields = Parsing.hasYamlKey(content, "queryFrequency")
        || Parsing.hasYamlKey(content, "requiredDataConnectors")
        || Parsing.hasYamlKey(content, "triggerOperator");
    if (techniques && fields) {
      return 95;
    }
    return techniques || fields ? 80 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    JsonNode root;
    try {
      root = Parsing.readObject(Parsing.mappers(limits).yaml(), "YAML", content, source,
          "Sentinel rule");
    } catch (InvalidInputException error) {
      return ImportResult.of(error.problem());
    }
    String id = Parsing.text(root, "id");
    String name = Parsing.text(root, "name");
    if (id.isEmpty() && name.isEmpty()) {
      return ImportResult.of(Parsing.problem(source, "invalid Sentinel rule: missing id and name"));
    }

    ImmutableDetectionRule.Builder rule = DetectionRule.builder()
        .id(id.isEmpty() ? name : id).title(name).format(format()).file(source).line(1)
        .severity(Parsing.text(root, "severity"))
        .addAllTactics(Parsing.texts(root, "tactics"));
    Parsing.texts(root, "relevantTechniques")
        .forEach(technique -> rule.addTechniqueId(technique.toUpperCase(Locale.ROOT)));
    String status = Parsing.text(root, "status");
    if (!status.isEmpty()) {
      rule.status(RuleStatus.parse(status));
    }
    Parsing.flag(root.get("enabled")).ifPresent(rule::enabled);
    JsonNode connectors = root.get("requiredDataConnectors");
    if (connectors != null && connectors.isArray()) {
      for (JsonNode connector : connectors) {
        List<String> dataTypes = Parsing.texts(connector, "dataTypes");
        if (dataTypes.isEmpty()) {
          Parsing.texts(connector, "connectorId").forEach(rule::addDataSource);
        }
        dataTypes.forEach(rule::addDataSource);
      }
    }
    return ImportResult.builder().addRule(rule.build()).build();
  }
}
