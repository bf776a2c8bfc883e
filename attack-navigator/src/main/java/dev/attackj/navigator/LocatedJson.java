package dev.attackj.navigator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.ImmutableProblem;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON tree with the line and column where each value starts, keyed by JSON Pointer, so that
 * problems found after parsing can still report where they are. Decimal numbers are kept as
 * {@link BigDecimal} with the scale they were written with.
 */
final class LocatedJson {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Map<String, int[]> locations;

  private LocatedJson(JsonNode root, Map<String, int[]> locations) {
    this.root = root;
    this.locations = locations;
  }

  /**
   * Parses one JSON document.
   *
   * @throws InvalidInputException if the bytes are not one well-formed JSON value
   */
  static LocatedJson parse(byte[] bytes, String source) {
    Map<String, int[]> locations = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      if (parser.nextToken() == null) {
        throw invalid(source, null, "layer file is empty");
      }
      JsonNode root = read(parser, "", locations, source);
      if (parser.nextToken() != null) {
        throw invalid(source, parser.currentTokenLocation(),
            "layer file has content after its JSON value");
      }
      return new LocatedJson(root, locations);
    } catch (JsonProcessingException e) {
      ImmutableProblem.Builder problem = Problem.builder().file(source)
          .line(positive(e.getLocation() == null ? 0 : e.getLocation().getLineNr()))
          .column(positive(e.getLocation() == null ? 0 : e.getLocation().getColumnNr()))
          .message("layer file is not valid JSON: " + e.getOriginalMessage());
      if (e.getProcessor() instanceof JsonParser) {
        String pointer = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer()
            .toString();
        problem.pointer(pointer);
      }
      throw new InvalidInputException(problem.build(), e);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.builder().file(source)
          .message("layer file cannot be read: " + e.getMessage()).build(), e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** The line and column of the value at a pointer, or of its nearest located parent. */
  Optional<int[]> location(String pointer) {
    for (String path = pointer; ; path = path.substring(0, path.lastIndexOf('/'))) {
      int[] location = locations.get(path);
      if (location != null) {
        return Optional.of(location);
      }
      if (path.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  /** Escapes a property name for a JSON Pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode read(JsonParser parser, String pointer, Map<String, int[]> locations,
      String source) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    locations.put(pointer, new int[] {start.getLineNr(), start.getColumnNr()});
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, read(parser, pointer + "/" + escape(name), locations, source));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser, pointer + "/" + index++, locations, source));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(decimal(parser, pointer, source));
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
      default:
        return NODES.nullNode();
    }
  }

  /**
   * Reads a decimal number, checking its size before it is normalised.
   *
   * @throws InvalidInputException if the number does not fit {@link Decimals#RULE}
   */
  private static BigDecimal decimal(JsonParser parser, String pointer, String source)
      throws IOException {
    BigDecimal decimal = new BigDecimal(parser.getText());
    if (!Decimals.fits(decimal)) {
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      String thing = name.isEmpty() || Character.isDigit(name.charAt(0)) ? "number" : name;
      JsonLocation start = parser.currentTokenLocation();
      throw new InvalidInputException(Problem.builder().file(source).pointer(pointer)
          .line(positive(start.getLineNr())).column(positive(start.getColumnNr()))
          .message(thing + " " + Decimals.RULE + ": " + parser.getText()).build());
    }
    return Decimals.normalize(decimal);
  }

  private static InvalidInputException invalid(
      String source, JsonLocation location, String message) {
    ImmutableProblem.Builder problem = Problem.builder().file(source).message(message);
    if (location != null) {
      problem.line(positive(location.getLineNr())).column(positive(location.getColumnNr()));
    }
    return new InvalidInputException(problem.build());
  }

  private static Optional<Integer> positive(int value) {
    return value > 0 ? Optional.of(value) : Optional.empty();
  }
}
