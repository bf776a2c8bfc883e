package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TechniqueEntryTest {

  @Test
  void key_normalisesCase() {
    TechniqueEntry entry = TechniqueEntry.builder().techniqueId("t1059.001").tactic("Execution")
        .build();

    assertEquals("T1059.001^execution", entry.key());
  }

  @Test
  void key_withoutTactic() {
    assertEquals("T1059^", TechniqueEntry.of("T1059").key());
  }

  @Test
  void toString_showsIdAsWritten() {
    TechniqueEntry entry = TechniqueEntry.builder().techniqueId("t1059").tactic("execution")
        .build();

    assertEquals("t1059^execution", entry.toString());
    assertEquals("T1003", TechniqueEntry.of("T1003").toString());
  }
}
