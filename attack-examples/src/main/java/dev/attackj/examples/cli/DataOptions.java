package dev.attackj.examples.cli;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.release.Release;
import dev.attackj.core.release.Releases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that name the ATT&CK data a command works on, shared by every command: bundle
 * files, or a release by version that is downloaded on first use.
 */
final class DataOptions {

  @Option(names = "--bundle", paramLabel = "FILE",
      description = "An ATT&CK STIX bundle (JSON, gzip-compressed or not); repeat for several "
          + "domains.")
  List<Path> bundles = new ArrayList<>();

  @Mixin
  ReleaseOptions releaseOptions;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * Loads the knowledge base the options name: the bundle files, or the release of
   * {@code --version}, fetched with progress on standard error unless cached.
   */
  KnowledgeBase knowledgeBase() throws IOException {
    if (!bundles.isEmpty() && releaseOptions.version != null) {
      throw usage(command.commandLine(), "give either --bundle or --version, not both");
    }
    if (!bundles.isEmpty()) {
      return KnowledgeBase.load(bundles.toArray(Path[]::new));
    }
    if (releaseOptions.version == null) {
      throw new IllegalArgumentException(
          "no ATT&CK data: give --bundle FILE or --version V [--domain D]");
    }
    Releases releases = releaseOptions.releases();
    Release release = releaseOptions.release(releases);
    DownloadProgress progress = DownloadProgress.forConsole(command.commandLine().getErr());
    try {
      return releases.load(release, progress);
    } finally {
      progress.finish();
    }
  }

  /**
   * The ATT&CK release of the loaded data, such as {@code 18.1}: from the bundles' collection
   * objects, else from the file name of a single bundle.
   */
  java.util.Optional<String> release(KnowledgeBase kb) {
    return kb.release().or(this::namedRelease);
  }

  /**
   * The ATT&CK release the options name without loading the data: {@code --version}, else the
   * version in the file name of a single bundle, such as {@code 18.1}.
   */
  java.util.Optional<String> namedRelease() {
    if (releaseOptions.version != null) {
      return java.util.Optional.of(releaseOptions.version);
    }
    if (bundles.size() != 1) {
      return java.util.Optional.empty();
    }
    java.util.regex.Matcher matcher = java.util.regex.Pattern
        .compile("-(\\d+\\.\\d+)\\.").matcher(bundles.get(0).getFileName().toString());
    return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
  }

  static ParameterException usage(picocli.CommandLine line, String message) {
    return new ParameterException(line, message);
  }
}
