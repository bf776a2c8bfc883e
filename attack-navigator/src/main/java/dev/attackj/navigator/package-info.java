/**
 * ATT&CK Navigator layers: an immutable model of layer format 4.5, a reader that upgrades every
 * older format the Navigator reads, a writer, score colors and aggregate scores as the
 * Navigator computes them, and layer operations over score expressions.
 *
 * <p>Start with {@link dev.attackj.navigator.LayerReader#lenient()} to read a layer file and
 * {@link dev.attackj.navigator.LayerWriter} to write one; build layers with
 * {@link dev.attackj.navigator.Layer#builder()}.
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
