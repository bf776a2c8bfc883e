package dev.attackj.core.diff;

/**
 * A kind of change of one object between two releases. An object can have several: a technique
 * may be renamed, moved to other tactics and get a new major version at once.
 */
public enum ChangeKind {
  /** The object is new in the newer release. */
  ADDITION("additions"),
  /** The object is revoked in the newer release, usually in favour of a replacement. */
  REVOCATION("revocations"),
  /** The object is deprecated in the newer release. */
  DEPRECATION("deprecations"),
  /** The object is absent from the newer release. */
  DELETION("deletions"),
  /** The major part of {@code x_mitre_version} changed, such as 1.2 to 2.0. */
  MAJOR_VERSION_CHANGE("major version changes"),
  /** Only the minor part of {@code x_mitre_version} changed, such as 1.2 to 1.3. */
  MINOR_VERSION_CHANGE("minor version changes"),
  /** The modified date or the content changed while {@code x_mitre_version} stayed the same. */
  UNVERSIONED_CHANGE("changes without a version change"),
  /** The name changed. */
  RENAME("renames"),
  /** A technique was moved to other tactics. */
  TACTICS_CHANGE("tactic changes"),
  /** A technique applies to other platforms. */
  PLATFORMS_CHANGE("platform changes"),
  /**
   * A technique became a sub-technique: it is revoked by a sub-technique (directly or through a
   * chain of revocations), or its own {@code x_mitre_is_subtechnique} turned true.
   */
  BECAME_SUBTECHNIQUE("techniques turned into sub-techniques");

  private final String title;

  ChangeKind(String title) {
    this.title = title;
  }

  /** The plural heading of changes of this kind, such as {@code major version changes}. */
  public String title() {
    return title;
  }
}
