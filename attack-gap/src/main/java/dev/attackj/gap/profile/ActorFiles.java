package dev.attackj.gap.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.attackj.core.ImmutableProblem;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerFile;
import dev.attackj.navigator.LayerReader;
import dev.attackj.navigator.TechniqueEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Readers of the files that define custom actors: DeTT&CT group administration YAML, Navigator
 * layers and CSV files of technique IDs. Each returns the actors it found and adds what it could
 * not read to a list of problems.
 */
final class ActorFiles {

  /** The limit messages of attack-core and attack-navigator end with this general remedy. */
  private static final String READER_REMEDY = "and the reader's withLimits";
  private static final String NAVIGATOR_REMEDY = "and LayerReader.withLimits";
  private static final String PROFILE_REMEDY = "and ThreatProfileBuilder.limits";

  private ActorFiles() {}

  /**
   * Reads a DeTT&CT group administration file: one actor per enabled entry of {@code groups},
   * named by {@code group_name} and {@code campaign}. {@code technique_id} is a list of IDs
   * (weight 1 each) or a map from ID to weight, such as the Red Canary prevalence counts.
   */
  static List<CustomActor> readDettect(Path file, ReadLimits limits, List<Problem> problems)
      throws IOException {
    JsonNode root = parse(new YAMLMapper(yamlFactory(limits)), file, limits);
    List<String> platforms = texts(root.path("platform"));
    JsonNode groups = root.path("groups");
    if (!groups.isArray()) {
      throw invalid(file, "/groups", "DeTT&CT group file must have a list \"groups\"");
    }

    List<CustomActor> actors = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      JsonNode group = groups.get(i);
      String pointer = "/groups/" + i;
      if (!group.path("enabled").asBoolean(true)) {
        continue;
      }
      String name = group.path("group_name").asText("").trim();
      if (name.isEmpty()) {
        throw invalid(file, pointer + "/group_name", "DeTT&CT group must have a group_name");
      }
      String campaign = group.path("campaign").asText("").trim();
      String fullName = campaign.isEmpty() ? name : name + " / " + campaign;
      Map<String, Double> techniques =
          weights(group.path("technique_id"), file, pointer + "/technique_id", problems);
      actors.add(new CustomActor(fullName, techniques, texts(group.path("software_id")),
          platforms, file.toString()));
    }
    return actors;
  }

  /**
   * Reads a Navigator layer as one actor named by the layer's {@code name}: each enabled entry of
   * its {@code techniques} array adds its {@code techniqueID}, weighted by its {@code score} when
   * the layer has scores. The layer's own problems, such as an upgrade from an older format, join
   * the profile's problems.
   */
  static CustomActor readLayer(Path file, ReadLimits limits, List<Problem> problems)
      throws IOException {
    LayerFile layerFile;
    try {
      layerFile = LayerReader.lenient().withLimits(limits).read(file);
    } catch (InvalidInputException e) {
      throw withProfileRemedy(e);
    }
    problems.addAll(layerFile.problems());
    if (layerFile.layers().isEmpty()) {
      throw invalid(file, "", "Navigator layer file must hold a layer");
    }
    Layer layer = layerFile.layers().get(0);

    Map<String, Double> raw = new LinkedHashMap<>();
    for (TechniqueEntry entry : layer.techniques()) {
      if (entry.enabled()) {
        double score = entry.score().map(BigDecimal::doubleValue).orElse(1.0);
        raw.merge(entry.techniqueId().trim(), Math.max(score, 0), Math::max);
      }
    }
    String name = layer.name().isBlank() ? baseName(file) : layer.name().trim();
    return new CustomActor(name, scaled(raw), List.of(), List.of(), file.toString());
  }

  /**
   * Reads a CSV file of technique IDs as one actor named after the file: the first column holds
   * the ID, an optional second column a weight. A first line whose first cell is no technique ID
   * is a header; blank lines and lines starting with {@code #} are skipped.
   */
  static CustomActor readCsv(Path file, ReadLimits limits, List<Problem> problems)
      throws IOException {
    List<String> lines = text(file, limits).lines().collect(Collectors.toList());
    if (lines.size() > limits.maxObjects()) {
      throw withProfileRemedy(ReadLimits.exceeded(file.toString(), "maxObjects",
          limits.maxObjects(), "the CSV file has " + lines.size() + " lines"));
    }
    Map<String, Double> raw = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("[,;\t]");
      String id = unquote(cells[0]);
      if (i == 0 && !dev.attackj.core.TechniqueId.isValid(id)) {
        continue;
      }
      double weight = 1.0;
      if (cells.length > 1 && !unquote(cells[1]).isEmpty()) {
        try {
          weight = Double.parseDouble(unquote(cells[1]));
        } catch (NumberFormatException e) {
          problems.add(Problem.builder().file(file.toString()).line(i + 1).column(id.length() + 2)
              .objectId(id).severity(Problem.Severity.WARNING)
              .message("weight must be a number, not \"" + unquote(cells[1]) + "\"; 1 was used")
              .build());
        }
      }
      raw.merge(id, Math.max(weight, 0), Math::max);
    }
    return new CustomActor(baseName(file), scaled(raw), List.of(), List.of(), file.toString());
  }

  private static Map<String, Double> weights(
      JsonNode node, Path file, String pointer, List<Problem> problems) {
    Map<String, Double> raw = new LinkedHashMap<>();
    if (node.isArray()) {
      node.forEach(id -> raw.put(id.asText().trim(), 1.0));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        if (value.isNumber()) {
          raw.put(field.getKey().trim(), Math.max(value.asDouble(), 0));
        } else {
          raw.put(field.getKey().trim(), 1.0);
          if (!value.isNull()) {
            problems.add(problem(file, pointer + "/" + field.getKey(),
                "technique weight must be a number, not \"" + value.asText() + "\"; 1 was used",
                Problem.Severity.WARNING));
          }
        }
      });
    } else if (!node.isMissingNode() && !node.isNull()) {
      throw invalid(file, pointer, "technique_id must be a list of IDs or a map of ID to weight");
    }
    return scaled(raw);
  }

  /** Scales weights so that the largest is 1; all become 1 when none is above 0. */
  private static Map<String, Double> scaled(Map<String, Double> raw) {
    double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<String, Double> scaled = new LinkedHashMap<>();
    raw.forEach((id, weight) -> scaled.put(id, max > 0 ? weight / max : 1.0));
    return scaled;
  }

  /**
   * A YAML factory within the limits: SnakeYAML's alias count (against "billion laughs"
   * documents) and nesting depth, and Jackson's string and nesting constraints.
   */
  private static YAMLFactory yamlFactory(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxYamlAliases());
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(limits.jsonConstraints()).build();
  }

  /**
   * Returns the exception of a limit with a message that tells how to raise the limit for a
   * threat profile, {@link ThreatProfileBuilder#limits}, in place of the reader's method.
   */
  private static InvalidInputException withProfileRemedy(InvalidInputException e) {
    Problem problem = e.problem();
    String message = problem.message();
    for (String remedy : List.of(READER_REMEDY, NAVIGATOR_REMEDY)) {
      if (message.endsWith(remedy)) {
        String changed = message.substring(0, message.length() - remedy.length())
            + PROFILE_REMEDY;
        return new InvalidInputException(Problem.builder().from(problem).message(changed)
            .build(), e);
      }
    }
    return e;
  }

  /**
   * Reads a file as UTF-8 text within the read limits, decompressing gzip.
   *
   * @throws InvalidInputException if the file exceeds a limit or is not UTF-8
   */
  private static String text(Path file, ReadLimits limits) throws IOException {
    byte[] bytes;
    try {
      bytes = limits.readAllBytes(file);
    } catch (InvalidInputException e) {
      throw withProfileRemedy(e);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(Problem.builder().file(file.toString())
          .message("file is not text in UTF-8: " + e.getMessage()).build(), e);
    }
  }

  private static JsonNode parse(ObjectMapper mapper, Path file, ReadLimits limits)
      throws IOException {
    String content = text(file, limits);
    try {
      JsonNode root = mapper.readTree(content);
      if (root == null || !root.isObject()) {
        throw invalid(file, "", "file must hold an object at its top level");
      }
      return root;
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      ImmutableProblem.Builder builder = Problem.builder().file(file.toString());
      if (location != null && location.getLineNr() > 0) {
        builder.line(location.getLineNr()).column(location.getColumnNr());
      }
      throw new InvalidInputException(builder.message(e.getOriginalMessage()).build(), e);
    }
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> texts.add(item.asText().trim()));
    } else if (node.isTextual() && !node.asText().isBlank()) {
      texts.add(node.asText().trim());
    }
    return texts;
  }

  private static InvalidInputException invalid(Path file, String pointer, String message) {
    return new InvalidInputException(problem(file, pointer, message, Problem.Severity.ERROR));
  }

  private static Problem problem(
      Path file, String pointer, String message, Problem.Severity severity) {
    return Problem.builder().file(file.toString()).pointer(pointer).message(message)
        .severity(severity).build();
  }

  private static String unquote(String cell) {
    String text = cell.strip();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1).strip()
        : text;
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
