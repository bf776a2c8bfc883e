package dev.attackj.gap.profile;

import dev.attackj.core.diff.MigrationReport;
import org.immutables.value.Value;

/** A threat profile migrated to a newer ATT&CK release, with the report of the migration. */
@Value.Immutable
public abstract class MigratedProfile {

  public abstract ThreatProfile profile();

  public abstract MigrationReport report();

  public static ImmutableMigratedProfile.Builder builder() {
    return ImmutableMigratedProfile.builder();
  }

  @Override
  public String toString() {
    return profile() + ", " + report().notes().size() + " migration notes";
  }
}
