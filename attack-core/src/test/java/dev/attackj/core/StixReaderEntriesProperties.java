package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * External references of any shape, checked against a model of the rules. Every entry is mapped
 * when all are readable, and otherwise the first unreadable one is reported at its index. The
 * property is kept as read whenever the mapped values do not hold all of it.
 */
class StixReaderEntriesProperties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> OPTIONAL = List.of("description", "url", "external_id");

  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> strings = Arbitraries.strings().ofMaxLength(6).map(JsonArbitraries::quote);
    return Arbitraries.frequencyOf(Tuple.of(12, strings),
        Tuple.of(1, Arbitraries.of("null", "7", "true", "[]", "{\"a\": [1]}", "[\"x\"]")));
  }

  @Provide
  Arbitrary<String> entries() {
    Arbitrary<String> key = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("source_name")),
        Tuple.of(6, Arbitraries.of(OPTIONAL)), Tuple.of(1, Arbitraries.of("hashes", "", "u/rl")));
    Arbitrary<String> entry = Arbitraries.maps(key, values()).ofMaxSize(5)
        .map(map -> map.entrySet().stream()
            .map(e -> JsonArbitraries.quote(e.getKey()) + ": " + e.getValue())
            .collect(Collectors.joining(", ", "{", "}")));
    Arbitrary<String> other = Arbitraries.of("null", "1", "\"s\"", "[]", "[{}]");
    return Arbitraries.frequencyOf(Tuple.of(30, entry), Tuple.of(1, other)).list().ofMaxSize(6)
        .map(list -> list.stream().collect(Collectors.joining(", ", "[", "]")));
  }

  /** Returns the index of the first entry that cannot be mapped, or -1 when all can. */
  private static int firstUnreadable(JsonNode array) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode entry = array.get(i);
      if (!entry.isObject() || !entry.path("source_name").isTextual()) {
        return i;
      }
      for (String key : OPTIONAL) {
        JsonNode value = entry.get(key);
        if (value != null && !value.isNull() && !value.isTextual()) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Returns whether every entry has only known keys with string values. */
  private static boolean flat(JsonNode array) {
    for (JsonNode entry : array) {
      for (Map.Entry<String, JsonNode> field : entry.properties()) {
        boolean known = field.getKey().equals("source_name") || OPTIONAL.contains(field.getKey());
        if (!known || !field.getValue().isTextual()) {
          return false;
        }
      }
    }
    return true;
  }

  private static Optional<String> text(JsonNode entry, String key) {
    JsonNode value = entry.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.textValue());
  }

  @Property(tries = 400)
  void read_externalReferences_matchModel(@ForAll("entries") String value) throws IOException {
    JsonNode raw = JSON.readTree(value);
    String json = "{\"type\": \"bundle\", \"objects\": [\n{\"type\": \"malware\", "
        + "\"id\": \"malware--1\", \"external_references\": " + value + "}]}";

    StixBundle bundle = StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "p.json");

    AttackObject object = bundle.objects().get(0);
    List<Problem> problems = bundle.report().problems();
    JsonNode kept = object.extraProperties().get("external_references");
    int unreadable = firstUnreadable(raw);
    if (unreadable >= 0) {
      assertEquals(1, problems.size(), problems.toString());
      assertEquals("/objects/0/external_references/" + unreadable,
          problems.get(0).pointer().orElseThrow());
      assertEquals(2, problems.get(0).line().orElseThrow());
      assertEquals(List.of(), object.externalReferences());
      assertEquals(raw, kept);
      return;
    }
    List<ExternalReference> expected = new ArrayList<>();
    for (JsonNode entry : raw) {
      expected.add(ExternalReference.builder().sourceName(entry.get("source_name").textValue())
          .description(text(entry, "description")).url(text(entry, "url"))
          .externalId(text(entry, "external_id")).build());
    }
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(expected, object.externalReferences());
    if (flat(raw)) {
      assertFalse(object.extraProperties().containsKey("external_references"));
    } else {
      assertEquals(raw, kept);
    }
  }
}
