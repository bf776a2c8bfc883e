/**
 * ATT&CK releases: a catalogue of the published release files with their SHA-256 digests, and
 * {@link dev.attackj.core.release.Releases}, which downloads a release, verifies it, keeps it in
 * a local cache and loads it into a {@link dev.attackj.core.KnowledgeBase}.
 *
 * <p>Start with {@code Releases.builder().build().load("enterprise", "17.1")}. A mirror, a
 * custom catalogue for private content and an offline mode are options of the builder.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.core.release;

import org.immutables.value.Value;
