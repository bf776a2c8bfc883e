package dev.attackj.gap.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads detection rules exported from Kibana: NDJSON with one rule a line (the export's closing
 * summary line with {@code exported_count} is skipped), or a JSON array of rules or a single
 * rule. The mapping is in {@code threat}; rules whose name starts with {@code Deprecated - } are
 * marked deprecated, as Elastic names them so.
 */
public final class KibanaImporter extends LimitedImporter {

  private static final Pattern RULE_ID = Pattern.compile("\"rule_id\"\\s*:");
  private static final Pattern RULE_FIELDS =
      Pattern.compile("\"(threat|risk_score|exported_count)\"\\s*:");

  @Override
  public String format() {
    return "kibana";
  }

  @Override
  public String description() {
    return "Elastic Security rules exported from Kibana (NDJSON or JSON)";
  }

  @Override
  public int detect(String fileName, String content) {
    return Parsing.looksLikeJson(content) && RULE_ID.matcher(content).find() && RULE_FIELDS.matcher(content).find() ? 85 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    ObjectMapper json = Parsing.mappers(limits).json();
    ImmutableImportResult.Builder result = ImportResult.builder();
    if (Parsing.firstSignificant(content) == '[') {
      readDocument(json, content, source, result);
      return result.build();
    }
    String[] lines = content.split("\r?\n", -1);
    if (lines.length > 0 && isWholeDocument(content, lines)) {
      readDocument(json, content, source, result);
      return result.build();
    }
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].trim();
      if (line.isEmpty()) {
        continue;
      }
      try {
        readRule(json.readTree(line), source, Optional.of(index + 1), result);
      } catch (JsonProcessingException error) {
        result.addProblem(Parsing.syntaxError(source, "NDJSON", index + 1, error));
      }
    }
    return result.build();
  }

  /** Whether the content is one JSON document spread over several lines. */
  private static boolean isWholeDocument(String content, String[] lines) {
    String first = lines[0].trim();
    return first.equals("{") || (!first.endsWith("}") && content.trim().endsWith("}"));
  }

  private void readDocument(ObjectMapper json, String content, String source,
      ImmutableImportResult.Builder result) {
    JsonNode root;
    try {
      root = json.readTree(content);
    } catch (JsonProcessingException error) {
      result.addProblem(Parsing.syntaxError(source, "JSON", error));
      return;
    }
    if (root != null && root.isArray()) {
      root.forEach(rule -> readRule(rule, source, Optional.empty(), result));
    } else {
      readRule(root, source, Optional.empty(), result);
    }
  }

  private void readRule(JsonNode rule, String source, Optional<Integer> line,
      ImmutableImportResult.Builder result) {
    if (rule == null || !rule.isObject()) {
      result.addProblem(problem(source, line, "invalid Kibana rule: not a JSON object"));
      return;
    }
    if (rule.has("exported_count") || rule.has("exported_rules_count")) {
      return;
    }
    String id = Parsing.text(rule, "rule_id");
    if (id.isEmpty()) {
      id = Parsing.text(rule, "id");
    }
    if (id.isEmpty()) {
      result.addProblem(problem(source, line, "invalid Kibana rule: missing rule_id"));
      return;
    }

    ImmutableDetectionRule.Builder builder = DetectionRule.builder()
        .id(id).format(format()).file(source).line(line);
    ElasticRules.readCommon(rule, builder);
    if (Parsing.text(rule, "name").startsWith("Deprecated - ")) {
      builder.status(RuleStatus.DEPRECATED);
    }
    result.addRule(builder.build());
  }

  private static Problem problem(String source, Optional<Integer> line,
      String message) {
    return Problem.builder().file(source).line(line).message(message).build();
  }
}
