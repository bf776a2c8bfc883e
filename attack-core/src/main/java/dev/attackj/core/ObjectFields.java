package dev.attackj.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of one STIX object, read from the stream without building a tree: strings,
 * booleans and arrays of strings directly, nested structures as small trees. A value of an
 * unexpected kind is kept as a tree in {@link #rejected}, with its location, for the mapping
 * to report.
 */
final class ObjectFields {

  private final Object[] values = new Object[Property.values().length];
  final Map<String, JsonNode> unknown = new LinkedHashMap<>();
  final Map<Property, JsonLocation> rejected = new LinkedHashMap<>();

  /** Reads the object whose START_OBJECT is the parser's current token. */
  static ObjectFields read(JsonParser parser, BundleParser bundle)
      throws IOException {
    ObjectFields fields = new ObjectFields();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      Property property = Property.named(name);
      if (property == null) {
        fields.unknown.put(name, Trees.read(parser));
        continue;
      }
      JsonLocation location = parser.currentTokenLocation();
      Object value = switch (property.kind) {
        case STRING -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        case BOOLEAN -> token.isBoolean() ? Boolean.valueOf(token == JsonToken.VALUE_TRUE) : null;
        case STRINGS -> token == JsonToken.START_ARRAY ? strings(parser, bundle) : null;
        case TREE -> Trees.read(parser);
      };
      if (value == null) {
        value = Trees.read(parser);
        fields.rejected.put(property, location);
      } else if (value instanceof ArrayNode) {
        fields.rejected.put(property, location);
      }
      fields.values[property.ordinal()] = value;
    }
    return fields;
  }

  /** An array of strings, or the whole array as a tree when an element is something else. */
  private static Object strings(JsonParser parser, BundleParser bundle)
      throws IOException {
    List<String> strings = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        strings.forEach(array::add);
        for (; t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(Trees.read(parser));
        }
        return array;
      }
      strings.add(bundle.share(parser.getText()));
    }
    return strings;
  }

  /** Takes a property's value: a String, Boolean, List of String or JsonNode; null when absent. */
  Object take(Property property) {
    Object value = values[property.ordinal()];
    values[property.ordinal()] = null;
    return value;
  }

  /** The properties no mapping took, as trees, for the object's extra properties. */
  void remainingInto(Map<String, JsonNode> extra) {
    for (Property property : Property.values()) {
      Object value = values[property.ordinal()];
      if (value != null) {
        extra.put(property.jsonName, toTree(value));
      }
    }
    extra.putAll(unknown);
  }

  static JsonNode toTree(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof JsonNode node) {
      return node;
    } else if (value instanceof String text) {
      return nodes.textNode(text);
    } else if (value instanceof Boolean flag) {
      return nodes.booleanNode(flag);
    }
    ArrayNode array = nodes.arrayNode();
    ((List<?>) value).forEach(element -> array.add((String) element));
    return array;
  }
}
