package dev.attackj.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A bundle read as plain JSON with Jackson, so that tests can compute expected results without
 * the library's reader and knowledge base.
 */
final class RawBundle {

  final Map<String, JsonNode> objects = new LinkedHashMap<>();

  private RawBundle() {}

  static RawBundle read(Path gzipFile) throws IOException {
    RawBundle bundle = new RawBundle();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipFile))) {
      for (JsonNode object : new ObjectMapper().readTree(in).get("objects")) {
        bundle.objects.put(object.get("id").asText(), object);
      }
    }
    return bundle;
  }

  /**
   * The object at the end of the revoked-by chain of an object, or a missing node when the
   * chain breaks or loops.
   */
  JsonNode replacementOf(JsonNode object) {
    JsonNode at = object;
    Set<String> seen = new HashSet<>();
    while (isRevoked(at)) {
      String id = at.get("id").asText();
      String next = null;
      for (JsonNode candidate : objects.values()) {
        if (type(candidate).equals("relationship")
            && candidate.get("relationship_type").asText().equals("revoked-by")
            && candidate.get("source_ref").asText().equals(id)) {
          next = candidate.get("target_ref").asText();
        }
      }
      if (next == null || !seen.add(next) || !objects.containsKey(next)) {
        return MissingNode.getInstance();
      }
      at = objects.get(next);
    }
    return at;
  }

  static boolean isRevoked(JsonNode object) {
    return object.path("revoked").asBoolean(false);
  }

  static boolean isDeprecated(JsonNode object) {
    return object.path("x_mitre_deprecated").asBoolean(false);
  }

  static boolean isActive(JsonNode object) {
    return !isRevoked(object) && !isDeprecated(object);
  }

  static String type(JsonNode object) {
    return object.get("type").asText();
  }

  /** The ATT&CK id from the mitre-attack external reference, or null. */
  static String attackId(JsonNode object) {
    for (JsonNode reference : object.path("external_references")) {
      if (reference.path("source_name").asText().startsWith("mitre")
          && reference.has("external_id")) {
        return reference.get("external_id").asText();
      }
    }
    return null;
  }

  static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  /**
   * The STIX ids of the active objects of a STIX type that have a live relationship of a type
   * to each active technique: the relationship and both ends neither revoked nor deprecated.
   */
  Map<String, Set<String>> sourcesByTarget(String relationshipType, Set<String> sourceTypes) {
    Map<String, Set<String>> sources = new HashMap<>();
    for (JsonNode object : objects.values()) {
      if (!type(object).equals("relationship") || !isActive(object)
          || !object.get("relationship_type").asText().equals(relationshipType)) {
        continue;
      }
      JsonNode source = objects.get(object.get("source_ref").asText());
      JsonNode target = objects.get(object.get("target_ref").asText());
      if (source != null && target != null && isActive(source) && isActive(target)
          && sourceTypes.contains(type(source)) && type(target).equals("attack-pattern")) {
        sources.computeIfAbsent(target.get("id").asText(), k -> new HashSet<>())
            .add(source.get("id").asText());
      }
    }
    return sources;
  }

  /**
   * The STIX ids of the active data components that each technique's active detection
   * strategies reach through their analytics' log source references.
   */
  Map<String, Set<String>> componentsThroughAnalytics() {
    Map<String, Set<String>> strategies = sourcesByTarget("detects",
        Set.of("x-mitre-detection-strategy"));
    Map<String, Set<String>> components = new HashMap<>();
    strategies.forEach((technique, strategyIds) -> {
      for (String strategyId : strategyIds) {
        for (JsonNode analyticRef : objects.get(strategyId).path("x_mitre_analytic_refs")) {
          JsonNode analytic = objects.get(analyticRef.asText());
          if (analytic == null || !isActive(analytic)) {
            continue;
          }
          for (JsonNode source : analytic.path("x_mitre_log_source_references")) {
            JsonNode component = objects.get(source.path("x_mitre_data_component_ref").asText());
            if (component != null && isActive(component)) {
              components.computeIfAbsent(technique, k -> new HashSet<>())
                  .add(component.get("id").asText());
            }
          }
        }
      }
    });
    return components;
  }
}
