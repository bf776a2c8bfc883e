package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ReleaseTest {

  private static final String DIGEST = "a".repeat(64);

  @Test
  void fileName_byStixVersion() {
    assertEquals("enterprise-attack-17.1.json",
        Release.official("enterprise", "17.1", StixVersion.STIX_2_0, DIGEST).fileName());
    assertEquals("ics-attack-18.1.stix21.json",
        Release.official("ics", "18.1", StixVersion.STIX_2_1, DIGEST).fileName());
  }

  @Test
  void toString_namesDomainVersionAndStix() {
    Release release = Release.official("mobile", "11.0-beta", StixVersion.STIX_2_1, DIGEST);

    assertEquals("mobile 11.0-beta (STIX 2.1)", release.toString());
    assertTrue(release.isPrerelease());
  }

  @Test
  void build_rejectsInvalidParts() {
    IllegalArgumentException domain = assertThrows(IllegalArgumentException.class,
        () -> Release.official("Enterprise", "17.1", StixVersion.STIX_2_0, DIGEST));
    IllegalArgumentException digest = assertThrows(IllegalArgumentException.class,
        () -> Release.official("ics", "17.1", StixVersion.STIX_2_0, "ABC"));
    IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
        () -> Release.builder().domain("ics").version("17.1").stixVersion(StixVersion.STIX_2_0)
            .url(URI.create("ftp://host/ics.json")).sha256(DIGEST).build());

    assertTrue(domain.getMessage().contains("\"Enterprise\""), domain.getMessage());
    assertTrue(digest.getMessage().contains("\"ABC\""), digest.getMessage());
    assertTrue(url.getMessage().contains("ftp://host/ics.json"), url.getMessage());
  }

  @Test
  void normalizeDomain_dropsSuffixAndCase() {
    assertEquals("enterprise", Release.normalizeDomain(" Enterprise-Attack "));
    assertEquals("ics", Release.normalizeDomain("ics"));
  }
}
