package dev.attackj.gap.inventory;

import dev.attackj.core.diff.MigrationReport;
import org.immutables.value.Value;

/** A detection inventory migrated to a newer ATT&CK release, with the report of the migration. */
@Value.Immutable
public abstract class MigratedInventory {

  public abstract Inventory inventory();

  public abstract MigrationReport report();

  public static ImmutableMigratedInventory.Builder builder() {
    return ImmutableMigratedInventory.builder();
  }

  @Override
  public String toString() {
    return inventory() + ", " + report().notes().size() + " migration notes";
  }
}
