package dev.attackj.gap.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;

/**
 * The JSON and YAML form of the values of threat profiles, gap analyses, rankings and plans:
 * properties in declared order, indented output, and YAML without the document start marker
 * that quotes strings only where needed, and always those that look like numbers ({@code "18.1"}).
 */
public final class Mappers {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build())
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Mappers() {}

  /** Returns a copy of the JSON mapper, to read values back or to change settings. */
  public static ObjectMapper json() {
    return JSON.copy();
  }

  /** Returns a copy of the YAML mapper. */
  public static ObjectMapper yaml() {
    return YAML.copy();
  }

  /** Writes a value as indented JSON. */
  public static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("failed to write " + value + " as JSON", e);
    }
  }

  /** Writes a value as YAML. */
  public static String toYaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("failed to write " + value + " as YAML", e);
    }
  }
}
