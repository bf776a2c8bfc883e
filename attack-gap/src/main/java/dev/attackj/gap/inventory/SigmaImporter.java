package dev.attackj.gap.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Sigma rules (YAML, one or more documents a file). The ATT&CK mapping is in {@code tags}:
 * {@code attack.t1059.001} names a technique, {@code attack.execution} or
 * {@code attack.defense_evasion} a tactic, {@code attack.ta0002} a tactic by id, and
 * {@code attack.g0016}, {@code attack.s0002} or {@code attack.ds0005} a group, software, data
 * source or other ATT&CK object kept as context. A document
 * with {@code action: global} gives its fields to the documents after it, up to
 * {@code action: reset}.
 */
public final class SigmaImporter extends LimitedImporter {

  private static final Pattern TACTIC_ID = Pattern.compile("(?i)ta\\d{4}");
  private static final Pattern CONTEXT_ID = Pattern.compile("(?i)(g|s|c|m|ds|dc|an|det)\\d{4}");
  private static final Set<String> KEPT_FIELDS =
      Set.of("title", "id", "status", "level", "logsource", "tags", "action");
  private static final Set<String> PRESENCE_FIELDS = Set.of("detection", "correlation", "filter");
  private static final Map<String, String> OPERATING_SYSTEMS =
      Map.of("windows", "Windows", "linux", "Linux", "macos", "macOS");

  @Override
  public String format() {
    return "sigma";
  }

  @Override
  public String description() {
    return "Sigma rules (YAML, tags attack.t1059.001 and attack.execution)";
  }

  @Override
  public int detect(String fileName, String content) {
    boolean body = Parsing.hasYamlKey(content, "logsource")
        || Parsing.hasYamlKey(content, "detection") || Parsing.hasYamlKey(content, "correlation");
    return body && Parsing.hasYamlKey(content, "title") ? 90 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    ImmutableImportResult.Builder result = ImportResult.builder();
    try {
      Parsing.checkYamlSize(content, source);
    } catch (InvalidInputException error) {
      return result.addProblem(error.problem()).build();
    }
    ObjectNode global = null;
    int index = 0;
    try (JsonParser parser = Parsing.mappers(limits).yaml().createParser(content)) {
      while (parser.nextToken() != null) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode document = readDocument(parser);
        index++;
        if (document == null || document.isNull() || document.isMissingNode()) {
          continue;
        }
        if (!document.isObject()) {
          result.addProblem(Parsing.problem(source, line,
              "invalid Sigma rule: document " + index + " is not a mapping"));
          continue;
        }
        String action = Parsing.text(document, "action");
        if (action.equals("global")) {
          global = (ObjectNode) document;
          continue;
        }
        if (action.equals("reset")) {
          global = null;
          continue;
        }
        ObjectNode rule = merged(global, (ObjectNode) document);
        readRule(rule, source, line, index, result);
      }
    } catch (JsonProcessingException error) {
      result.addProblem(Parsing.syntaxError(source, "YAML", error));
    } catch (IOException error) {
      result.addProblem(Parsing.problem(source, "cannot read Sigma rule: " + error.getMessage()));
    }
    return result.build();
  }

  /**
   * Reads one document, keeping only the fields a rule needs: the detection logic is skipped
   * token by token instead of being built into a tree, which saves time on large rule sets.
   * Fields whose content is not needed, such as {@code detection}, are kept as {@code true} so
   * that their presence can be checked.
   */
  private static JsonNode readDocument(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return Parsing.YAML.readTree(parser);
    }
    ObjectNode document = Parsing.YAML.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (KEPT_FIELDS.contains(field)) {
        document.set(field, Parsing.YAML.readTree(parser));
      } else {
        parser.skipChildren();
        if (PRESENCE_FIELDS.contains(field)) {
          document.put(field, true);
        }
      }
    }
    return document;
  }

  private static ObjectNode merged(ObjectNode global, ObjectNode document) {
    if (global == null) {
      return document;
    }
    ObjectNode merged = global.deepCopy();
    merged.remove("action");
    merged.setAll(document);
    return merged;
  }

  private void readRule(ObjectNode rule, String source, int line, int index,
      ImmutableImportResult.Builder result) {
    if (rule.has("filter") && !rule.has("detection")) {
      return;
    }
    String id = Parsing.text(rule, "id");
    String title = Parsing.text(rule, "title");
    if (id.isEmpty()) {
      id = fileStem(source) + (index > 1 ? "#" + index : "");
      result.addProblem(Parsing.warning(source, Optional.of(line), id,
          "Sigma rule has no id; using " + id));
    }
    if (!rule.has("detection") && !rule.has("correlation")) {
      result.addProblem(Parsing.warning(source, Optional.of(line), id,
          "Sigma rule has neither detection nor correlation"));
    }

    ImmutableDetectionRule.Builder builder = DetectionRule.builder()
        .id(id).title(title).format(format()).file(source).line(line)
        .severity(Parsing.text(rule, "level"));
    String status = Parsing.text(rule, "status");
    if (!status.isEmpty()) {
      builder.status(RuleStatus.parse(status));
    }
    readLogSource(rule.get("logsource"), builder);
    readTags(rule.get("tags"), source, line, id, builder, result);
    result.addRule(builder.build());
  }

  private static void readLogSource(JsonNode logSource, ImmutableDetectionRule.Builder builder) {
    if (logSource == null || !logSource.isObject()) {
      return;
    }
    for (String field : List.of("category", "product", "service")) {
      String value = Parsing.text(logSource, field);
      if (!value.isEmpty()) {
        builder.putLogSource(field, value);
      }
    }
    String system = OPERATING_SYSTEMS.get(Parsing.text(logSource, "product").toLowerCase(Locale.ROOT));
    if (system != null) {
      builder.addPlatform(system);
    }
  }

  private static void readTags(JsonNode tags, String source, int line, String id,
      ImmutableDetectionRule.Builder builder, ImmutableImportResult.Builder result) {
    List<String> unrecognised = new ArrayList<>();
    for (String tag : Parsing.texts(tags)) {
      String lower = tag.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("attack.")) {
        continue;
      }
      String value = tag.substring("attack.".length()).trim();
      if (Parsing.isTechniqueLike(value)) {
        builder.addTechniqueId(value.toUpperCase(Locale.ROOT));
      } else if (TACTIC_ID.matcher(value).matches()) {
        builder.addTactic(value.toUpperCase(Locale.ROOT));
      } else if (CONTEXT_ID.matcher(value).matches()) {
        builder.addContext(value.toUpperCase(Locale.ROOT));
      } else if (value.matches("[A-Za-z]+([-_][A-Za-z]+)*")) {
        builder.addTactic(value);
      } else {
        unrecognised.add(tag);
      }
    }
    if (!unrecognised.isEmpty()) {
      result.addProblem(Parsing.warning(source, Optional.of(line), id,
          "unrecognised ATT&CK tags " + unrecognised + ": expected attack.tNNNN, attack.tNNNN.NNN,"
              + " a tactic name, or an ATT&CK object ID such as attack.g0016"));
    }
  }

  static String fileStem(String source) {
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
