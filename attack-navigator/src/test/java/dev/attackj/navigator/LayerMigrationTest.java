package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import dev.attackj.core.diff.MigrationNote;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ATT&CKcon 2018 sample layers (ATT&CK v3, layer format 3.0) migrated to Enterprise 18.1,
 * checked against the revocations read from the raw 18.1 bundle with plain Jackson.
 */
class LayerMigrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static LayerMigration migration;
  /** Technique ATT&CK ids of 18.1 to their STIX objects. */
  private static final Map<String, JsonNode> techniques = new HashMap<>();
  /** STIX ids of 18.1 objects to the STIX id of the object that revokes them. */
  private static final Map<String, String> revokedBy = new HashMap<>();
  private static final Map<String, JsonNode> byStixId = new HashMap<>();

  @BeforeAll
  static void load() throws Exception {
    Path bundle = TestData.enterprise("18.1");
    migration = LayerMigration.to(KnowledgeBase.load(bundle));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(bundle))) {
      for (JsonNode object : JSON.readTree(in).get("objects")) {
        byStixId.put(object.get("id").asText(), object);
        String type = object.get("type").asText();
        if (type.equals("attack-pattern")) {
          techniques.put(object.path("external_references").get(0).get("external_id").asText(),
              object);
        } else if (type.equals("relationship")
            && object.get("relationship_type").asText().equals("revoked-by")) {
          revokedBy.put(object.get("source_ref").asText(), object.get("target_ref").asText());
        }
      }
    }
  }

  @Test
  void migrate_attackcon2018_mapsOrReportsEveryRevokedTechnique() throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(TestData.file("navigator/ATTACKcon 2018"))) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(5, files.size());
    int revokedEntries = 0;

    for (Path file : files) {
      Layer layer = LayerReader.lenient().read(file).layer();
      MigratedLayer migrated = migration.migrate(layer);

      Set<String> migratedIds = new HashSet<>();
      migrated.layer().techniques().forEach(e -> migratedIds.add(e.techniqueId()));
      for (JsonNode entry : JSON.readTree(file.toFile()).get("techniques")) {
        String id = entry.get("techniqueID").asText();
        JsonNode technique = techniques.get(id);
        if (technique == null) {
          assertTrue(noted(migrated, id, MigrationNote.Action.NOT_FOUND), file + " " + id);
          assertTrue(migratedIds.contains(id), file + " keeps unknown " + id);
        } else if (technique.path("revoked").asBoolean()) {
          revokedEntries++;
          Optional<String> replacement = replacementOf(technique);
          if (replacement.isPresent()) {
            assertTrue(migratedIds.contains(replacement.get()), file + " " + id + " -> "
                + replacement.get());
            assertTrue(noted(migrated, id, MigrationNote.Action.REPLACED), file + " " + id);
          } else {
            assertTrue(noted(migrated, id, MigrationNote.Action.REVOKED_WITHOUT_REPLACEMENT),
                file + " " + id);
          }
        } else {
          assertTrue(migratedIds.contains(id), file + " keeps " + id);
        }
      }
      for (String id : migratedIds) {
        JsonNode technique = techniques.get(id);
        boolean revoked = technique != null && technique.path("revoked").asBoolean();
        assertFalse(revoked && !noted(migrated, id,
            MigrationNote.Action.REVOKED_WITHOUT_REPLACEMENT), file + " still names " + id);
      }
      assertEquals(Optional.of("18"), migrated.layer().versions().attack());
    }

    assertTrue(revokedEntries > 0, "the sample layers name revoked techniques");
  }

  @Test
  void migrate_collidingEntries_mergeByRule() {
    Layer layer = Layer.builder().name("merge").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1086").tactic("execution")
            .score(BigDecimal.valueOf(2)).comment("old PowerShell").build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1059.001").tactic("execution")
            .score(BigDecimal.valueOf(3)).color("#ff0000").comment("PowerShell").build())
        .build();

    MigratedLayer migrated = migration.migrate(layer);

    assertEquals(1, migrated.layer().techniques().size());
    TechniqueEntry merged = migrated.layer().techniques().get(0);
    assertEquals("T1059.001", merged.techniqueId());
    assertEquals(BigDecimal.valueOf(3), merged.score().orElseThrow());
    assertEquals("#ff0000", merged.color());
    assertEquals("old PowerShell\n\nPowerShell", merged.comment());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.MERGED).size());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.REPLACED).size());
  }

  @Test
  void migrate_tacticNoLongerApplies_movesEntry() {
    Layer layer = Layer.builder().name("tactics").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1155").tactic("lateral-movement")
            .score(BigDecimal.ONE).build())
        .build();

    MigratedLayer migrated = migration.migrate(layer);

    TechniqueEntry entry = migrated.layer().techniques().get(0);
    assertEquals("T1059.002", entry.techniqueId());
    assertEquals(Optional.of("execution"), entry.tactic());
    assertEquals(1, migrated.report().notes(MigrationNote.Action.TACTIC_CHANGED).size());
  }

  @Test
  void migrate_notes_nameCellsInWords() {
    Layer layer = Layer.builder().name("cells").domain("enterprise-attack")
        .addTechnique(TechniqueEntry.builder().techniqueId("T1155").tactic("lateral-movement")
            .build())
        .addTechnique(TechniqueEntry.builder().techniqueId("T1086").build())
        .build();

    MigratedLayer migrated = migration.migrate(layer);

    List<String> subjects = migrated.report().notes().stream().map(MigrationNote::subject)
        .toList();
    assertTrue(subjects.contains("T1155 in lateral-movement"), subjects.toString());
    assertTrue(subjects.contains("T1086 (all tactics)"), subjects.toString());
    assertTrue(subjects.stream().noneMatch(subject -> subject.contains("^")), subjects.toString());
  }

  @Test
  void migrate_otherDomain_isRejected() {
    Layer layer = Layer.of("mobile", "mobile-attack");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> migration.migrate(layer));

    assertTrue(e.getMessage().contains("domain mobile-attack"), e.getMessage());
  }

  private static boolean noted(MigratedLayer migrated, String oldId, MigrationNote.Action action) {
    return migrated.report().notes(action).stream()
        .anyMatch(n -> n.oldId().map(oldId::equals).orElse(false));
  }

  /** The ATT&CK id at the end of the revoked-by chain, when it is a technique. */
  private static Optional<String> replacementOf(JsonNode technique) {
    JsonNode at = technique;
    Set<String> seen = new HashSet<>();
    while (at.path("revoked").asBoolean()) {
      String next = revokedBy.get(at.get("id").asText());
      if (next == null || !seen.add(next) || !byStixId.containsKey(next)) {
        return Optional.empty();
      }
      at = byStixId.get(next);
    }
    return at.get("type").asText().equals("attack-pattern")
        ? Optional.of(at.path("external_references").get(0).get("external_id").asText())
        : Optional.empty();
  }
}
