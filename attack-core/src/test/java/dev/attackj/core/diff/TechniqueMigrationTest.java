package dev.attackj.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Technique IDs of old releases mapped to Enterprise 18.1. */
class TechniqueMigrationTest {

  private static TechniqueMigration migration;

  @BeforeAll
  static void load() throws Exception {
    migration = TechniqueMigration.to(KnowledgeBase.load(TestData.enterprise("18.1")));
  }

  @Test
  void map_revokedId_leadsToReplacement() {
    TechniqueMapping mapping = migration.map("t1086");

    assertEquals(TechniqueMapping.Status.REPLACED, mapping.status());
    assertEquals("T1086", mapping.oldId());
    assertEquals("T1059.001", mapping.newId());
    assertEquals(List.of("execution"), mapping.tactics());
    assertEquals(MigrationNote.Action.REPLACED, mapping.note("T1086").orElseThrow().action());
  }

  @Test
  void map_currentId_isKept() {
    TechniqueMapping mapping = migration.map("T1059.001");

    assertEquals(TechniqueMapping.Status.CURRENT, mapping.status());
    assertEquals("T1059.001", mapping.newId());
    assertTrue(mapping.note("T1059.001").isEmpty());
  }

  @Test
  void map_unknownId_isNotFound() {
    TechniqueMapping mapping = migration.map("T9999");

    assertEquals(TechniqueMapping.Status.NOT_FOUND, mapping.status());
    assertEquals("T9999", mapping.newId());
    assertEquals(MigrationNote.Action.NOT_FOUND, mapping.note("T9999").orElseThrow().action());
  }

  @Test
  void targetRelease_fromFileName() {
    assertEquals("18.1", migration.targetRelease().orElseThrow());
  }
}
