package dev.attackj.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.ObjectType;
import dev.attackj.core.TestData;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diff of Enterprise 15.1 and 18.1, checked against answers computed from the raw bundles
 * with plain Jackson.
 */
class ReleaseDiffTest {

  private static final Set<String> NOT_COMPARED = Set.of("relationship", "x-mitre-collection",
      "identity", "marking-definition");

  private static RawBundle oldRaw;
  private static RawBundle newRaw;
  private static ReleaseDiff diff;

  @BeforeAll
  static void load() throws Exception {
    oldRaw = RawBundle.read(TestData.enterprise("15.1"));
    newRaw = RawBundle.read(TestData.enterprise("18.1"));
    diff = ReleaseDiff.between(KnowledgeBase.load(TestData.enterprise("15.1")),
        KnowledgeBase.load(TestData.enterprise("18.1")));
  }

  @Test
  void between_enterprise15To18_countsEveryKindAsRawBundles() {
    Map<String, Map<ChangeKind, Integer>> expected = expectedCounts();

    Map<String, Map<ChangeKind, Integer>> actual = new TreeMap<>();
    diff.counts().forEach((type, counts) -> actual.put(type.stixType(), counts));

    assertEquals(expected, actual);
  }

  @Test
  void between_enterprise15To18_findsKnownChanges() {
    ObjectChange revocation = diff.changes(ObjectType.TECHNIQUE, ChangeKind.REVOCATION).get(0);

    assertEquals(1, diff.changes(ObjectType.TECHNIQUE, ChangeKind.REVOCATION).size());
    assertEquals("T1574.002", revocation.object().label());
    assertEquals("T1574.001", revocation.replacement().orElseThrow().label());
    assertEquals(55, diff.count(ObjectType.TECHNIQUE, ChangeKind.ADDITION));
    assertEquals(Set.of("15.1", "18.1"),
        Set.of(diff.oldRelease().orElseThrow(), diff.newRelease().orElseThrow()));
  }

  @Test
  void between_enterprise15To18_relationshipChangesMatchRawBundles() {
    for (RelatedKind kind : RelatedKind.values()) {
      Map<String, Set<String>> before = related(oldRaw, kind);
      Map<String, Set<String>> after = related(newRaw, kind);
      int[] expected = addedAndRemoved(before, after);

      int added = 0;
      int removed = 0;
      for (RelationshipChange change : diff.relationshipChanges()) {
        if (change.relatedKind() == kind) {
          added += change.added().size();
          removed += change.removed().size();
        }
      }

      assertEquals(expected[0], added, kind + " added");
      assertEquals(expected[1], removed, kind + " removed");
    }
  }

  @Test
  void toJson_summaryMatchesCounts() {
    ObjectNode json = diff.toJson();

    JsonNode techniques = json.get("summary").get("attack-pattern");
    assertEquals(diff.count(ObjectType.TECHNIQUE, ChangeKind.ADDITION),
        techniques.get("addition").asInt());
    assertEquals(diff.changes().size(), json.get("changes").size());
    assertEquals(diff.relationshipChanges().size(), json.get("relationshipChanges").size());
    assertEquals("18.1", json.get("newRelease").asText());
  }

  @Test
  void toMarkdown_listsSummaryAndSections() {
    String markdown = diff.toMarkdown();

    assertTrue(markdown.startsWith("# ATT&CK changes from 15.1 to 18.1\n"), markdown);
    assertTrue(markdown.contains("## Summary"));
    assertTrue(markdown.contains("| Techniques | 55 |"));
    assertTrue(markdown.contains("- T1574.002 DLL Side-Loading, replaced by T1574.001"));
    assertTrue(markdown.contains("## Relationship changes of techniques"));
  }

  /** The expected counts by STIX type and kind of change, from the raw bundles. */
  private static Map<String, Map<ChangeKind, Integer>> expectedCounts() {
    Map<String, Map<ChangeKind, Integer>> counts = new TreeMap<>();
    for (JsonNode current : newRaw.objects.values()) {
      if (NOT_COMPARED.contains(RawBundle.type(current))) {
        continue;
      }
      JsonNode previous = oldRaw.objects.get(current.get("id").asText());
      for (ChangeKind kind : expectedKinds(previous, current)) {
        counts.computeIfAbsent(RawBundle.type(current), t -> new EnumMap<>(ChangeKind.class))
            .merge(kind, 1, Integer::sum);
      }
    }
    for (JsonNode previous : oldRaw.objects.values()) {
      if (!NOT_COMPARED.contains(RawBundle.type(previous))
          && !newRaw.objects.containsKey(previous.get("id").asText())) {
        counts.computeIfAbsent(RawBundle.type(previous), t -> new EnumMap<>(ChangeKind.class))
            .merge(ChangeKind.DELETION, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static Set<ChangeKind> expectedKinds(JsonNode previous, JsonNode current) {
    Set<ChangeKind> kinds = new HashSet<>();
    boolean wasRevoked = previous != null && RawBundle.isRevoked(previous);
    boolean wasDeprecated = previous != null && RawBundle.isDeprecated(previous);
    if (RawBundle.isRevoked(current)) {
      if (!wasRevoked) {
        kinds.add(ChangeKind.REVOCATION);
        if (previous != null && RawBundle.type(previous).equals("attack-pattern")
            && !previous.path("x_mitre_is_subtechnique").asBoolean()
            && newRaw.replacementOf(current).path("x_mitre_is_subtechnique").asBoolean()) {
          kinds.add(ChangeKind.BECAME_SUBTECHNIQUE);
        }
      }
      return kinds;
    }
    if (RawBundle.isDeprecated(current)) {
      if (!wasDeprecated) {
        kinds.add(ChangeKind.DEPRECATION);
      }
      return kinds;
    }
    if (previous == null) {
      kinds.add(ChangeKind.ADDITION);
      return kinds;
    }
    String oldVersion = previous.path("x_mitre_version").asText();
    String newVersion = current.path("x_mitre_version").asText();
    if (!oldVersion.equals(newVersion)) {
      kinds.add(oldVersion.split("\\.")[0].equals(newVersion.split("\\.")[0])
          ? ChangeKind.MINOR_VERSION_CHANGE : ChangeKind.MAJOR_VERSION_CHANGE);
    } else if (!previous.equals(current)) {
      kinds.add(ChangeKind.UNVERSIONED_CHANGE);
    }
    if (!Objects.equals(previous.path("name").asText(), current.path("name").asText())) {
      kinds.add(ChangeKind.RENAME);
    }
    if (RawBundle.type(current).equals("attack-pattern")) {
      if (!phases(previous).equals(phases(current))) {
        kinds.add(ChangeKind.TACTICS_CHANGE);
      }
      if (!RawBundle.strings(previous.path("x_mitre_platforms"))
          .equals(RawBundle.strings(current.path("x_mitre_platforms")))) {
        kinds.add(ChangeKind.PLATFORMS_CHANGE);
      }
      if (!previous.path("x_mitre_is_subtechnique").asBoolean()
          && current.path("x_mitre_is_subtechnique").asBoolean()) {
        kinds.add(ChangeKind.BECAME_SUBTECHNIQUE);
      }
    }
    return kinds;
  }

  private static Set<String> phases(JsonNode technique) {
    Set<String> phases = new HashSet<>();
    technique.path("kill_chain_phases").forEach(p -> phases.add(p.get("phase_name").asText()));
    return phases;
  }

  private static Map<String, Set<String>> related(RawBundle bundle, RelatedKind kind) {
    return switch (kind) {
      case GROUP -> bundle.sourcesByTarget("uses", Set.of("intrusion-set"));
      case SOFTWARE -> bundle.sourcesByTarget("uses", Set.of("malware", "tool"));
      case CAMPAIGN -> bundle.sourcesByTarget("uses", Set.of("campaign"));
      case MITIGATION -> bundle.sourcesByTarget("mitigates", Set.of("course-of-action"));
      case DETECTION_STRATEGY -> bundle.sourcesByTarget("detects",
          Set.of("x-mitre-detection-strategy"));
      case DATA_COMPONENT -> union(
          bundle.sourcesByTarget("detects", Set.of("x-mitre-data-component")),
          bundle.componentsThroughAnalytics());
    };
  }

  private static Map<String, Set<String>> union(Map<String, Set<String>> first,
      Map<String, Set<String>> second) {
    Map<String, Set<String>> union = new HashMap<>();
    first.forEach((k, v) -> union.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    second.forEach((k, v) -> union.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
    return union;
  }

  /**
   * The number of related objects added and removed over the techniques that are in both
   * bundles and active in the newer one.
   */
  private static int[] addedAndRemoved(Map<String, Set<String>> before,
      Map<String, Set<String>> after) {
    int added = 0;
    int removed = 0;
    for (JsonNode current : newRaw.objects.values()) {
      String id = current.get("id").asText();
      if (!RawBundle.type(current).equals("attack-pattern") || !RawBundle.isActive(current)
          || !oldRaw.objects.containsKey(id)) {
        continue;
      }
      Set<String> old = before.getOrDefault(id, Set.of());
      Set<String> now = after.getOrDefault(id, Set.of());
      added += (int) now.stream().filter(s -> !old.contains(s)).count();
      removed += (int) old.stream().filter(s -> !now.contains(s)).count();
    }
    return new int[] {added, removed};
  }
}
