package dev.attackj.examples.cli;

import dev.attackj.core.release.Release;
import dev.attackj.core.release.ReleaseCatalogue;
import dev.attackj.core.release.ReleaseException;
import dev.attackj.core.release.Releases;
import dev.attackj.core.release.StixVersion;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that name an ATT&CK release and where to get it: version, domain, STIX version,
 * mirror, custom catalogue, cache directory and offline mode.
 *
 * <p>They also provide {@code -h, --help}: commands with these options cannot use picocli's
 * standard help options, whose {@code --version} would clash with the release version.
 */
final class ReleaseOptions {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--version", paramLabel = "V",
      description = "ATT&CK release to use, such as 17.1; downloaded on first use, then cached.")
  String version;

  @Option(names = "--domain", paramLabel = "D", defaultValue = "enterprise",
      description = "ATT&CK domain of the release: enterprise, mobile or ics "
          + "(default: ${DEFAULT-VALUE}).")
  String domain;

  @Option(names = "--stix", paramLabel = "2.0|2.1",
      description = "STIX version of the release file (default: 2.1 where published, else 2.0).")
  String stix;

  @Option(names = "--mirror", paramLabel = "URL",
      description = "Base URL that replaces https://raw.githubusercontent.com/ in release URLs: "
          + "https, http (internal networks only), file, or a directory "
          + "(default: property attackj.mirror or variable ATTACKJ_MIRROR).")
  String mirror;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Custom release catalogue (JSON) that adds releases or replaces entries.")
  Path catalog;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Cache directory (default: property attackj.cache, variable ATTACKJ_CACHE, "
          + "or the user cache directory such as ~/.cache/attackj).")
  Path cache;

  @Option(names = "--offline", description = "Use only the cache and never download.")
  boolean offline;

  /** Builds the release source these options describe. */
  Releases releases() throws IOException {
    Releases.Builder builder = Releases.builder().offline(offline);
    if (catalog != null) {
      builder.catalogue(ReleaseCatalogue.builtIn().withOverrides(ReleaseCatalogue.read(catalog)));
    }
    if (mirror != null) {
      builder.mirror(mirror);
    }
    if (cache != null) {
      builder.cacheDirectory(cache);
    }
    return builder.build();
  }

  /** Finds the release of {@code --version}, or the newest release of the domain without it. */
  Release release(Releases releases) throws ReleaseException {
    if (version == null) {
      return stix == null
          ? releases.newest(domain)
          : releases.catalogue().newest(domain, StixVersion.parse(stix))
              .orElseThrow(() -> new IllegalArgumentException("release catalogue lists no "
                  + "release of domain \"" + domain + "\" in STIX " + stix));
    }
    return stix == null
        ? releases.release(domain, version)
        : releases.release(domain, version, StixVersion.parse(stix));
  }
}
