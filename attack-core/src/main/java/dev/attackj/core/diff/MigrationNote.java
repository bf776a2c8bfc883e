package dev.attackj.core.diff;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a migration to a newer release did to an entry, or found about it, such as
 * {@code T1086 replaced by T1059.001}.
 */
@Value.Immutable
public abstract class MigrationNote {

  /** The kind of change or flag a note records. */
  public enum Action {
    /** A revoked technique ID was replaced by the ID of its replacement. */
    REPLACED,
    /** Entries that name the same technique after replacement were merged into one. */
    MERGED,
    /** The entry names a deprecated technique; it is kept and flagged. */
    DEPRECATED,
    /** The entry names a revoked technique without a replacement; it is kept and flagged. */
    REVOKED_WITHOUT_REPLACEMENT,
    /** The entry names no technique of the newer release; it is kept and flagged. */
    NOT_FOUND,
    /** The entry's tactic was changed to one the technique belongs to in the newer release. */
    TACTIC_CHANGED
  }

  public abstract Action action();

  /** The entry the note is about, such as {@code technique T1086 (execution)} or a rule id. */
  public abstract String subject();

  /** The technique ID before the migration. */
  public abstract Optional<String> oldId();

  /** The technique ID after the migration. */
  public abstract Optional<String> newId();

  /** A sentence that states what was done and why. */
  public abstract String message();

  public static ImmutableMigrationNote.Builder builder() {
    return ImmutableMigrationNote.builder();
  }

  @Override
  public String toString() {
    return action() + " " + subject() + ": " + message();
  }
}
