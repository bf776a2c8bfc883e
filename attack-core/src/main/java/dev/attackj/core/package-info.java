/**
 * The ATT&CK knowledge base: immutable values for every ATT&CK object type, a streaming reader
 * for STIX 2.0 and 2.1 bundles, and {@link dev.attackj.core.KnowledgeBase}, the indexed view
 * that answers questions about techniques, tactics, groups, software, campaigns, mitigations
 * and detections.
 *
 * <p>Start with {@link dev.attackj.core.KnowledgeBase#load(java.nio.file.Path...)}, or read a
 * bundle with {@link dev.attackj.core.StixReader} to see its parse report first.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    depluralize = true,
    get = {"is*", "get*"})
package dev.attackj.core;

import org.immutables.value.Value;
