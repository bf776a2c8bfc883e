package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Microsoft Sentinel analytic rules as JSON: an ARM template ({@code resources}), a REST
 * list ({@code value}) or a single rule. The mapping is in {@code properties.tactics},
 * {@code properties.techniques} and {@code properties.subTechniques}, and whether the rule runs
 * in {@code properties.enabled}. A rule's id is the last GUID of its {@code name}, which in ARM
 * templates is an expression such as
 * {@code [concat(parameters('workspace'),'/Microsoft.SecurityInsights/<guid>')]}.
 */
public final class SentinelJsonImporter extends LimitedImporter {

  private static final Pattern PROPERTIES = Pattern.compile("\"properties\"\\s*:");
  private static final Pattern MAPPING =
      Pattern.compile("\"(tactics|techniques|subTechniques)\"\\s*:");
  private static final Pattern RULE_MARK = Pattern.compile("alertRules|\"displayName\"\\s*:");
  private static final Pattern GUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public String format() {
    return "sentinel-json";
  }

  @Override
  public String description() {
    return "Microsoft Sentinel analytic rules (ARM template or REST JSON)";
  }

  @Override
  public int detect(String fileName, String content) {
    return Parsing.firstSignificant(content) == '{' && PROPERTIES.matcher(content).find()
        && MAPPING.matcher(content).find() && RULE_MARK.matcher(content).find() ? 85 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    JsonNode root;
    try {
      root = Parsing.readObject(Parsing.mappers(limits).json(), "JSON", content, source,
          "Sentinel rules");
    } catch (InvalidInputException error) {
      return ImportResult.of(error.problem());
    }

    ImmutableImportResult.Builder result = ImportResult.builder();
    for (String list : new String[] {"resources", "value"}) {
      JsonNode items = root.get(list);
      if (items != null && items.isArray()) {
        for (int index = 0; index < items.size(); index++) {
          readRule(items.get(index), source, "/" + list + "/" + index, result);
        }
        return result.build();
      }
    }
    readRule(root, source, "", result);
    return result.build();
  }

  private void readRule(JsonNode item, String source, String pointer,
      ImmutableImportResult.Builder result) {
    JsonNode properties = item == null ? null : item.get("properties");
    if (properties == null || !properties.isObject()) {
      result.addProblem(Problem.builder().file(source).pointer(pointer.isEmpty() ? "/" : pointer)
          .message("invalid Sentinel rule: missing object \"properties\"").build());
      return;
    }
    String name = Parsing.text(item, "name");
    Matcher guid = GUID.matcher(name);
    String id = name;
    while (guid.find()) {
      id = guid.group();
    }
    String title = Parsing.text(properties, "displayName");
    if (id.isEmpty()) {
      id = title.isEmpty() ? Parsing.text(properties, "alertRuleTemplateName") : title;
    }
    if (id.isEmpty()) {
      result.addProblem(Problem.builder().file(source).pointer(pointer.isEmpty() ? "/" : pointer)
          .message("invalid Sentinel rule: missing name and properties.displayName").build());
      return;
    }

    ImmutableDetectionRule.Builder rule = DetectionRule.builder()
        .id(id).title(title).format(format()).file(source)
        .severity(Parsing.text(properties, "severity"))
        .addAllTactics(Parsing.texts(properties, "tactics"));
    Parsing.flag(properties.get("enabled")).ifPresent(rule::enabled);
    Parsing.texts(properties, "techniques")
        .forEach(technique -> rule.addTechniqueId(technique.toUpperCase(Locale.ROOT)));
    Parsing.texts(properties, "subTechniques")
        .forEach(technique -> rule.addTechniqueId(technique.toUpperCase(Locale.ROOT)));
    result.addRule(rule.build());
  }
}
