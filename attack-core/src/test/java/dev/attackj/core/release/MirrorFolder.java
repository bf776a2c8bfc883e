package dev.attackj.core.release;

import dev.attackj.core.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A folder laid out like {@code https://raw.githubusercontent.com/}, holding uncompressed copies
 * of shared test bundles under their official paths, and a custom catalogue file with their
 * digests.
 */
final class MirrorFolder {

  /** ICS 18.1 in STIX 2.0: the published file of mitre/cti, about 3 MB. */
  static final Release ICS_18_1 =
      Release.official("ics", "18.1", StixVersion.STIX_2_0, "0".repeat(64));

  /** Mobile 17.1 in STIX 2.1, listed with its digest in the built-in catalogue. */
  static final Release MOBILE_17_1 =
      Release.official("mobile", "17.1", StixVersion.STIX_2_1, "0".repeat(64));

  final Path root;
  final Path catalogueFile;
  final ReleaseCatalogue catalogue;

  private MirrorFolder(Path root, Path catalogueFile, ReleaseCatalogue catalogue) {
    this.root = root;
    this.catalogueFile = catalogueFile;
    this.catalogue = catalogue;
  }

  /**
   * Gunzips the test bundles of ICS 18.1 (STIX 2.0) and mobile 17.1 (STIX 2.1) below
   * {@code folder}, and writes a catalogue file listing both with their actual digests.
   * Skips the calling test when the shared data is absent.
   */
  static MirrorFolder create(Path folder) throws IOException {
    Path root = Files.createDirectories(folder.resolve("mirror"));
    List<Release> releases = new ArrayList<>();
    releases.add(place(root, ICS_18_1, "attack/ics-attack-18.1.json.gz"));
    releases.add(place(root, MOBILE_17_1, "attack/mobile-attack-17.1.stix21.json.gz"));
    Path catalogueFile = folder.resolve("custom-catalogue.json");
    Files.writeString(catalogueFile, catalogueJson(releases));
    return new MirrorFolder(root, catalogueFile, ReleaseCatalogue.read(catalogueFile));
  }

  /** The release of the catalogue with the same domain, version and STIX version. */
  Release listed(Release release) {
    return catalogue.find(release.domain(), release.version(), release.stixVersion())
        .orElseThrow();
  }

  /** The file a release has in this folder. */
  Path fileOf(Release release) {
    String path = release.url().getPath();
    return root.resolve(path.substring(1));
  }

  private static Release place(Path root, Release release, String sharedFile)
      throws IOException {
    Path source = TestData.file(sharedFile);
    Path target = root.resolve(release.url().getPath().substring(1));
    Files.createDirectories(target.getParent());
    try (InputStream in = new GZIPInputStream(Files.newInputStream(source));
        OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
    return Release.builder().from(release).sha256(Sha256.of(target)).build();
  }

  static String catalogueJson(List<Release> releases) {
    StringBuilder json = new StringBuilder("{\"releases\": [\n");
    for (int i = 0; i < releases.size(); i++) {
      Release release = releases.get(i);
      json.append(String.format("  {\"domain\": \"%s\", \"version\": \"%s\", \"stix\": \"%s\","
              + " \"url\": \"%s\", \"sha256\": \"%s\"}%s%n", release.domain(), release.version(),
          release.stixVersion().label(), release.url(), release.sha256(),
          i + 1 < releases.size() ? "," : ""));
    }
    return json.append("]}\n").toString();
  }
}
