package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class StixReaderProperties {

  private static void readOrFailDocumented(byte[] bytes, StixReader reader) {
    try {
      StixBundle bundle = reader.read(bytes, "property.json");
      assertTrue(bundle.report().problems().stream()
          .allMatch(problem -> problem.file().equals("property.json")));
      KnowledgeBase.of(bundle).techniques();
    } catch (InvalidInputException e) {
      assertEquals("property.json", e.problem().file());
    }
  }

  @Provide
  Arbitrary<String> objects() {
    Arbitrary<String> type = Arbitraries.of("attack-pattern", "x-mitre-tactic", "relationship",
        "intrusion-set", "malware", "tool", "campaign", "course-of-action", "x-mitre-matrix",
        "x-mitre-data-component", "x-mitre-collection", "x-custom").map(JsonArbitraries::quote);
    Arbitrary<String> property = net.jqwik.api.Combinators.combine(JsonArbitraries.keys(),
        JsonArbitraries.values(3)).as((key, value) -> JsonArbitraries.quote(key) + ": " + value);
    return net.jqwik.api.Combinators.combine(type, property.list().ofMaxSize(8))
        .as((t, properties) -> "{\"type\": " + t + ", \"id\": \"x--1\""
            + properties.stream().map(p -> ", " + p).reduce("", String::concat) + "}");
  }

  @Property(tries = 300)
  void read_objectsOfAnyShape_loadOrFailDocumented(@ForAll("objects") String object) {
    String json = "{\"type\": \"bundle\", \"objects\": [" + object + "]}";

    readOrFailDocumented(json.getBytes(StandardCharsets.UTF_8), StixReader.lenient());
    readOrFailDocumented(json.getBytes(StandardCharsets.UTF_8), StixReader.strict());
  }

  @Property(tries = 300)
  void read_anyBytes_loadOrFailDocumented(@ForAll @Size(max = 600) byte[] bytes) {
    readOrFailDocumented(bytes, StixReader.lenient());
  }

  @Property(tries = 20)
  void read_nestingBeyondLimit_failsNamingLimit(@ForAll @IntRange(min = 101, max = 20_000)
      int depth) {
    String json = "{\"objects\": [{\"type\": \"tool\", \"id\": \"tool--1\", \"x\": "
        + "[".repeat(depth) + "]".repeat(depth) + "}]}";

    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> StixReader.lenient()
            .read(json.getBytes(StandardCharsets.UTF_8), "deep.json"));

    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
  }
}
