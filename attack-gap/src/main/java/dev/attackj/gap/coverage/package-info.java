/**
 * ATT&CK coverage of a detection inventory: which techniques the rules cover, with what score,
 * and what share of a chosen set of techniques, overall and per tactic, that makes.
 *
 * <p>Start with {@link dev.attackj.gap.coverage.Coverage}; its
 * {@link dev.attackj.gap.coverage.Coverage#summarize(TechniqueScope) summary} gives the
 * percentages over a {@link dev.attackj.gap.coverage.TechniqueScope}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.gap.coverage;

import org.immutables.value.Value;
