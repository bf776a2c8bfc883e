package dev.attackj.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.ObjectType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff of small hand-written bundles, one kind of change at a time. */
class DifferTest {

  private static final String A = "00000000-0000-4000-8000-00000000000a";
  private static final String B = "00000000-0000-4000-8000-00000000000b";
  private static final String C = "00000000-0000-4000-8000-00000000000c";
  private static final String G = "00000000-0000-4000-8000-000000000001";

  @Test
  void between_techniqueRevokedThroughChain_becameSubtechnique() {
    KnowledgeBase older = Bundles.create()
        .technique(A, "T1001", "Old", "1.0", "execution", "")
        .load();
    KnowledgeBase newer = Bundles.create()
        .technique(A, "T1001", "Old", "1.0", "execution", "\"revoked\": true")
        .technique(B, "T1002", "Middle", "1.0", "execution", "\"revoked\": true")
        .technique(C, "T1003.001", "Now", "1.0", "execution", "")
        .relationship(G, "revoked-by", "attack-pattern--" + A, "attack-pattern--" + B)
        .relationship("00000000-0000-4000-8000-000000000002", "revoked-by",
            "attack-pattern--" + B, "attack-pattern--" + C)
        .load();

    ReleaseDiff diff = ReleaseDiff.between(older, newer);

    List<ObjectChange> became = diff.changes(ChangeKind.BECAME_SUBTECHNIQUE);
    assertEquals(1, became.size());
    assertEquals("T1001", became.get(0).object().label());
    assertEquals("T1003.001", became.get(0).replacement().orElseThrow().label());
    assertEquals("T1003.001", diff.changes(ChangeKind.REVOCATION).stream()
        .filter(c -> c.object().label().equals("T1001")).findFirst().orElseThrow()
        .replacement().orElseThrow().label());
  }

  @Test
  void between_versions_classifyMajorMinorAndUnversioned() {
    KnowledgeBase older = Bundles.create()
        .technique(A, "T1001", "One", "1.2", "execution", "")
        .technique(B, "T1002", "Two", "1.2", "execution", "")
        .technique(C, "T1003", "Three", "1.2", "execution", "")
        .load();
    KnowledgeBase newer = Bundles.create()
        .technique(A, "T1001", "One", "2.0", "execution", "")
        .technique(B, "T1002", "Two", "1.3", "execution", "")
        .technique(C, "T1003", "Three", "1.2", "execution", "\"description\": \"new text\"")
        .load();

    ReleaseDiff diff = ReleaseDiff.between(older, newer);

    assertEquals("T1001", diff.changes(ChangeKind.MAJOR_VERSION_CHANGE).get(0).object().label());
    assertEquals("T1002", diff.changes(ChangeKind.MINOR_VERSION_CHANGE).get(0).object().label());
    ObjectChange unversioned = diff.changes(ChangeKind.UNVERSIONED_CHANGE).get(0);
    assertEquals("T1003", unversioned.object().label());
    assertEquals(List.of("description"), unversioned.changedProperties());
    assertEquals(3, diff.changes().size());
  }

  @Test
  void between_renameAndTactics_reportBeforeAndAfter() {
    KnowledgeBase older = Bundles.create()
        .technique(A, "T1001", "Old name", "1.0", "execution", "")
        .load();
    KnowledgeBase newer = Bundles.create()
        .technique(A, "T1001", "New name", "1.0", "persistence", "")
        .load();

    ReleaseDiff diff = ReleaseDiff.between(older, newer);

    ObjectChange rename = diff.changes(ChangeKind.RENAME).get(0);
    assertEquals(List.of("Old name"), rename.before());
    assertEquals(List.of("New name"), rename.after());
    ObjectChange tactics = diff.changes(ChangeKind.TACTICS_CHANGE).get(0);
    assertEquals(List.of("execution"), tactics.before());
    assertEquals(List.of("persistence"), tactics.after());
  }

  @Test
  void between_additionDeprecationDeletion_areCounted() {
    KnowledgeBase older = Bundles.create()
        .technique(A, "T1001", "Kept", "1.0", "execution", "")
        .technique(B, "T1002", "Gone", "1.0", "execution", "")
        .load();
    KnowledgeBase newer = Bundles.create()
        .technique(A, "T1001", "Kept", "1.0", "execution", "\"x_mitre_deprecated\": true")
        .technique(C, "T1003", "New", "1.0", "execution", "")
        .load();

    ReleaseDiff diff = ReleaseDiff.between(older, newer);

    assertEquals(1, diff.count(ObjectType.TECHNIQUE, ChangeKind.ADDITION));
    assertEquals(1, diff.count(ObjectType.TECHNIQUE, ChangeKind.DEPRECATION));
    assertEquals(1, diff.count(ObjectType.TECHNIQUE, ChangeKind.DELETION));
    assertEquals("T1002", diff.changes(ChangeKind.DELETION).get(0).object().label());
  }

  @Test
  void between_groupStartsUsingTechnique_isRelationshipChange() {
    Bundles common = Bundles.create()
        .technique(A, "T1001", "Used", "1.0", "execution", "")
        .group(B, "G0001", "Group One");
    KnowledgeBase older = common.load();
    KnowledgeBase newer = common
        .relationship(C, "uses", "intrusion-set--" + B, "attack-pattern--" + A)
        .load();

    ReleaseDiff diff = ReleaseDiff.between(older, newer);

    List<RelationshipChange> changes = diff.relationshipChangesOf("t1001");
    assertEquals(1, changes.size());
    assertEquals(RelatedKind.GROUP, changes.get(0).relatedKind());
    assertEquals("G0001", changes.get(0).added().get(0).label());
    assertTrue(changes.get(0).removed().isEmpty());
  }

  @Test
  void between_differentDomains_isRejected() {
    KnowledgeBase enterprise = Bundles.create().tactic(A, "TA0001", "execution",
        "enterprise-attack").load();
    KnowledgeBase mobile = Bundles.create().tactic(B, "TA0041", "execution",
        "mobile-attack").load();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReleaseDiff.between(enterprise, mobile));

    assertTrue(e.getMessage().contains("different domains"), e.getMessage());
  }

  @Test
  void toMarkdown_nameWithSpecialCharacters_isEscaped() {
    KnowledgeBase older = Bundles.create().load();
    KnowledgeBase newer = Bundles.create()
        .technique(A, "T1001", "Pipes | and *stars* <b>", "1.0", "execution", "")
        .load();

    String markdown = ReleaseDiff.between(older, newer).toMarkdown();

    assertTrue(markdown.contains("- T1001 Pipes \\| and \\*stars\\* \\<b\\> (version 1.0)"),
        markdown);
  }
}
