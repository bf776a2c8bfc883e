/**
 * ATT&CK Navigator layers: an immutable model of layer format 4.5, a reader that upgrades every
 * older format the Navigator reads, a writer, score colors and aggregate scores as the
 * Navigator computes them, and layer operations over score expressions.
 *
 * <p>Start with {@link dev.attackj.navigator.LayerReader#lenient()} to read a layer file and
 * {@link dev.attackj.navigator.LayerWriter} to write one. With a
 * {@link dev.attackj.core.KnowledgeBase}, {@link dev.attackj.navigator.LayerBuilder} builds
 * layers from technique IDs, {@link dev.attackj.navigator.LayerGenerator} makes layers of groups,
 * software, campaigns and overviews, {@link dev.attackj.navigator.LayerValidator} checks layers
 * and {@link dev.attackj.navigator.LayerRenderer} draws them as SVG or PNG.
 * {@link dev.attackj.navigator.Layer#aggregateScore(dev.attackj.core.KnowledgeBase, String,
 * String)} computes the scores the Navigator shows on parents of sub-techniques, and
 * {@link dev.attackj.navigator.LayerOperation} combines layers by a
 * {@link dev.attackj.navigator.ScoreExpression}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.navigator;

import org.immutables.value.Value;
