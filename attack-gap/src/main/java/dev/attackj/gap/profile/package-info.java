/**
 * Threat profiles: the adversaries a defender cares about, each with a weight, and for every
 * technique they use, who uses it, how (directly, through software or through a campaign) and
 * with what weight.
 *
 * <p>Start with {@link dev.attackj.gap.profile.ThreatProfile#builder(
 * dev.attackj.core.KnowledgeBase)}: add ATT&CK groups, campaigns and software by ID, name or alias,
 * or custom actors from DeTT&CT group files, Navigator layers and CSV files of technique IDs.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.gap.profile;

import org.immutables.value.Value;
