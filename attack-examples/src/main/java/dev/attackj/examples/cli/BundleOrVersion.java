package dev.attackj.examples.cli;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.release.Release;
import dev.attackj.core.release.Releases;
import dev.attackj.core.release.StixVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * An argument that names ATT&CK data either as a bundle file or as a release version, such as
 * {@code --old 15.1}. An existing file wins; otherwise a version is fetched through the release
 * catalogue for the domain of {@code --domain}, with progress on standard error.
 */
final class BundleOrVersion {

  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)?");

  private BundleOrVersion() {}

  static KnowledgeBase load(String argument, ReleaseOptions options, CommandSpec spec)
      throws IOException {
    Path file = Path.of(argument);
    if (Files.isRegularFile(file)) {
      return KnowledgeBase.load(file);
    }
    if (!VERSION.matcher(argument).matches()) {
      throw new NoSuchFileException(argument
          + " (give the path of an ATT&CK STIX bundle or a release version such as 18.1)");
    }
    Releases releases = options.releases();
    DownloadProgress progress = DownloadProgress.forConsole(spec.commandLine().getErr());
    try {
      Release release = options.stix == null
          ? releases.release(options.domain, argument)
          : releases.release(options.domain, argument, StixVersion.parse(options.stix));
      return releases.load(release, progress);
    } finally {
      progress.finish();
    }
  }

  /** Rejects {@code --version}, which commands that take versions as arguments do not use. */
  static void rejectVersionOption(ReleaseOptions options, CommandSpec spec, String instead) {
    if (options.version != null) {
      throw DataOptions.usage(spec.commandLine(), "--version does not apply here; " + instead);
    }
  }
}
