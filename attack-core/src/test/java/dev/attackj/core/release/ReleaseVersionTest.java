package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseVersionTest {

  @Test
  void order_numericWithPrereleasesFirst() {
    List<String> versions = new ArrayList<>(List.of("17.1", "9.0", "11.0", "11.0-beta",
        "10.1", "11.0-mobile-beta", "2.0"));

    versions.sort(ReleaseVersion.ORDER);

    assertEquals(List.of("2.0", "9.0", "10.1", "11.0-beta", "11.0-mobile-beta", "11.0", "17.1"),
        versions);
  }

  @Test
  void isValid_forms() {
    assertTrue(ReleaseVersion.isValid("17.1"));
    assertTrue(ReleaseVersion.isValid("11.2-mobile-beta"));
    assertFalse(ReleaseVersion.isValid("17"));
    assertFalse(ReleaseVersion.isValid("v17.1"));
    assertFalse(ReleaseVersion.isValid("17.1/../x"));
  }

  @Test
  void order_rejectsInvalidVersion() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ReleaseVersion.ORDER.compare("17.1", "latest"));

    assertTrue(error.getMessage().contains("\"latest\""), error.getMessage());
  }
}
