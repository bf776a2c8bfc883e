package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TechniqueIdTest {

  @Test
  void parse_subTechniqueKnowsItsParent() {
    TechniqueId id = TechniqueId.parse(" t1059.001 ");

    assertEquals("T1059.001", id.toString());
    assertTrue(id.isSubTechnique());
    assertEquals(TechniqueId.parse("T1059"), id.parent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "T105", "T10599", "1059", "T1059.01", "T1059.0011", "TA0001",
      "AML.T0043"})
  void parse_rejectsOtherForms(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TechniqueId.parse(text));

    assertTrue(e.getMessage().contains("T1059.001"));
    assertFalse(TechniqueId.isValid(text));
  }
}
