package dev.attackj.core.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The destination of a technique ID of an older release in a newer one: the same technique, the
 * technique that replaces a revoked one, a deprecated technique, or nothing.
 */
@Value.Immutable
public abstract class TechniqueMapping {

  /** The outcome of mapping a technique ID. */
  public enum Status {
    /** The ID names an active technique of the newer release. */
    CURRENT,
    /** The ID names a revoked technique; {@link #technique()} is the end of its revoked-by chain. */
    REPLACED,
    /**
     * The ID names a deprecated technique, or a revoked one whose replacement is deprecated;
     * {@link #technique()} is the deprecated technique.
     */
    DEPRECATED,
    /** The ID names a revoked technique whose revoked-by chain leads to no technique. */
    REVOKED_WITHOUT_REPLACEMENT,
    /** No technique of the newer release has the ID. */
    NOT_FOUND
  }

  /** The technique ID as given, trimmed and in upper case. */
  public abstract String oldId();

  public abstract Status status();

  /** The technique of the newer release the ID leads to; empty when there is none. */
  public abstract Optional<ObjectRef> technique();

  /** The short names of the tactics of {@link #technique()} in the newer release, in matrix order. */
  public abstract List<String> tactics();

  /** The ATT&CK id to use in the newer release: the technique's, else the old one. */
  public final String newId() {
    return technique().flatMap(ObjectRef::attackId).orElse(oldId());
  }

  /** Whether the ID changes. */
  public final boolean isReplaced() {
    return !newId().equals(oldId());
  }

  /**
   * Builds the note a migration keeps about an entry with this ID: none for a current
   * technique, a replacement or a flag otherwise.
   *
   * @param subject the entry, such as {@code technique T1086 (execution)}
   */
  public final Optional<MigrationNote> note(String subject) {
    String target = technique().map(ObjectRef::toString).orElse("");
    MigrationNote.Action action;
    String message;
    switch (status()) {
      case REPLACED -> {
        action = MigrationNote.Action.REPLACED;
        message = oldId() + " is revoked and replaced by " + target;
      }
      case DEPRECATED -> {
        action = MigrationNote.Action.DEPRECATED;
        message = isReplaced()
            ? oldId() + " is revoked and its replacement " + target + " is deprecated"
            : target + " is deprecated; the entry is kept";
      }
      case REVOKED_WITHOUT_REPLACEMENT -> {
        action = MigrationNote.Action.REVOKED_WITHOUT_REPLACEMENT;
        message = oldId() + " is revoked without a replacement; the entry is kept";
      }
      case NOT_FOUND -> {
        action = MigrationNote.Action.NOT_FOUND;
        message = "no technique has the ID " + oldId() + "; the entry is kept";
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(MigrationNote.builder()
        .action(action)
        .subject(subject)
        .oldId(oldId())
        .newId(newId())
        .message(message)
        .build());
  }

  public static ImmutableTechniqueMapping.Builder builder() {
    return ImmutableTechniqueMapping.builder();
  }

  @Override
  public String toString() {
    return oldId() + " " + status() + technique().map(t -> " " + t).orElse("");
  }
}
