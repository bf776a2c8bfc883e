package dev.attackj.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of one STIX object, read from the stream without building a tree: strings,
 * booleans, arrays of strings and arrays of flat string entries directly, other nested
 * structures as small trees. A value of an
 * unexpected kind is kept as a tree in {@link #rejected}, with its location, for the mapping
 * to report.
 */
final class ObjectFields {

  private final Object[] values = new Object[Property.values().length];
  final Map<String, JsonNode> unknown = new LinkedHashMap<>();
  final Map<Property, JsonLocation> rejected = new LinkedHashMap<>();

  /** Reads the object whose START_OBJECT is the parser's current token. */
  static ObjectFields read(JsonParser parser) throws IOException {
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
        case STRINGS -> token == JsonToken.START_ARRAY ? strings(parser) : null;
        case ENTRIES -> token == JsonToken.START_ARRAY ? entries(parser, property) : null;
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
  private static Object strings(JsonParser parser) throws IOException {
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
      strings.add(parser.getText());
    }
    return strings;
  }

  /**
   * Reads an array of entries, each into an array of strings by the property's entry keys. When
   * an entry has another shape (not an object, an unknown key, a value that is not a string, a
   * repeated key, a missing required key), it reads the whole array as a tree instead, and the
   * mapping reports what is wrong with it.
   */
  private static Object entries(JsonParser parser, Property property) throws IOException {
    List<String[]> entries = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        return entriesAsTree(parser, property, entries, Trees.read(parser));
      }
      String[] entry = new String[property.entryKeys.length];
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int slot = property.slotOf(key);
        if (parser.nextToken() != JsonToken.VALUE_STRING || slot < 0 || entry[slot] != null) {
          ObjectNode partial = entryTree(property, entry);
          partial.set(key, Trees.read(parser));
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            partial.set(name, Trees.read(parser));
          }
          return entriesAsTree(parser, property, entries, partial);
        }
        entry[slot] = parser.getText();
      }
      for (int i = 0; i < property.requiredKeys; i++) {
        if (entry[i] == null) {
          return entriesAsTree(parser, property, entries, entryTree(property, entry));
        }
      }
      entries.add(entry);
    }
    return entries;
  }

  /**
   * Builds the tree of the entries read so far, then {@code current}, then the rest of the array.
   * The parser ends on the array's last token.
   */
  private static ArrayNode entriesAsTree(JsonParser parser, Property property,
      List<String[]> read, JsonNode current) throws IOException {
    ArrayNode array = entriesTree(property, read);
    array.add(current);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(Trees.read(parser));
    }
    return array;
  }

  /** Converts entries read by {@link #entries} into a tree. */
  static ArrayNode entriesTree(Property property, List<String[]> entries) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(entries.size());
    entries.forEach(entry -> array.add(entryTree(property, entry)));
    return array;
  }

  private static ObjectNode entryTree(Property property, String[] entry) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < entry.length; i++) {
      if (entry[i] != null) {
        node.put(property.entryKeys[i], entry[i]);
      }
    }
    return node;
  }

  /**
   * Takes a property's value: a String, Boolean, List of String, List of String[] (entries) or
   * JsonNode; null when absent.
   */
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
        extra.put(property.jsonName, toTree(property, value));
      }
    }
    extra.putAll(unknown);
  }

  @SuppressWarnings("unchecked")
  static JsonNode toTree(Property property, Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (property.kind == Property.Kind.ENTRIES && value instanceof List) {
      return entriesTree(property, (List<String[]>) value);
    } else if (value instanceof JsonNode node) {
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
