package dev.attackj.core.release;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ATT&CK release a bundle file holds, as found by
 * {@link ReleaseCatalogue#identify(java.nio.file.Path)}, with the digest of the file and the
 * catalogue entry of that release.
 *
 * <p>Prints as {@code enterprise 17.1 (STIX 2.1, from the collection object, verified)}.
 */
@Value.Immutable
public abstract class BundleIdentity {

  /** The way a bundle was identified. */
  public enum Method {
    /** From the bundle's {@code x-mitre-collection} object: its name and version. */
    COLLECTION,
    /** From the SHA-256 digest of the file, found in the catalogue. */
    DIGEST
  }

  /** The domain, such as {@code enterprise}. */
  public abstract String domain();

  /** The release version, such as {@code 17.1}. */
  public abstract String version();

  public abstract StixVersion stixVersion();

  public abstract Method method();

  /** The SHA-256 digest of the uncompressed file, in lower-case hexadecimal. */
  public abstract String sha256();

  /** The catalogue entry of the same domain, version and STIX version, when listed. */
  public abstract Optional<Release> release();

  public static ImmutableBundleIdentity.Builder builder() {
    return ImmutableBundleIdentity.builder();
  }

  /** Whether the catalogue lists this release with the digest of this file. */
  public final boolean isVerified() {
    return release().map(release -> release.sha256().equals(sha256())).orElse(false);
  }

  @Override
  public String toString() {
    String how = method() == Method.COLLECTION ? "from the collection object" : "from its digest";
    String check = isVerified() ? "verified"
        : release().isPresent() ? "digest differs from the catalogue" : "not in the catalogue";
    return domain() + " " + version() + " (STIX " + stixVersion().label() + ", " + how + ", "
        + check + ")";
  }
}
