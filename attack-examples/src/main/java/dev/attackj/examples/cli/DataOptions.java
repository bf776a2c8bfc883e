package dev.attackj.examples.cli;

import dev.attackj.core.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that say which ATT&CK data a command works on, shared by every command. */
final class DataOptions {

  @Option(names = "--bundle", paramLabel = "FILE",
      description = "An ATT&CK STIX bundle (JSON, gzip-compressed or not); repeat for several "
          + "domains.")
  List<Path> bundles = new ArrayList<>();

  /** Loads the knowledge base the options name. */
  KnowledgeBase knowledgeBase() throws IOException {
    if (bundles.isEmpty()) {
      throw new IllegalArgumentException("no ATT&CK data: give --bundle FILE");
    }
    return KnowledgeBase.load(bundles.toArray(Path[]::new));
  }

  /**
   * The ATT&CK release of the loaded data, such as {@code 18.1}: from the bundles' collection
   * objects, else from the file name of a single bundle.
   */
  java.util.Optional<String> release(KnowledgeBase kb) {
    if (kb.release().isPresent() || bundles.size() != 1) {
      return kb.release();
    }
    java.util.regex.Matcher matcher = java.util.regex.Pattern
        .compile("-(\\d+\\.\\d+)\\.").matcher(bundles.get(0).getFileName().toString());
    return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
  }

  static ParameterException usage(picocli.CommandLine line, String message) {
    return new ParameterException(line, message);
  }
}
