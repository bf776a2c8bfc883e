package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Fuzzer;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleInspectorTest {

  @TempDir Path folder;

  @Test
  void identify_collectionInCatalogue() throws IOException {
    Path bundle = TestData.file("attack/mobile-attack-17.1.stix21.json.gz");

    BundleIdentity identity = ReleaseCatalogue.builtIn().identify(bundle).orElseThrow();

    assertEquals("mobile", identity.domain());
    assertEquals("17.1", identity.version());
    assertEquals(StixVersion.STIX_2_1, identity.stixVersion());
    assertEquals(BundleIdentity.Method.COLLECTION, identity.method());
    assertTrue(identity.isVerified());
    assertEquals("mobile 17.1 (STIX 2.1, from the collection object, verified)",
        identity.toString());
  }

  @Test
  void identify_collectionNotInCatalogue() throws IOException {
    Path bundle = TestData.file("attack/ics-attack-18.1.stix21.json.gz");

    BundleIdentity identity = ReleaseCatalogue.of(List.of()).identify(bundle).orElseThrow();

    assertEquals("ics", identity.domain());
    assertEquals("18.1", identity.version());
    assertEquals(Optional.empty(), identity.release());
    assertFalse(identity.isVerified());
  }

  @Test
  void identify_byDigestWithoutCollection() throws IOException {
    Path bundle = TestData.file("attack/ics-attack-18.1.json.gz");
    Release listed =
        ReleaseCatalogue.builtIn().find("ics", "18.1", StixVersion.STIX_2_0).orElseThrow();

    BundleIdentity identity = ReleaseCatalogue.builtIn().identify(bundle).orElseThrow();

    assertEquals(BundleIdentity.Method.DIGEST, identity.method());
    assertEquals(listed, identity.release().orElseThrow());
    assertEquals("76655cd7c363ca9a7474a95e9d60522a0c3211eaf2efad5b5e9cd7f9e0365b51",
        identity.sha256());
    assertTrue(identity.isVerified());
    assertEquals(Optional.empty(), ReleaseCatalogue.of(List.of()).identify(bundle));
  }

  @Test
  void identify_notAnObject() throws IOException {
    Path bundle = Files.writeString(folder.resolve("list.json"), "[1, 2]");

    IOException error =
        assertThrows(IOException.class, () -> ReleaseCatalogue.builtIn().identify(bundle));

    assertTrue(error.getMessage().contains("list.json"), error.getMessage());
  }

  @Test
  void identify_gzipBomb_failsNamingLimit() throws IOException {
    byte[] spaces = new byte[64 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    Path bundle = Files.write(folder.resolve("bomb.json.gz"), Fuzzer.gzip(spaces));

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ReleaseCatalogue.builtIn().identify(bundle));

    assertTrue(e.getMessage().contains("maxInflationRatio"), e.getMessage());
  }
}
