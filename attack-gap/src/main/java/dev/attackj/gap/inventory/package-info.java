/**
 * Detection inventories: the detection rules of a SOC read from the formats in which they are
 * kept (Sigma, Splunk, Elastic, Microsoft Sentinel, DeTT&CT, CSV, Navigator layers), with the
 * ATT&CK techniques and tactics they are mapped to, normalised against a knowledge base.
 *
 * <p>Start with {@link dev.attackj.gap.inventory.InventoryReader}. Formats are
 * {@link dev.attackj.gap.inventory.RuleImporter} implementations found through
 * {@link java.util.ServiceLoader}, so other libraries can add their own.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.gap.inventory;

import org.immutables.value.Value;
