package dev.attackj.core.release;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One ATT&CK release file: the domain and version of the release, the STIX version it is written
 * in, where it is published and the SHA-256 digest of its bytes (uncompressed).
 *
 * <p>A release prints as {@code enterprise 17.1 (STIX 2.1)}.
 */
@Value.Immutable
public abstract class Release {

  /** The host that publishes the official release files. */
  static final String OFFICIAL_BASE = "https://raw.githubusercontent.com/";

  private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /** The domain in lower case without the {@code -attack} suffix, such as {@code enterprise}. */
  public abstract String domain();

  /** The release version, such as {@code 17.1} or {@code 11.0-beta}. */
  public abstract String version();

  public abstract StixVersion stixVersion();

  /** The URL the file is published at: {@code https}, {@code http} or {@code file}. */
  public abstract URI url();

  /** The SHA-256 digest of the uncompressed file, as 64 lower-case hexadecimal digits. */
  public abstract String sha256();

  public static ImmutableRelease.Builder builder() {
    return ImmutableRelease.builder();
  }

  /**
   * Returns the official release file of a domain, version and STIX version with its digest:
   * STIX 2.0 from the release tag of {@code mitre/cti}, STIX 2.1 from
   * {@code mitre-attack/attack-stix-data}.
   */
  public static Release official(
      String domain, String version, StixVersion stixVersion, String sha256) {
    return builder()
        .domain(domain)
        .version(version)
        .stixVersion(stixVersion)
        .url(officialUrl(domain, version, stixVersion))
        .sha256(sha256)
        .build();
  }

  static URI officialUrl(String domain, String version, StixVersion stixVersion) {
    String name = domain + "-attack";
    String path = stixVersion == StixVersion.STIX_2_0
        ? "mitre/cti/ATT%26CK-v" + version + "/" + name + "/" + name + ".json"
        : "mitre-attack/attack-stix-data/master/" + name + "/" + name + "-" + version + ".json";
    return URI.create(OFFICIAL_BASE + path);
  }

  /**
   * Returns a domain name in the form releases use: lower case, without the {@code -attack}
   * suffix, so that {@code Enterprise-ATTACK} becomes {@code enterprise}.
   */
  static String normalizeDomain(String domain) {
    String lower = domain.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith("-attack") ? lower.substring(0, lower.length() - "-attack".length())
        : lower;
  }

  /** Whether the version carries a pre-release suffix such as {@code -beta}. */
  public final boolean isPrerelease() {
    return ReleaseVersion.isPrerelease(version());
  }

  /**
   * The name of the file in the cache: {@code enterprise-attack-17.1.json} for STIX 2.0 and
   * {@code enterprise-attack-17.1.stix21.json} for STIX 2.1.
   */
  public final String fileName() {
    String edition = stixVersion() == StixVersion.STIX_2_0 ? "" : ".stix21";
    return domain() + "-attack-" + version() + edition + ".json";
  }

  @Value.Check
  protected void check() {
    if (!DOMAIN.matcher(domain()).matches() || domain().endsWith("-attack")) {
      throw new IllegalArgumentException("release domain must be a lower-case name such as"
          + " enterprise, mobile or ics, without the -attack suffix: \"" + domain() + "\"");
    }
    if (!ReleaseVersion.isValid(version())) {
      throw new IllegalArgumentException(
          "release version must look like 17.1 or 11.0-beta: \"" + version() + "\"");
    }
    if (!SHA_256.matcher(sha256()).matches()) {
      throw new IllegalArgumentException("SHA-256 digest of " + this
          + " must be 64 lower-case hexadecimal digits: \"" + sha256() + "\"");
    }
    String scheme = url().getScheme() == null ? "" : url().getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
      throw new IllegalArgumentException(
          "URL of " + this + " must use https, http or file: \"" + url() + "\"");
    }
  }

  @Override
  public String toString() {
    return domain() + " " + version() + " (STIX " + stixVersion().label() + ")";
  }
}
