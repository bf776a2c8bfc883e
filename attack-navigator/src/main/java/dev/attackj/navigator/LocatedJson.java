package dev.attackj.navigator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.ImmutableProblem;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
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

  private static final JsonFactory DEFAULT_FACTORY = factory(ReadLimits.defaults());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The maximum length of a decimal number written out in full. It is Jackson's default limit
   * for reading numbers, so every layer the writer produces reads back.
   */
  static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * The maximum total length of the JSON Pointers kept for locating values. Past it, values are
   * located by their nearest located parent, so that long property names repeated in large
   * arrays cost neither quadratic time nor memory.
   */
  private static final long POINTER_BUDGET = 32L << 20;

  /** Pointers longer than this are not built: their values take their parent's location. */
  private static final int MAX_POINTER_LENGTH = 4096;

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
    return parse(bytes, source, ReadLimits.defaults());
  }

  /**
   * Parses one JSON document within limits.
   *
   * @throws InvalidInputException if the bytes are not one well-formed JSON value or exceed a
   *     limit
   */
  static LocatedJson parse(byte[] bytes, String source, ReadLimits limits) {
    JsonFactory factory = limits.equals(ReadLimits.defaults()) ? DEFAULT_FACTORY
        : factory(limits);
    Map<String, int[]> locations = new HashMap<>();
    try (JsonParser parser = factory.createParser(bytes)) {
      if (parser.nextToken() == null) {
        throw invalid(source, null, "layer file is empty");
      }
      JsonNode root = new TreeReader(parser, source, limits, locations).read("");
      if (parser.nextToken() != null) {
        throw invalid(source, parser.currentTokenLocation(),
            "layer file has content after its JSON value");
      }
      return new LocatedJson(root, locations);
    } catch (JsonProcessingException e) {
      String what = e instanceof StreamConstraintsException
          ? "limit exceeded: layer file " + e.getOriginalMessage()
              + "; raise it with ReadLimits.builder() and LayerReader.withLimits"
          : "layer file is not valid JSON: " + e.getOriginalMessage();
      ImmutableProblem.Builder problem = Problem.builder().file(source)
          .line(positive(e.getLocation() == null ? 0 : e.getLocation().getLineNr()))
          .column(positive(e.getLocation() == null ? 0 : e.getLocation().getColumnNr()))
          .message(what);
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

  private static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder().streamReadConstraints(limits.jsonConstraints()).build();
  }

  /** Builds the tree of one document and records where each value starts. */
  private static final class TreeReader {

    private final JsonParser parser;
    private final String source;
    private final ReadLimits limits;
    private final Map<String, int[]> locations;
    private long values;
    private long pointerCharacters;

    TreeReader(JsonParser parser, String source, ReadLimits limits,
        Map<String, int[]> locations) {
      this.parser = parser;
      this.source = source;
      this.limits = limits;
      this.locations = locations;
    }

    /** Reads the value at the current token; {@code pointer} is null once it is not kept. */
    JsonNode read(String pointer) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      if (++values > limits.maxObjects()) {
        throw ReadLimits.exceeded(source, "maxObjects", limits.maxObjects(),
            "the layer file has more than " + limits.maxObjects() + " JSON values");
      }
      if (pointer != null) {
        locations.put(pointer, new int[] {start.getLineNr(), start.getColumnNr()});
        pointerCharacters += pointer.length();
      }
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          ObjectNode object = NODES.objectNode();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, read(child(pointer, escape(name))));
          }
          return object;
        case START_ARRAY:
          ArrayNode array = NODES.arrayNode();
          int index = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(child(pointer, Integer.toString(index++))));
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
          return decimal(start, pointer);
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
        default:
          return NODES.nullNode();
      }
    }

    private String child(String parent, String step) {
      if (parent == null || pointerCharacters > POINTER_BUDGET
          || parent.length() + step.length() >= MAX_POINTER_LENGTH) {
        return null;
      }
      return parent + "/" + step;
    }

    /**
     * Reads a decimal number, checking its size before it is normalised.
     *
     * @throws InvalidInputException if the number does not fit {@link Decimals#RULE} or is
     *     longer written out than Jackson reads, so that a written layer reads back
     */
    private JsonNode decimal(JsonLocation start, String pointer) throws IOException {
      BigDecimal decimal = new BigDecimal(parser.getText());
      String rule = null;
      if (!Decimals.fits(decimal)) {
        rule = Decimals.RULE;
      } else if (decimal.toPlainString().length() > MAX_NUMBER_LENGTH) {
        rule = "must have at most " + MAX_NUMBER_LENGTH + " characters when written out";
      }
      if (rule != null) {
        String name = pointer == null ? "" : pointer.substring(pointer.lastIndexOf('/') + 1);
        String thing = name.isEmpty() || Character.isDigit(name.charAt(0)) ? "number" : name;
        ImmutableProblem.Builder problem = Problem.builder().file(source)
            .line(positive(start.getLineNr())).column(positive(start.getColumnNr()))
            .message(thing + " " + rule + ": " + parser.getText());
        if (pointer != null) {
          problem.pointer(pointer);
        }
        throw new InvalidInputException(problem.build());
      }
      return NODES.numberNode(Decimals.normalize(decimal));
    }
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
