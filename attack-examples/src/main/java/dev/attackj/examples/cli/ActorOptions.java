package dev.attackj.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that name the actors of a threat profile and the platforms it keeps. */
final class ActorOptions {

  @Option(names = "--actors", split = ",", paramLabel = "ACTOR",
      description = "ATT&CK groups, campaigns or software by ID, name or alias, separated by "
          + "commas, such as FIN7,APT38.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "FILE",
      description = "Custom actors: a DeTT&CT group file (.yaml), a Navigator layer (.json) or a "
          + "CSV file of technique IDs; repeat for several.")
  List<Path> profiles = new ArrayList<>();

  @Option(names = "--platform", paramLabel = "PLATFORM",
      description = "Keep only techniques of this platform, such as Windows; repeat for several.")
  List<String> platforms = new ArrayList<>();
}
