package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.release.Release;
import dev.attackj.core.release.Releases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attack download}: fetches an ATT&CK release into the cache and prints its path. */
@Command(name = "download",
    description = "Download an ATT&CK release into the cache, check its SHA-256 digest against "
        + "the release catalogue, and print the path of the file. Without --version, the newest "
        + "release of the domain in the catalogue.")
final class DownloadCommand implements Callable<Integer> {

  @Mixin
  ReleaseOptions options;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Releases releases = options.releases();
    Release release = options.release(releases);
    DownloadProgress progress = DownloadProgress.forConsole(spec.commandLine().getErr());
    Path file;
    try {
      file = releases.fetch(release, progress);
    } finally {
      progress.finish();
    }

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, describe(release, releases, file, progress.downloaded()));
    } else {
      out.println("ATT&CK " + release + (progress.downloaded() ? " downloaded to " : " cached at ")
          + file);
      out.flush();
    }
    return 0;
  }

  private static ObjectNode describe(
      Release release, Releases releases, Path file, boolean downloaded) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("domain", release.domain());
    node.put("version", release.version());
    node.put("stix", release.stixVersion().label());
    node.put("url", release.url().toString());
    node.put("source", releases.sourceOf(release).toString());
    node.put("sha256", release.sha256());
    node.put("path", file.toString());
    node.put("downloaded", downloaded);
    return node;
  }
}
