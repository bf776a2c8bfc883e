/**
 * Prioritization: strategies that score techniques, with an explanation of every score, and
 * the deterministic ranking they produce.
 *
 * <p>A {@link dev.attackj.gap.strategy.Strategy} scores one technique in a
 * {@link dev.attackj.gap.strategy.ScoringContext} (knowledge base, threat profile, coverage,
 * parameters); a {@link dev.attackj.gap.strategy.TwoPhaseStrategy} first makes a pass over all
 * techniques of the context. {@link dev.attackj.gap.strategy.Strategies} has the built-in
 * strategies, the ways to combine them, a validating decorator and the registry of strategies by
 * name, which also finds third-party {@link dev.attackj.gap.strategy.StrategyProvider}s through
 * {@link java.util.ServiceLoader}. {@link dev.attackj.gap.strategy.Ranking#of(Strategy,
 * ScoringContext)} ranks the techniques of a context.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.gap.strategy;

import org.immutables.value.Value;
