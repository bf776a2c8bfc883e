package dev.attackj.core.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A list of ATT&CK release files with their SHA-256 digests, at most one per domain, version and
 * STIX version.
 *
 * <p>{@link #builtIn()} lists the official releases whose digests MITRE publishes in the
 * {@code release_info} module of {@code mitreattack-python}, up to 17.1, and ICS 18.1 in both
 * STIX versions, whose digests are those of the published files. A custom catalogue file adds
 * releases, such as private content, or replaces official entries; {@link #read(Path)} describes
 * its format, and {@link #withOverrides(ReleaseCatalogue)} combines two catalogues.
 */
public final class ReleaseCatalogue {

  private static final String RESOURCE = "catalogue.json";

  private static final Comparator<Release> ORDER = Comparator.comparing(Release::domain)
      .thenComparing(Release::version, ReleaseVersion.ORDER)
      .thenComparing(Release::stixVersion);

  private final Map<String, Release> releases;

  private ReleaseCatalogue(Map<String, Release> releases) {
    this.releases = releases;
  }

  /** Returns the catalogue of official releases shipped with this library. */
  public static ReleaseCatalogue builtIn() {
    return BuiltIn.CATALOGUE;
  }

  /** Returns a catalogue of the given releases. */
  public static ReleaseCatalogue of(Iterable<Release> releases) {
    Map<String, Release> byKey = new LinkedHashMap<>();
    for (Release release : releases) {
      Release previous = byKey.putIfAbsent(key(release), release);
      if (previous != null) {
        throw new IllegalArgumentException("catalogue lists " + release + " twice");
      }
    }
    return new ReleaseCatalogue(sorted(byKey));
  }

  /**
   * Reads a catalogue file. The file is a JSON object with a {@code releases} array; each
   * entry has {@code domain} (such as {@code enterprise}), {@code version} (such as
   * {@code 17.1}), {@code stix} ({@code 2.0} or {@code 2.1}), {@code sha256} (the digest of the
   * uncompressed file) and, optionally, {@code url}: an {@code https}, {@code http} or
   * {@code file} URL that defaults to the official location of the release.
   *
   * @throws dev.attackj.core.InvalidInputException if the file is not valid JSON or an entry is
   *     invalid. Its problem names the file and the JSON Pointer of the entry.
   * @throws IOException if the file cannot be read
   */
  public static ReleaseCatalogue read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(CatalogueReader.read(in, file.toString()));
    }
  }

  /**
   * Returns this catalogue with the entries of {@code overrides} added, each replacing the entry
   * of the same domain, version and STIX version.
   */
  public ReleaseCatalogue withOverrides(ReleaseCatalogue overrides) {
    Map<String, Release> combined = new LinkedHashMap<>(releases);
    combined.putAll(overrides.releases);
    return new ReleaseCatalogue(sorted(combined));
  }

  /** All releases, ordered by domain, version and STIX version. */
  public List<Release> releases() {
    return List.copyOf(releases.values());
  }

  /** The domains of the releases, such as {@code enterprise}, {@code ics} and {@code mobile}. */
  public Set<String> domains() {
    return releases.values().stream().map(Release::domain)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Finds the release of a domain and version in a STIX version.
   *
   * @param domain such as {@code enterprise} or {@code enterprise-attack}, in any case
   */
  public Optional<Release> find(String domain, String version, StixVersion stixVersion) {
    return Optional.ofNullable(
        releases.get(key(Release.normalizeDomain(domain), version.trim(), stixVersion)));
  }

  /** Finds the release of a domain and version, in STIX 2.1 when listed, else in STIX 2.0. */
  public Optional<Release> find(String domain, String version) {
    return find(domain, version, StixVersion.STIX_2_1)
        .or(() -> find(domain, version, StixVersion.STIX_2_0));
  }

  /**
   * Finds the newest release of a domain that is not a pre-release, in STIX 2.1 when that
   * version is listed in STIX 2.1, else in STIX 2.0.
   */
  public Optional<Release> newest(String domain) {
    String normalized = Release.normalizeDomain(domain);
    return releases.values().stream()
        .filter(release -> release.domain().equals(normalized) && !release.isPrerelease())
        .map(Release::version)
        .max(ReleaseVersion.ORDER)
        .flatMap(version -> find(normalized, version));
  }

  /** Finds the newest release of a domain in a STIX version that is not a pre-release. */
  public Optional<Release> newest(String domain, StixVersion stixVersion) {
    String normalized = Release.normalizeDomain(domain);
    return releases.values().stream()
        .filter(release -> release.domain().equals(normalized)
            && release.stixVersion() == stixVersion
            && !release.isPrerelease())
        .max(Comparator.comparing(Release::version, ReleaseVersion.ORDER));
  }

  /**
   * Lists the releases whose file has the given SHA-256 digest. Some releases share a file,
   * such as enterprise 11.2 and 11.3 in STIX 2.0, so the list may hold more than one.
   */
  public List<Release> withDigest(String sha256) {
    return releases.values().stream()
        .filter(release -> release.sha256().equalsIgnoreCase(sha256.trim()))
        .collect(Collectors.toList());
  }

  /**
   * Identifies the release a bundle file holds: from its {@code x-mitre-collection} object when
   * it has one, else by its SHA-256 digest. The file may be gzip-compressed.
   *
   * @return empty when the bundle has no collection object and its digest is not listed
   * @throws IOException if the file cannot be read or is not a JSON object
   * @throws dev.attackj.core.InvalidInputException if the file exceeds a
   *     {@linkplain dev.attackj.core.ReadLimits read limit} or its gzip data is corrupt
   */
  public Optional<BundleIdentity> identify(Path bundle) throws IOException {
    return BundleInspector.identify(bundle, this);
  }

  @Override
  public String toString() {
    return "ReleaseCatalogue(" + releases.size() + " releases in " + domains() + ")";
  }

  static String key(Release release) {
    return key(release.domain(), release.version(), release.stixVersion());
  }

  private static String key(String domain, String version, StixVersion stixVersion) {
    return domain + " " + version + " " + stixVersion.label();
  }

  private static Map<String, Release> sorted(Map<String, Release> releases) {
    Map<String, Release> sorted = new LinkedHashMap<>();
    releases.values().stream().sorted(ORDER)
        .forEach(release -> sorted.put(key(release), release));
    return sorted;
  }

  /** The built-in catalogue, read once on first use. */
  private static final class BuiltIn {
    static final ReleaseCatalogue CATALOGUE = load();

    private static ReleaseCatalogue load() {
      try (InputStream in = ReleaseCatalogue.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("built-in release catalogue " + RESOURCE
              + " is missing from the class path beside " + ReleaseCatalogue.class.getName());
        }
        return of(CatalogueReader.read(in, RESOURCE));
      } catch (IOException e) {
        throw new UncheckedIOException("failed to read built-in release catalogue " + RESOURCE, e);
      }
    }
  }
}
