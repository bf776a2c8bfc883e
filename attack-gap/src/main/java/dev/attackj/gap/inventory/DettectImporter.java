package dev.attackj.gap.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads DeTT&CT technique administration files (YAML with {@code file_type:
 * technique-administration}). Each detection entry of a technique becomes a rule whose id is the
 * technique ID and the systems it applies to, such as {@code T1003 [Windows workstations]}; its
 * score is the detection score of the newest entry of its score logbook, and its visibility
 * score that of the visibility entry for the same systems. DeTT&CT scores run from -1 (none) and
 * 0 (forensics or context only) to 5; a score of 0 or less covers nothing.
 */
public final class DettectImporter extends LimitedImporter {

  @Override
  public String format() {
    return "dettect";
  }

  @Override
  public String description() {
    return "DeTT&CT technique administration YAML (detection and visibility scores)";
  }

  @Override
  public int detect(String fileName, String content) {
    return content.contains("technique-administration")
        && Parsing.hasYamlKey(content, "file_type") ? 100 : 0;
  }

  @Override
  public ImportResult read(String content, String source, ReadLimits limits) {
    JsonNode root;
    try {
      root = Parsing.readObject(Parsing.mappers(limits).yaml(), "YAML", content, source,
          "DeTT&CT technique administration file");
    } catch (InvalidInputException error) {
      return ImportResult.of(error.problem());
    }
    JsonNode techniques = root.get("techniques");
    if (techniques == null || !techniques.isArray()) {
      return ImportResult.of(Parsing.problem(source,
          "invalid DeTT&CT technique administration file: missing list \"techniques\""));
    }

    ImmutableImportResult.Builder result = ImportResult.builder();
    List<String> platforms = Parsing.texts(root, "platform");
    for (int index = 0; index < techniques.size(); index++) {
      readTechnique(techniques.get(index), "/techniques/" + index, platforms, source, result);
    }
    return result.build();
  }

  private void readTechnique(JsonNode technique, String pointer, List<String> platforms,
      String source, ImmutableImportResult.Builder result) {
    String techniqueId = Parsing.text(technique, "technique_id").toUpperCase(Locale.ROOT);
    if (techniqueId.isEmpty()) {
      result.addProblem(Problem.builder().file(source).pointer(pointer)
          .message("invalid DeTT&CT technique entry: missing technique_id").build());
      return;
    }
    List<JsonNode> detections = entries(technique.get("detection"));
    List<JsonNode> visibilities = entries(technique.get("visibility"));
    for (int index = 0; index < detections.size(); index++) {
      JsonNode detection = detections.get(index);
      List<String> systems = Parsing.texts(detection, "applicable_to");
      Optional<Double> visibility = visibilities.stream()
          .filter(entry -> Parsing.texts(entry, "applicable_to").equals(systems))
          .findFirst()
          .flatMap(DettectImporter::currentScore);
      result.addRule(DetectionRule.builder()
          .id(techniqueId + " " + systems)
          .title(Parsing.text(technique, "technique_name"))
          .format(format()).file(source)
          .addTechniqueId(techniqueId)
          .platforms(platforms)
          .dataSources(Parsing.texts(detection, "location"))
          .score(currentScore(detection))
          .visibilityScore(visibility)
          .build());
    }
  }

  /** The entries of a detection or visibility field, which may be one object or a list. */
  private static List<JsonNode> entries(JsonNode field) {
    List<JsonNode> entries = new ArrayList<>();
    if (field != null && field.isArray()) {
      field.forEach(entries::add);
    } else if (field != null && field.isObject()) {
      entries.add(field);
    }
    return entries;
  }

  /**
   * Returns the score of the newest logbook entry. Dates compare as ISO text, so a date and a
   * date-time of the same day order correctly. An entry without a date is older than any dated
   * one, and among equal dates the first listed wins.
   */
  static Optional<Double> currentScore(JsonNode entry) {
    JsonNode logbook = entry.get("score_logbook");
    if (logbook == null || !logbook.isArray()) {
      return Optional.empty();
    }
    JsonNode newest = null;
    String newestDate = null;
    for (JsonNode item : logbook) {
      JsonNode score = item.get("score");
      if (score == null || !score.isNumber()) {
        continue;
      }
      String date = Parsing.text(item, "date");
      if (newest == null || (!date.isEmpty() && (newestDate.isEmpty()
          || date.compareTo(newestDate) > 0))) {
        newest = item;
        newestDate = date;
      }
    }
    return newest == null ? Optional.empty() : Optional.of(newest.get("score").asDouble());
  }
}
