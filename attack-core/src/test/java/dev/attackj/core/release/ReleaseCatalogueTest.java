package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.InvalidInputException;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCatalogueTest {

  private static final ReleaseCatalogue BUILT_IN = ReleaseCatalogue.builtIn();

  @TempDir Path folder;

  @Test
  void builtIn_listsEveryPublishedRelease() {
    assertEquals(Set.of("enterprise", "ics", "mobile", "pre"), BUILT_IN.domains());
    assertEquals(201, BUILT_IN.releases().size());
    assertTrue(BUILT_IN.find("enterprise", "3.0", StixVersion.STIX_2_0).isPresent());
    assertTrue(BUILT_IN.find("enterprise", "1.0", StixVersion.STIX_2_1).isPresent());
    assertTrue(BUILT_IN.find("ics", "8.0", StixVersion.STIX_2_1).isPresent());
    assertTrue(BUILT_IN.find("mobile", "11.0-beta", StixVersion.STIX_2_1).isPresent());
    assertTrue(BUILT_IN.find("pre", "7.2", StixVersion.STIX_2_0).isPresent());
  }

  @Test
  void builtIn_officialUrls() {
    Release stix20 = BUILT_IN.find("enterprise", "17.1", StixVersion.STIX_2_0).orElseThrow();
    Release stix21 = BUILT_IN.find("enterprise", "17.1", StixVersion.STIX_2_1).orElseThrow();

    assertEquals(URI.create("https://raw.githubusercontent.com/mitre/cti/ATT%26CK-v17.1/"
        + "enterprise-attack/enterprise-attack.json"), stix20.url());
    assertEquals(URI.create("https://raw.githubusercontent.com/mitre-attack/attack-stix-data/"
        + "master/enterprise-attack/enterprise-attack-17.1.json"), stix21.url());
    assertEquals("9537a22166367a5b3c1434f5b17b27361cb9c88b34926e655344768fdbda3e85",
        stix20.sha256());
  }

  /**
   * Compares the digest of each shared test bundle that is a byte-for-byte copy of a published
   * file, uncompressed, with the built-in catalogue where the catalogue lists that release.
   * ICS 18.1 in both STIX versions and mobile 17.1 in STIX 2.1 qualify. The STIX 2.0 files of
   * enterprise and mobile are skipped: they were rebuilt from the single-object files of
   * mitre/cti, so their bytes differ from the published bundles.
   */
  @Test
  void builtIn_matchesSharedBundles() throws IOException {
    Path folder = TestData.file("attack");
    Pattern name = Pattern.compile("([a-z]+)-attack-([0-9.]+)(\\.stix21)?\\.json\\.gz");
    int compared = 0;

    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        Matcher matcher = name.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
          continue;
        }
        StixVersion stix = matcher.group(3) == null ? StixVersion.STIX_2_0 : StixVersion.STIX_2_1;
        boolean rebuilt = stix == StixVersion.STIX_2_0 && !matcher.group(1).equals("ics");
        if (rebuilt) {
          continue;
        }
        Optional<Release> listed = BUILT_IN.find(matcher.group(1), matcher.group(2), stix);
        if (listed.isPresent()) {
          assertEquals(listed.get().sha256(), gunzippedSha256(file), file.toString());
          compared++;
        }
      }
    }

    assertTrue(compared >= 1, "no shared bundle is listed in the catalogue");
  }

  @Test
  void find_acceptsDomainSuffixAndCase() {
    assertEquals(BUILT_IN.find("enterprise", "16.1"), BUILT_IN.find("Enterprise-ATTACK", "16.1"));
    assertEquals(StixVersion.STIX_2_1,
        BUILT_IN.find("enterprise", "16.1").orElseThrow().stixVersion());
    assertEquals(Optional.empty(), BUILT_IN.find("enterprise", "latest"));
  }

  @Test
  void newest_skipsPrereleases() {
    Release mobileBeta = Release.official("mobile", "99.0-beta", StixVersion.STIX_2_1,
        "a".repeat(64));
    ReleaseCatalogue catalogue = BUILT_IN.withOverrides(ReleaseCatalogue.of(List.of(mobileBeta)));

    assertEquals("17.1", catalogue.newest("mobile").orElseThrow().version());
    assertEquals("17.1", catalogue.newest("mobile", StixVersion.STIX_2_0).orElseThrow()
        .version());
    assertEquals(Optional.empty(), catalogue.newest("unknown"));
  }

  @Test
  void withDigest_findsReleasesSharingAFile() {
    List<Release> releases =
        BUILT_IN.withDigest("5308b90f31df02310065ec5daed9099b3d2bed45c58e6c0c7ce84370e7552f6e");

    assertEquals(List.of("11.2", "11.3"),
        releases.stream().map(Release::version).collect(Collectors.toList()));
  }

  @Test
  void withOverrides_replacesAndAdds() {
    Release replaced = Release.official("enterprise", "17.1", StixVersion.STIX_2_1,
        "b".repeat(64));
    Release added = Release.builder().domain("acme").version("1.0")
        .stixVersion(StixVersion.STIX_2_1).url(URI.create("file:/srv/acme/acme-attack.json"))
        .sha256("c".repeat(64)).build();

    ReleaseCatalogue combined =
        BUILT_IN.withOverrides(ReleaseCatalogue.of(List.of(replaced, added)));

    assertEquals(replaced, combined.find("enterprise", "17.1").orElseThrow());
    assertEquals(added, combined.find("acme", "1.0").orElseThrow());
    assertEquals(BUILT_IN.releases().size() + 1, combined.releases().size());
  }

  @Test
  void read_customFile() throws IOException {
    Path file = write("{\"releases\": ["
        + "{\"domain\": \"enterprise\", \"version\": \"18.1\", \"stix\": \"2.0\","
        + " \"sha256\": \"" + "d".repeat(64) + "\"},"
        + "{\"domain\": \"acme-attack\", \"version\": \"2.0\", \"stix\": \"2.1\","
        + " \"url\": \"https://intranet.example/acme.json\", \"sha256\": \"" + "e".repeat(64)
        + "\"}]}");

    ReleaseCatalogue catalogue = ReleaseCatalogue.read(file);

    assertEquals(Release.officialUrl("enterprise", "18.1", StixVersion.STIX_2_0),
        catalogue.find("enterprise", "18.1").orElseThrow().url());
    assertEquals(URI.create("https://intranet.example/acme.json"),
        catalogue.find("acme", "2.0").orElseThrow().url());
  }

  @Test
  void read_problemsNameFileAndPointer() throws IOException {
    String digest = "\"sha256\": \"" + "d".repeat(64) + "\"";
    List<String[]> cases = List.of(
        new String[] {"{\"releases\": [{\"domain\": \"ics\", \"version\": \"1.0\","
            + " \"stix\": \"2.0\"}]}", "/releases/0/sha256", "\"sha256\" as a non-empty"},
        new String[] {"{\"releases\": [{\"domain\": \"ics\", \"version\": \"1.0\","
            + " \"stix\": \"2.2\", " + digest + "}]}", "/releases/0/stix", "2.0, 2.1"},
        new String[] {"{\"releases\": [{\"domain\": \"ics\", \"version\": \"v1\","
            + " \"stix\": \"2.0\", " + digest + "}]}", "/releases/0", "17.1 or 11.0-beta"},
        new String[] {"{\"releases\": [{\"domain\": \"ics\", \"version\": \"1.0\","
            + " \"stix\": \"2.0\", \"sha-256\": \"x\"}]}", "/releases/0/sha-256",
            "unknown property"},
        new String[] {"{\"releases\": [{\"domain\": \"ics\", \"version\": \"1.0\","
            + " \"stix\": \"2.0\", \"url\": \"ftp://host/x.json\", " + digest + "}]}",
            "/releases/0", "https, http or file"},
        new String[] {"{\"releases\": [{\"domain\": \"ics\", \"version\": \"1.0\","
            + " \"stix\": \"2.0\", " + digest + "}, {\"domain\": \"ics\", \"version\": \"1.0\","
            + " \"stix\": \"2.0\", " + digest + "}]}", "/releases/1", "twice"},
        new String[] {"[]", "", "\"releases\" array"},
        new String[] {"{\"releases\": [", "", "not valid JSON"});

    for (String[] testCase : cases) {
      Path file = write(testCase[0]);

      InvalidInputException error =
          assertThrows(InvalidInputException.class, () -> ReleaseCatalogue.read(file));

      assertEquals(file.toString(), error.problem().file(), testCase[0]);
      assertEquals(testCase[1], error.problem().pointer().orElse(""), testCase[0]);
      assertTrue(error.getMessage().contains(testCase[2]), error.getMessage());
    }
  }

  private Path write(String json) throws IOException {
    return Files.writeString(Files.createTempFile(folder, "catalogue", ".json"), json);
  }

  private static String gunzippedSha256(Path file) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    try (InputStream in = new DigestInputStream(
        new GZIPInputStream(Files.newInputStream(file)), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return Sha256.hex(digest.digest());
  }
}
