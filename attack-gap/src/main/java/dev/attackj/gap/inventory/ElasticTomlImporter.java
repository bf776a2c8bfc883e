package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.ReadLimits;

/**
 * Reads Elastic detection-rules TOML files: one rule a file, {@code [metadata]} with its
 * {@code maturity} and a {@code [rule]} table whose {@code [[rule.threat]]} entries hold the
 * tactic, techniques and nested sub-techniques. Building-block and deprecated rules are marked.
 */
public final class ElasticTomlImporter extends LimitedImporter {

  @Override
  public String format() {
    return "elastic";
  }

  @Override
  public String description() {
    return "Elastic detection-rules TOML ([rule] with [[rule.threat]])";
  }

  @Override
  public int detect(String fileName, String content) {
    boolean ruleTable = content.startsWith("[rule]") || content.contains("\n[rule]");
    return ruleTable && Parsing.hasKeyLine(content, "rule_id", '=') ? 95 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    JsonNode root;
    try {
      root = Parsing.readObject(Parsing.mappers(limits).toml(), "TOML", content, source,
          "Elastic rule");
    } catch (InvalidInputException error) {
      return ImportResult.of(error.problem());
    }
    JsonNode rule = root.get("rule");
    if (rule == null || !rule.isObject()) {
      return ImportResult.of(Parsing.problem(source,
          "invalid Elastic rule: missing table [rule]"));
    }
    String id = Parsing.text(rule, "rule_id");
    if (id.isEmpty()) {
      return ImportResult.of(Parsing.problem(source,
          "invalid Elastic rule: missing rule.rule_id"));
    }

    ImmutableDetectionRule.Builder builder = DetectionRule.builder()
        .id(id).format(format()).file(source);
    ElasticRules.readCommon(rule, builder);
    String maturity = Parsing.text(root.get("metadata"), "maturity");
    if (!maturity.isEmpty()) {
      builder.status(RuleStatus.parse(maturity));
    }
    return ImportResult.builder().addRule(builder.build()).build();
  }
}
