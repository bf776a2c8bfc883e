package dev.attackj.gap.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.core.Problem;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the settings of a Splunk saved search into a rule, for both the
 * {@code savedsearches.conf} file and the REST API's JSON. A saved search is a detection when it
 * is a correlation search or raises notables; its mapping is the {@code mitre_attack} list of the
 * JSON in {@code action.correlationsearch.annotations}.
 */
final class SplunkSearches {

  static final String ANNOTATIONS = "action.correlationsearch.annotations";

  /** The maximum number of decodings of annotations, for JSON encoded inside a JSON string. */
  private static final int MAX_DECODINGS = 3;

  private SplunkSearches() {}

  /** The settings of one saved search, by key, whatever the source form. */
  interface Settings {
    Optional<JsonNode> get(String key);
  }

  /** Whether the saved search is a detection rather than a report or a scheduled export. */
  static boolean isDetection(Settings settings) {
    return settings.get(ANNOTATIONS).isPresent()
        || settings.get("action.correlationsearch.enabled").flatMap(Parsing::flag).orElse(false)
        || settings.get("action.notable").flatMap(Parsing::flag).orElse(false);
  }

  /**
   * Builds the rule of a saved search. When the annotations are not a JSON object, it adds a
   * problem and returns the rule without a mapping.
   */
  static DetectionRule toRule(String name, Settings settings, String format, String source,
      Optional<Integer> line, Consumer<Problem> problems) {
    ImmutableDetectionRule.Builder rule = DetectionRule.builder()
        .id(name).format(format).file(source).line(line)
        .title(settings.get("action.correlationsearch.label").map(JsonNode::asText).orElse(name));
    settings.get("disabled").flatMap(Parsing::flag).ifPresent(disabled -> rule.enabled(!disabled));
    settings.get("action.notable.param.severity")
        .or(() -> settings.get("alert.severity"))
        .map(JsonNode::asText)
        .ifPresent(rule::severity);

    Optional<JsonNode> annotations = settings.get(ANNOTATIONS);
    if (annotations.isPresent()) {
      Optional<JsonNode> decoded = decode(annotations.get(), name, source, line, problems);
      decoded.ifPresent(json -> {
        Parsing.texts(json, "mitre_attack")
            .forEach(id -> rule.addTechniqueId(id.toUpperCase(Locale.ROOT)));
        Parsing.texts(json, "data_source").forEach(rule::addDataSource);
      });
    }
    return rule.build();
  }

  /** Decodes annotations given as an object, as JSON text, or as JSON text encoded twice. */
  private static Optional<JsonNode> decode(JsonNode value, String name, String source,
      Optional<Integer> line, Consumer<Problem> problems) {
    JsonNode decoded = value;
    try {
      for (int round = 0; round < MAX_DECODINGS && decoded.isTextual(); round++) {
        String text = decoded.asText().trim();
        decoded = text.isEmpty() ? Parsing.JSON.createObjectNode() : Parsing.JSON.readTree(text);
      }
    } catch (JsonProcessingException error) {
      problems.accept(invalid(name, source, line, error.getOriginalMessage()));
      return Optional.empty();
    }
    if (!decoded.isObject()) {
      problems.accept(invalid(name, source, line,
          "expected a JSON object, found " + decoded.getNodeType().name().toLowerCase(Locale.ROOT)));
      return Optional.empty();
    }
    return Optional.of(decoded);
  }

  private static Problem invalid(String name, String source, Optional<Integer> line,
      String message) {
    return Problem.builder().file(source).line(line).objectId(name)
        .message("invalid " + ANNOTATIONS + ": " + message).build();
  }
}
