package dev.attackj.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads one JSON value from a parser into a tree of Jackson nodes, without an ObjectMapper,
 * whose set-up costs a fifth of a second in a fresh JVM. Numbers keep their exact value:
 * integers as integer nodes of the smallest fitting size, fractions as decimals. Nesting is
 * bounded by the parser's own limit.
 */
final class Trees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Trees() {}

  /** A receiver of keys that appear twice in one object, whose later value is kept. */
  @FunctionalInterface
  interface DuplicateKeys {
    /** Receives a repeated key while the parser is at the first token of the later value. */
    void found(String key, JsonParser parser);
  }

  /**
   * Reads the value whose first token is the parser's current token, ending on its last token.
   * A key repeated in an object keeps its last value and is passed to {@code duplicates}.
   */
  static JsonNode read(JsonParser parser, DuplicateKeys duplicates) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> object(parser, duplicates);
      case START_ARRAY -> array(parser, duplicates);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("a JSON value cannot start with " + token);
    };
  }

  private static ObjectNode object(JsonParser parser, DuplicateKeys duplicates)
      throws IOException {
    ObjectNode node = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (node.has(name)) {
        duplicates.found(name, parser);
      }
      node.set(name, read(parser, duplicates));
    }
    return node;
  }

  private static ArrayNode array(JsonParser parser, DuplicateKeys duplicates)
      throws IOException {
    ArrayNode node = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      node.add(read(parser, duplicates));
    }
    return node;
  }

  /**
   * Returns the JSON Pointer of the key whose value the parser is at, from the document root.
   * At the start of an object or array value the parser has already entered that value's own
   * context, so the key is found in the parent context.
   */
  static String pointerOfKey(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    if (parser.currentToken().isStructStart()) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }
}
