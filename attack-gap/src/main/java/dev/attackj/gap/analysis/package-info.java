/**
 * Gap analysis: a threat profile measured against a detection coverage. Each technique of the
 * profile is covered, partly covered or a gap, with counts and percentages per actor, per tactic
 * and overall.
 *
 * <p>Start with {@link dev.attackj.gap.analysis.GapAnalysis#of(
 * dev.attackj.gap.profile.ThreatProfile, dev.attackj.gap.coverage.Coverage)}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.gap.analysis;

import org.immutables.value.Value;
