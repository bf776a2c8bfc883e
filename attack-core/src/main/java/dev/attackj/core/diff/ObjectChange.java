package dev.attackj.core.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change of one object between two releases, such as the revocation of {@code T1574.002}
 * in favour of {@code T1574.001}.
 *
 * <p>{@link #before()} and {@link #after()} hold the values that changed, by kind: the versions
 * for version changes, the names for a rename, the tactic short names for a tactics change, the
 * platforms for a platforms change; they are empty for the other kinds.
 */
@Value.Immutable
public abstract class ObjectChange {

  public abstract ChangeKind kind();

  /** The object as the newer release has it, or as the older one had it when it was deleted. */
  public abstract ObjectRef object();

  /** The object's {@code x_mitre_version} in the older release; empty for additions. */
  public abstract Optional<String> oldVersion();

  /** The object's {@code x_mitre_version} in the newer release; empty for deletions. */
  public abstract Optional<String> newVersion();

  /** The end of the revoked-by chain of a revoked object, when it leads to an object. */
  public abstract Optional<ObjectRef> replacement();

  public abstract List<String> before();

  public abstract List<String> after();

  /**
   * The properties whose values differ for version changes and changes without a version
   * change, named as in the JSON form of objects ({@code description}, {@code platforms},
   * {@code modified}, ...).
   */
  public abstract List<String> changedProperties();

  public static ImmutableObjectChange.Builder builder() {
    return ImmutableObjectChange.builder();
  }

  @Override
  public String toString() {
    return kind() + " " + object()
        + replacement().map(r -> " -> " + r).orElse("")
        + (before().isEmpty() && after().isEmpty() ? "" : " " + before() + " -> " + after());
  }
}
