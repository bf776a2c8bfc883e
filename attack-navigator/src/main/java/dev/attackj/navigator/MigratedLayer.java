package dev.attackj.navigator;

import dev.attackj.core.diff.MigrationReport;
import org.immutables.value.Value;

/** A layer migrated to a newer ATT&CK release, with the report of every entry changed or flagged. */
@Value.Immutable
public abstract class MigratedLayer {

  public abstract Layer layer();

  public abstract MigrationReport report();

  public static ImmutableMigratedLayer.Builder builder() {
    return ImmutableMigratedLayer.builder();
  }

  @Override
  public String toString() {
    return layer() + ", " + report().notes().size() + " migration notes";
  }
}
