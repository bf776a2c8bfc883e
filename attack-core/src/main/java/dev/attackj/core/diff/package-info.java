/**
 * Changes between two ATT&CK releases of one domain, and the migration of technique IDs from an
 * older release to a newer one.
 *
 * <p>{@link dev.attackj.core.diff.ReleaseDiff#between} compares two knowledge bases object by
 * object (matched by STIX id) and returns an immutable {@link dev.attackj.core.diff.ReleaseDiff}
 * that prints as JSON or Markdown. {@link dev.attackj.core.diff.TechniqueMigration} maps a
 * technique ID of an older release to the technique that replaces it in a newer one; the layer,
 * inventory and profile migrations of the other modules build on it and report what they did
 * in a {@link dev.attackj.core.diff.MigrationReport}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.core.diff;

import org.immutables.value.Value;
