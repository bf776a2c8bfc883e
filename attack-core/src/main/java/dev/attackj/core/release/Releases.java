package dev.attackj.core.release;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.release.ReleaseException.Reason;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * A downloader and cache of ATT&CK release files: finds a release in a
 * {@link ReleaseCatalogue}, downloads it once into a local cache, checks its SHA-256 digest, and
 * returns the file.
 *
 * <p>Settings, each chosen by the builder first, then a system property, then an environment
 * variable:
 *
 * <ul>
 *   <li>the cache directory: {@code attackj.cache} or {@code ATTACKJ_CACHE}, by default
 *       {@code $XDG_CACHE_HOME/attackj} or {@code ~/.cache/attackj} on Linux,
 *       {@code ~/Library/Caches/attackj} on macOS and {@code %LOCALAPPDATA%\attackj\cache} on
 *       Windows;
 *   <li>a mirror: {@code attackj.mirror} or {@code ATTACKJ_MIRROR}, a base URL that replaces
 *       {@code https://raw.githubusercontent.com/} in official URLs and serves the same paths
 *       below it. It may be {@code https}, {@code file}, or plain {@code http} for internal
 *       networks, which is logged as a warning. Every file is checked against the catalogue's
 *       digest, from any server.
 * </ul>
 *
 * <p>In offline mode nothing is sent over the network: a release comes from the cache or not at
 * all. Downloads use HTTPS unless the user names a plain {@code http} mirror or catalogue URL,
 * follow redirects only to {@code https} URLs (or {@code http} ones when the download began at
 * a plain {@code http} URL), and stop at the connect timeout (10 s by default), the read timeout
 * (30 s without data by default) and the size limit (256 MiB by default, about five times the
 * largest release so far). They go through the JVM's default proxy selector, which follows the
 * {@code https.proxyHost} and {@code https.proxyPort} system properties.
 *
 * <p>Instances are immutable and safe to share between threads. Threads and processes that
 * fetch the same release at once download it once.
 */
public final class Releases {

  /** The system property that sets the cache directory. */
  public static final String CACHE_PROPERTY = "attackj.cache";
  /** The environment variable that sets the cache directory. */
  public static final String CACHE_VARIABLE = "ATTACKJ_CACHE";
  /** The system property that sets the mirror. */
  public static final String MIRROR_PROPERTY = "attackj.mirror";
  /** The environment variable that sets the mirror. */
  public static final String MIRROR_VARIABLE = "ATTACKJ_MIRROR";

  private static final System.Logger LOGGER = System.getLogger(Releases.class.getName());

  private final ReleaseCatalogue catalogue;
  private final ReleaseCache cache;
  private final Optional<URI> mirror;
  private final boolean offline;
  private final Transfer transfer;
  private final AtomicBoolean plainHttpWarned = new AtomicBoolean();

  private Releases(Builder builder, Path cacheDirectory, Optional<URI> mirror) {
    this.catalogue = builder.catalogue;
    this.cache = new ReleaseCache(cacheDirectory);
    this.mirror = mirror;
    this.offline = builder.offline;
    HttpClient.Builder client = HttpClient.newBuilder()
        .connectTimeout(builder.connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(ProxySelector.getDefault());
    if (builder.sslContext != null) {
      client.sslContext(builder.sslContext);
    }
    this.transfer = new Transfer(client.build(), builder.readTimeout, builder.maxBytes);
  }

  /** Returns a builder with the default settings described above. */
  public static Builder builder() {
    return new Builder();
  }

  public ReleaseCatalogue catalogue() {
    return catalogue;
  }

  /** The absolute cache directory. */
  public Path cacheDirectory() {
    return cache.directory();
  }

  /** The mirror base URL, ending in {@code /}, when one is set. */
  public Optional<URI> mirror() {
    return mirror;
  }

  public boolean isOffline() {
    return offline;
  }

  /**
   * Finds the release of a domain and version, in STIX 2.1 when the catalogue lists it, else in
   * STIX 2.0.
   *
   * @throws ReleaseException with reason {@link Reason#UNKNOWN_RELEASE} if the catalogue lists
   *     neither
   */
  public Release release(String domain, String version) throws ReleaseException {
    return catalogue.find(domain, version).orElseThrow(() -> unknown(domain, version, null));
  }

  /**
   * Finds the release of a domain and version in a STIX version.
   *
   * @throws ReleaseException with reason {@link Reason#UNKNOWN_RELEASE} if the catalogue does not
   *     list it
   */
  public Release release(String domain, String version, StixVersion stixVersion)
      throws ReleaseException {
    return catalogue.find(domain, version, stixVersion)
        .orElseThrow(() -> unknown(domain, version, stixVersion));
  }

  /**
   * Finds the newest release of a domain that the catalogue lists, leaving out pre-releases, in
   * STIX 2.1 when that version is listed in STIX 2.1.
   *
   * @throws ReleaseException with reason {@link Reason#UNKNOWN_RELEASE} if the catalogue lists
   *     no release of the domain
   */
  public Release newest(String domain) throws ReleaseException {
    return catalogue.newest(domain).orElseThrow(() -> new ReleaseException(
        Reason.UNKNOWN_RELEASE, "release catalogue lists no release of domain \"" + domain
            + "\"; known domains: " + catalogue.domains()));
  }

  /**
   * Finds the cached bundle of a domain with the highest release version, leaving out
   * pre-releases: a file of the cache directory named like a release file, such as
   * {@code enterprise-attack-18.1.json}, {@code enterprise-attack-18.1.stix21.json} or either
   * with {@code .gz} appended. Files placed there by hand count too, including releases the
   * catalogue does not list yet, so their digest is not checked.
   *
   * @return the file, or empty when the cache directory has no bundle of the domain
   * @throws IOException if the cache directory exists but cannot be listed
   */
  public Optional<Path> newestCached(String domain) throws IOException {
    Path directory = cache.directory();
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    Pattern name = Pattern.compile(Pattern.quote(domain)
        + "-attack-(\\d+\\.\\d+)(\\.stix21)?\\.json(\\.gz)?");
    Path newest = null;
    String newestVersion = null;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        Matcher matcher = name.matcher(file.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(file)) {
          continue;
        }
        String version = matcher.group(1);
        if (newestVersion == null || ReleaseVersion.ORDER.compare(version, newestVersion) > 0) {
          newest = file;
          newestVersion = version;
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  /** Returns the URL a release is fetched from: its catalogue URL, below the mirror if set. */
  public URI sourceOf(Release release) {
    String url = release.url().toString();
    if (mirror.isPresent() && url.startsWith(Release.OFFICIAL_BASE)) {
      return URI.create(mirror.get() + url.substring(Release.OFFICIAL_BASE.length()));
    }
    return release.url();
  }

  /** Returns the path a release has, or would have, in the cache. */
  public Path cachePathOf(Release release) {
    return cache.pathOf(release);
  }

  /** Returns the verified file of a release, downloading it first unless cached. */
  public Path fetch(Release release) throws IOException {
    return fetch(release, ProgressListener.none());
  }

  /**
   * Returns the verified file of a release: the cached copy when its digest matches, otherwise
   * a fresh download that replaces it. Each call reads the cached file once to check it.
   *
   * @param listener receives the progress of a download
   * @throws ReleaseException if the release is not cached in offline mode, or the download fails
   *     or does not match the digest
   * @throws java.io.InterruptedIOException if the thread is interrupted while downloading
   */
  public Path fetch(Release release, ProgressListener listener) throws IOException {
    Objects.requireNonNull(listener, "listener");
    ReleaseCache.State state = cache.check(release);
    if (state == ReleaseCache.State.VALID) {
      return cache.pathOf(release);
    }
    if (offline) {
      throw notCached(release, state);
    }
    if (state == ReleaseCache.State.CORRUPT) {
      LOGGER.log(Level.WARNING, "Cached file {0} does not match the SHA-256 digest of {1};"
          + " downloading it again", cache.pathOf(release), release);
    }
    URI source = sourceOf(release);
    warnIfPlainHttp(source);
    return cache.fill(release, out -> transfer.copy(source, release, out, listener));
  }

  /**
   * Loads a release into a knowledge base, fetching it first unless cached: the release of the
   * domain and version in STIX 2.1 when the catalogue lists it, else in STIX 2.0.
   *
   * @param domain such as {@code enterprise}, {@code mobile} or {@code ics}
   * @param version such as {@code 17.1}
   * @throws ReleaseException if the catalogue does not list the release, or it cannot be fetched
   * @throws IOException if the file cannot be read
   */
  public KnowledgeBase load(String domain, String version) throws IOException {
    return load(release(domain, version), ProgressListener.none());
  }

  /**
   * Loads a release into a knowledge base, fetching it first unless cached.
   *
   * @param listener receives the progress of a download
   * @throws ReleaseException if the release cannot be fetched
   * @throws IOException if the file cannot be read
   */
  public KnowledgeBase load(Release release, ProgressListener listener) throws IOException {
    return KnowledgeBase.load(fetch(release, listener));
  }

  private void warnIfPlainHttp(URI source) {
    if (Transfer.scheme(source).equals("http") && plainHttpWarned.compareAndSet(false, true)) {
      LOGGER.log(Level.WARNING, "Downloading ATT&CK releases over plain http from {0}; the"
          + " SHA-256 digest is still checked, but use https outside trusted networks", source);
    }
  }

  private ReleaseException notCached(Release release, ReleaseCache.State state) {
    Path path = cache.pathOf(release);
    String found = state == ReleaseCache.State.CORRUPT
        ? "the cached file " + path + " does not match its SHA-256 digest " + release.sha256()
        : "the cache has no file " + path;
    return new ReleaseException(Reason.NOT_CACHED, "ATT&CK " + release + " is not available"
        + " offline: " + found + ". Load the bundle from a file instead (KnowledgeBase.load,"
        + " or --bundle FILE in the attack tool), copy the"
        + " uncompressed file from " + release.url() + " to " + path + ", or turn offline mode"
        + " off, if need be with a mirror that serves it (--mirror URL, system property "
        + MIRROR_PROPERTY + " or environment variable " + MIRROR_VARIABLE + ")");
  }

  private ReleaseException unknown(String domain, String version, StixVersion stixVersion) {
    String edition = stixVersion == null ? "" : " in STIX " + stixVersion.label();
    String known = catalogue.newest(domain)
        .map(newest -> "; the newest release of " + newest.domain() + " is " + newest.version())
        .orElse("; known domains: " + catalogue.domains());
    return new ReleaseException(Reason.UNKNOWN_RELEASE, "release catalogue lists no release "
        + version + " of domain \"" + domain + "\"" + edition + known
        + ". Add private or newer releases with a custom catalogue file");
  }

  /**
   * A builder of {@link Releases}. Settings left unset take the system property, then the
   * environment variable, then the default.
   */
  public static final class Builder {
    private ReleaseCatalogue catalogue = ReleaseCatalogue.builtIn();
    private Path cacheDirectory;
    private String mirror;
    private boolean offline;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private long maxBytes = 256L << 20;
    private SSLContext sslContext;
    private UnaryOperator<String> properties = System::getProperty;
    private UnaryOperator<String> variables = System::getenv;

    private Builder() {}

    /** Sets the catalogue; by default the {@linkplain ReleaseCatalogue#builtIn() built-in} one. */
    public Builder catalogue(ReleaseCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    public Builder cacheDirectory(Path cacheDirectory) {
      this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
      return this;
    }

    /**
     * Sets the mirror: an {@code https}, {@code http} or {@code file} base URL, or a local
     * directory path.
     */
    public Builder mirror(String mirror) {
      this.mirror = Objects.requireNonNull(mirror, "mirror");
      return this;
    }

    /** Sets whether to work from the cache only, never using the network; off by default. */
    public Builder offline(boolean offline) {
      this.offline = offline;
      return this;
    }

    /** Sets how long to wait for a connection; 10 seconds by default. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connect timeout");
      return this;
    }

    /** Sets how long to wait for the response and then for each block of data; 30 s by default. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "read timeout");
      return this;
    }

    /** Sets the largest file to download, in bytes; 256 MiB by default. */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Sets the TLS context, such as one that trusts an internal mirror's certificate authority. */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /** Replaces the lookup of system properties and environment variables, for tests. */
    Builder environment(UnaryOperator<String> properties, UnaryOperator<String> variables) {
      this.properties = properties;
      this.variables = variables;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @throws IllegalArgumentException if the mirror is not an https, http or file URL or a path
     */
    public Releases build() {
      Path directory = cacheDirectory != null ? cacheDirectory
          : setting(CACHE_PROPERTY, CACHE_VARIABLE).map(Path::of)
              .orElseGet(() -> CacheLocation.defaultDirectory(properties, variables));
      Optional<String> base = mirror != null ? Optional.of(mirror)
          : setting(MIRROR_PROPERTY, MIRROR_VARIABLE);
      return new Releases(this, directory, base.map(Builder::parseMirror));
    }

    private Optional<String> setting(String property, String variable) {
      String value = properties.apply(property);
      if (!CacheLocation.isSet(value)) {
        value = variables.apply(variable);
      }
      return CacheLocation.isSet(value) ? Optional.of(value.trim()) : Optional.empty();
    }

    static URI parseMirror(String text) {
      String trimmed = text.trim();
      URI uri;
      try {
        uri = new URI(trimmed);
      } catch (URISyntaxException e) {
        uri = null;
      }
      if (uri == null || uri.getScheme() == null || uri.getScheme().length() == 1) {
        uri = Path.of(trimmed).toAbsolutePath().toUri();
      }
      String scheme = Transfer.scheme(uri);
      if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
        throw new IllegalArgumentException("mirror must be an https, http or file URL or a"
            + " directory: \"" + text + "\"");
      }
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() == null) {
        throw new IllegalArgumentException("mirror URL must name a host: \"" + text + "\"");
      }
      String base = uri.toString();
      return URI.create(base.endsWith("/") ? base : base + "/");
    }

    private static Duration positive(Duration timeout, String name) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + timeout);
      }
      return timeout;
    }
  }
}
