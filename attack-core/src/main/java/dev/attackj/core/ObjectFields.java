package dev.attackj.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
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
 * structures as small trees. A value of an unexpected kind is kept as a tree, with its location,
 * for the mapping to report.
 */
final class ObjectFields {

  private final Object[] values = new Object[Property.ALL.size()];
  /** Properties the model does not name, by name, or null until there is one. */
  private Map<String, JsonNode> unknown;
  /** The start location of each value of an unexpected kind, or null until there is one. */
  private Map<Property, JsonLocation> rejected;
  /** Keys that appeared twice in one JSON object of this object, or null until there is one. */
  private List<Duplicate> repeatedKeys;

  /**
   * A key that appeared twice in one JSON object, whose earlier value the later one replaced.
   *
   * @param pointer the JSON Pointer of the key, from the document root
   * @param key the key as read
   * @param location where the later value starts
   */
  record Duplicate(String pointer, String key, JsonLocation location) {}

  /** Reads the object whose START_OBJECT is the parser's current token. */
  static ObjectFields read(JsonParser parser) throws IOException {
    ObjectFields fields = new ObjectFields();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      Property property = Property.named(name);
      if (property == null) {
        if (fields.unknown == null) {
          fields.unknown = new LinkedHashMap<>();
        }
        if (fields.unknown.containsKey(name)) {
          fields.duplicate(name, parser);
        }
        fields.unknown.put(name, Trees.read(parser, fields::duplicate));
        continue;
      }
      if (fields.values[property.ordinal()] != null) {
        fields.duplicate(name, parser);
      }
      Object value = switch (property.kind) {
        case STRING -> token == JsonToken.VALUE_STRING ? parser.getText() : null;
        case BOOLEAN -> token.isBoolean() ? Boolean.valueOf(token == JsonToken.VALUE_TRUE) : null;
        case STRINGS -> token == JsonToken.START_ARRAY ? fields.strings(parser, property) : null;
        case ENTRIES -> token == JsonToken.START_ARRAY ? fields.entries(parser, property) : null;
        case TREE -> Trees.read(parser, fields::duplicate);
      };
      if (value == null) {
        fields.reject(property, parser.currentTokenLocation());
        value = Trees.read(parser, fields::duplicate);
      }
      fields.values[property.ordinal()] = value;
    }
    return fields;
  }

  /** Notes a repeated key, whose later value starts at the parser's current token. */
  private void duplicate(String key, JsonParser parser) {
    if (repeatedKeys == null) {
      repeatedKeys = new ArrayList<>(1);
    }
    repeatedKeys.add(
        new Duplicate(Trees.pointerOfKey(parser), key, parser.currentTokenLocation()));
  }

  /** Returns the keys that appeared twice, in the order read. */
  List<Duplicate> duplicates() {
    return repeatedKeys == null ? List.of() : repeatedKeys;
  }

  private void reject(Property property, JsonLocation location) {
    if (rejected == null) {
      rejected = new LinkedHashMap<>();
    }
    rejected.put(property, location);
  }

  /**
   * Notes the start of the array being read as the place of a rejected value. The parser is
   * inside the array, or inside an object in it, possibly at the start of a nested value, whose
   * own context the parser has already entered.
   */
  private void rejectArray(JsonParser parser, Property property) {
    JsonStreamContext context = parser.getParsingContext();
    if (parser.currentToken().isStructStart()) {
      context = context.getParent();
    }
    if (!context.inArray()) {
      context = context.getParent();
    }
    reject(property, context.startLocation(parser.currentTokenLocation().contentReference()));
  }

  /** Returns where a value of an unexpected kind starts, or {@code otherwise}. */
  JsonLocation rejectedAt(Property property, JsonLocation otherwise) {
    return rejected == null ? otherwise : rejected.getOrDefault(property, otherwise);
  }

  /** An array of strings, or the whole array as a tree when an element is something else. */
  private Object strings(JsonParser parser, Property property) throws IOException {
    List<String> strings = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        rejectArray(parser, property);
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        strings.forEach(array::add);
        for (; t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(Trees.read(parser, this::duplicate));
        }
        return array;
      }
      strings.add(parser.getText());
    }
    return strings;
  }

  /**
   * Reads an array of entries, each into an array of strings by the property's entry keys. An
   * entry of another shape makes it read the whole array as a tree instead, for the mapping to
   * report: not an object, an unknown key, a value that is not a string, a repeated key or a
   * missing required key.
   */
  private Object entries(JsonParser parser, Property property) throws IOException {
    List<String[]> entries = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        rejectArray(parser, property);
        return entriesAsTree(parser, property, entries, Trees.read(parser, this::duplicate));
      }
      String[] entry = new String[property.entryKeys.length];
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int slot = property.slotOf(key);
        if (parser.nextToken() != JsonToken.VALUE_STRING || slot < 0 || entry[slot] != null) {
          rejectArray(parser, property);
          ObjectNode partial = entryTree(property, entry);
          for (String name = key; name != null; name = nextKey(parser)) {
            if (partial.has(name)) {
              duplicate(name, parser);
            }
            partial.set(name, Trees.read(parser, this::duplicate));
          }
          return entriesAsTree(parser, property, entries, partial);
        }
        entry[slot] = parser.getText();
      }
      for (int i = 0; i < property.requiredKeys; i++) {
        if (entry[i] == null) {
          rejectArray(parser, property);
          return entriesAsTree(parser, property, entries, entryTree(property, entry));
        }
      }
      entries.add(entry);
    }
    return entries;
  }

  /** Moves to the value of the next key of an object and returns the key, or null at its end. */
  private static String nextKey(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = parser.currentName();
    parser.nextToken();
    return name;
  }

  /**
   * Builds the tree of the entries read so far, then {@code current}, then the rest of the array.
   * The parser ends on the array's last token.
   */
  private ArrayNode entriesAsTree(JsonParser parser, Property property, List<String[]> read,
      JsonNode current) throws IOException {
    ArrayNode array = entriesTree(property, read);
    array.add(current);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(Trees.read(parser, this::duplicate));
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
    for (Property property : Property.ALL) {
      Object value = values[property.ordinal()];
      if (value != null) {
        extra.put(property.jsonName, toTree(property, value));
      }
    }
    if (unknown != null) {
      extra.putAll(unknown);
    }
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
