package dev.attackj.gap.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The per-technique inputs that the Center for Threat-Informed Defense publishes with its Top
 * ATT&CK Techniques calculator ({@code Techniques.json}): for each technique its choke point,
 * prevalence and actionability scores, and whether process, network, file, cloud and hardware
 * monitoring can see it.
 */
final class CtidData {

  /** The monitoring types, in the order of the calculator, with their property prefixes. */
  static final String[] MONITORING = {"process", "network", "file", "cloud", "hardware"};

  /** The inputs of one technique. */
  record Entry(
      String techniqueId,
      String name,
      double chokePoint,
      double prevalence,
      double actionability,
      double mitigationScore,
      double detectionScore,
      boolean[] monitoring) {}

  /** The name of the bundled copy, a resource beside this class. */
  static final String BUNDLED = "ctid-techniques.json";

  private final String source;
  private final Map<String, Entry> entries;

  private CtidData(String source, Map<String, Entry> entries) {
    this.source = source;
    this.entries = entries;
  }

  /**
   * Reads the file: a JSON array of techniques, each with {@code tid}, {@code choke_point_score},
   * {@code prevalence_score}, {@code actionability_score.combined_score} and the boolean
   * {@code <type>_coverage} properties. A score that is null or missing counts as 0.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws InvalidInputException if it is not such an array; the problem names the entry
   */
  static CtidData read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("failed to read CTID technique file " + file, e);
    }
  }

  /**
   * Reads the copy of CTID's data bundled with this library, as of 2025-05-28; see
   * {@code ctid-techniques.NOTICE} beside it for its source, licence and changes.
   */
  static CtidData readBundled() {
    try (InputStream in = CtidData.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled CTID data " + BUNDLED + " is missing from the"
            + " class path; pass the parameter data with the path of CTID's Techniques.json");
      }
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("failed to read bundled CTID data " + BUNDLED, e);
    }
  }

  private static CtidData read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(Problem.builder().file(source)
          .line(e.getLocation() == null ? 0 : e.getLocation().getLineNr())
          .message("CTID technique file is not valid JSON: " + e.getOriginalMessage()).build(), e);
    }
    if (root == null || !root.isArray()) {
      throw invalid(source, "", "CTID technique file must hold a JSON array of techniques");
    }

    Map<String, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < root.size(); i++) {
      Entry entry = entry(root.get(i), source, "/" + i);
      entries.put(entry.techniqueId(), entry);
    }
    return new CtidData(source, Map.copyOf(entries));
  }

  /** The file or resource the data came from. */
  String source() {
    return source;
  }

  /** The inputs of a technique, or null when the file does not list it. */
  Entry get(String techniqueId) {
    return entries.get(techniqueId.trim().toUpperCase(Locale.ROOT));
  }

  Map<String, Entry> entries() {
    return entries;
  }

  private static Entry entry(JsonNode node, String file, String pointer) {
    String id = node.path("tid").asText("");
    if (id.isBlank()) {
      throw invalid(file, pointer + "/tid", "CTID technique must have a tid");
    }
    JsonNode actionability = node.path("actionability_score");
    boolean[] monitoring = new boolean[MONITORING.length];
    for (int i = 0; i < MONITORING.length; i++) {
      monitoring[i] = node.path(MONITORING[i] + "_coverage").asBoolean(false);
    }
    return new Entry(id.trim().toUpperCase(Locale.ROOT), node.path("name").asText(""),
        number(node, "choke_point_score", file, pointer),
        number(node, "prevalence_score", file, pointer),
        number(actionability, "combined_score", file, pointer + "/actionability_score"),
        actionability.path("mitigation_score").asDouble(0),
        actionability.path("detection_score").asDouble(0),
        monitoring);
  }

  private static double number(JsonNode node, String field, String file, String pointer) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      // CTID leaves the scores of some newer sub-techniques empty; they add nothing.
      return 0;
    }
    if (!value.isNumber()) {
      throw invalid(file, pointer + "/" + field, "CTID technique score must be a number");
    }
    return value.asDouble();
  }

  private static InvalidInputException invalid(String file, String pointer, String message) {
    return new InvalidInputException(
        Problem.builder().file(file).pointer(pointer).message(message).build());
  }
}
