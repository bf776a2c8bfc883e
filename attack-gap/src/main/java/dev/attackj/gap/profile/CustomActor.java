package dev.attackj.gap.profile;

import java.util.List;
import java.util.Map;

/**
 * An actor read from a file before its techniques are looked up: its name, its technique IDs with
 * a weight each (scaled so the largest is 1), the software IDs it uses, and the platforms the file
 * names.
 */
record CustomActor(
    String name,
    Map<String, Double> techniques,
    List<String> softwareIds,
    List<String> platforms,
    String source) {}
