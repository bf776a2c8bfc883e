/**
 * Remediation plans: the gaps of a threat profile in the order a strategy ranks them, with
 * what to build for each, the mitigations, an effort estimate, and the waves that reach a
 * target coverage.
 *
 * <p>Start with {@link dev.attackj.gap.plan.RemediationPlanner#builder(
 * dev.attackj.core.KnowledgeBase)}; write a plan with {@link dev.attackj.gap.plan.PlanWriter} as
 * YAML, JSON, Markdown or Navigator layers.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.gap.plan;

import org.immutables.value.Value;
