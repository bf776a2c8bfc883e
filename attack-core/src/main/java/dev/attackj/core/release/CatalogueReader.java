package dev.attackj.core.release;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a catalogue file: a JSON object whose {@code releases} array lists entries with
 * {@code domain}, {@code version}, {@code stix} ({@code 2.0} or {@code 2.1}), {@code sha256}
 * and an optional {@code url}, which defaults to the official location of the release.
 */
final class CatalogueReader {

  private static final Set<String> ENTRY_KEYS =
      Set.of("domain", "version", "stix", "url", "sha256");

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(ReadLimits.defaults().jsonConstraints()).build());

  private CatalogueReader() {}

  /**
   * Reads the entries of a catalogue.
   *
   * @param source the file name used in problems
   * @throws InvalidInputException if the JSON is malformed or an entry is invalid
   */
  static List<Release> read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(ReadLimits.defaults().open(in, source));
    } catch (StreamConstraintsException e) {
      throw invalid(source, "", "limit exceeded: catalogue " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw invalid(source, "", "catalogue is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (CharConversionException e) {
      throw invalid(source, "", "catalogue is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("releases").isArray()) {
      throw invalid(source, "", "catalogue must be a JSON object with a \"releases\" array", null);
    }
    List<Release> releases = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    JsonNode entries = root.get("releases");
    for (int i = 0; i < entries.size(); i++) {
      String pointer = "/releases/" + i;
      Release release = entry(entries.get(i), source, pointer);
      if (!keys.add(ReleaseCatalogue.key(release))) {
        throw invalid(source, pointer, "catalogue lists " + release + " twice", null);
      }
      releases.add(release);
    }
    return releases;
  }

  private static Release entry(JsonNode node, String source, String pointer) {
    if (!node.isObject()) {
      throw invalid(source, pointer, "catalogue entry must be a JSON object", null);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ENTRY_KEYS.contains(name)) {
        throw invalid(source, pointer + "/" + name, "unknown property \"" + name
            + "\" in catalogue entry; expected one of " + ENTRY_KEYS, null);
      }
    }
    String domain = Release.normalizeDomain(text(node, "domain", source, pointer));
    String version = text(node, "version", source, pointer);
    String sha256 = text(node, "sha256", source, pointer);
    StixVersion stix;
    try {
      stix = StixVersion.parse(text(node, "stix", source, pointer));
    } catch (IllegalArgumentException e) {
      throw invalid(source, pointer + "/stix", e.getMessage(), e);
    }
    try {
      URI url = node.has("url")
          ? new URI(text(node, "url", source, pointer))
          : Release.officialUrl(domain, version, stix);
      return Release.builder()
          .domain(domain)
          .version(version)
          .stixVersion(stix)
          .url(url)
          .sha256(sha256)
          .build();
    } catch (URISyntaxException e) {
      throw invalid(source, pointer + "/url", "catalogue entry has an invalid URL: "
          + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw invalid(source, pointer, e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String name, String source, String pointer) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw invalid(source, pointer + "/" + name,
          "catalogue entry must have \"" + name + "\" as a non-empty string", null);
    }
    return value.asText().trim();
  }

  private static InvalidInputException invalid(
      String source, String pointer, String message, Throwable cause) {
    Problem problem = Problem.builder()
        .file(source)
        .pointer(pointer.isEmpty() ? Optional.empty() : Optional.of(pointer))
        .message(message)
        .build();
    return cause == null
        ? new InvalidInputException(problem)
        : new InvalidInputException(problem, cause);
  }
}
