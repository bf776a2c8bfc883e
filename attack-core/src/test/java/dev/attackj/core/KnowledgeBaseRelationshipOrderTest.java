package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The order of relationship lists: by the label of the object at the other end, relationships
 * to objects with equal labels in bundle order, and relationships to relationships last.
 */
class KnowledgeBaseRelationshipOrderTest {

  private static String technique(String letter, String attackId) {
    String references = attackId == null ? "[]"
        : "[{\"source_name\": \"mitre-attack\", \"external_id\": \"" + attackId + "\"}]";
    return "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--" + letter + "\", "
        + "\"name\": \"" + letter + "\", \"external_references\": " + references + "}";
  }

  private static String uses(String id, String source, String target) {
    return "{\"type\": \"relationship\", \"id\": \"relationship--" + id + "\", "
        + "\"relationship_type\": \"uses\", \"source_ref\": \"" + source + "\", "
        + "\"target_ref\": \"" + target + "\"}";
  }

  private static StixBundle bundle(List<String> objects) {
    String json = "{\"type\": \"bundle\", \"objects\": [" + String.join(",\n", objects) + "]}";
    return StixReader.lenient().read(json.getBytes(StandardCharsets.UTF_8), "order.json");
  }

  private static List<String> ids(List<Relationship> relationships) {
    return relationships.stream().map(Relationship::stixId).toList();
  }

  /**
   * Returns a group that uses techniques T2000, T1000 (twice, two objects with that id), one
   * without an ATT&CK id, a revoked one, and a relationship.
   */
  private static List<String> objects() {
    String group = "intrusion-set--g";
    return List.of(
        "{\"type\": \"intrusion-set\", \"id\": \"" + group + "\", \"name\": \"G\"}",
        uses("r0", group, "relationship--r1"),
        uses("r1", group, "attack-pattern--c"),
        uses("r2", group, "attack-pattern--a"),
        uses("r3", group, "attack-pattern--d"),
        uses("r4", group, "attack-pattern--b"),
        uses("r5", group, "attack-pattern--e"),
        uses("r6", group, "attack-pattern--c"),
        technique("a", "T2000"),
        technique("b", "T1000"),
        technique("c", "T1000"),
        technique("d", null),
        "{\"type\": \"attack-pattern\", \"id\": \"attack-pattern--e\", \"revoked\": true}");
  }

  @Test
  void relationshipsFrom_orderedByLabelThenBundleOrder() {
    KnowledgeBase kb = KnowledgeBase.of(bundle(objects()));

    List<String> from = ids(kb.relationshipsFrom("intrusion-set--g"));

    assertEquals(List.of("relationship--r1", "relationship--r4", "relationship--r6",
        "relationship--r2", "relationship--r3", "relationship--r0"), from);
  }

  @Test
  void relationshipsTo_relationshipSourcesLast() {
    List<String> objects = new ArrayList<>(objects());
    objects.add(uses("r7", "relationship--r2", "attack-pattern--a"));
    objects.add(uses("r8", "attack-pattern--d", "attack-pattern--a"));
    KnowledgeBase kb = KnowledgeBase.of(bundle(objects));

    List<String> to = ids(kb.relationshipsTo("attack-pattern--a"));

    assertEquals(List.of("relationship--r8", "relationship--r2", "relationship--r7"), to);
  }

  @Test
  void relationshipsFrom_sameOrderInEveryBuild() {
    StixBundle bundle = bundle(objects());
    List<String> expected = ids(KnowledgeBase.of(bundle).relationshipsFrom("intrusion-set--g"));

    List<List<String>> built = IntStream.range(0, 64).parallel()
        .mapToObj(i -> ids(KnowledgeBase.of(bundle).relationshipsFrom("intrusion-set--g")))
        .toList();

    built.forEach(order -> assertEquals(expected, order));
  }
}
