package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.release.ReleaseException.Reason;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasesTest {

  @TempDir static Path shared;
  @TempDir Path cache;

  private static MirrorFolder mirror;
  private LoopbackServer server;

  @BeforeAll
  static void createMirror() throws IOException {
    mirror = MirrorFolder.create(shared);
  }

  @BeforeEach
  void startServer() throws IOException {
    server = LoopbackServer.http(mirror.root);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private Releases.Builder online(URI base) {
    return Releases.builder()
        .catalogue(ReleaseCatalogue.builtIn().withOverrides(mirror.catalogue))
        .cacheDirectory(cache)
        .mirror(base.toString())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5));
  }

  private Releases offline() {
    return Releases.builder()
        .catalogue(ReleaseCatalogue.builtIn().withOverrides(mirror.catalogue))
        .cacheDirectory(cache)
        .offline(true)
        .build();
  }

  private List<String> cacheFiles() throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(path -> path.getFileName().toString())
          .filter(name -> !name.endsWith(".lock"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void fetch_downloadsThenServesFromCache() throws IOException {
    Releases releases = online(server.base()).build();
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    List<long[]> progress = new CopyOnWriteArrayList<>();
    ProgressListener listener = (r, bytes, total) -> progress.add(
        new long[] {bytes, total.orElse(-1)});

    Path first = releases.fetch(release, listener);
    Path second = releases.fetch(release, listener);

    long size = Files.size(mirror.fileOf(release));
    assertEquals(cache.resolve("ics-attack-18.1.json"), first);
    assertEquals(first, second);
    assertEquals(release.sha256(), Sha256.of(first));
    assertEquals(1, server.requests());
    assertEquals(size, progress.get(progress.size() - 1)[0]);
    assertEquals(size, progress.get(progress.size() - 1)[1]);
    assertEquals(List.of("ics-attack-18.1.json"), cacheFiles());
  }

  @Test
  void fetch_builtInDigestThroughMirror() throws IOException {
    Releases releases = Releases.builder()
        .cacheDirectory(cache)
        .mirror(server.base().toString())
        .build();
    Release release = releases.release("mobile", "17.1", StixVersion.STIX_2_1);

    Path file = releases.fetch(release);

    assertEquals(release.sha256(), Sha256.of(file));
    assertEquals(1, server.requests(
        "/mitre-attack/attack-stix-data/master/mobile-attack/mobile-attack-17.1.json"));
  }

  @Test
  void load_fromMirrorIntoKnowledgeBase() throws IOException {
    Releases releases = online(server.base()).build();

    KnowledgeBase kb = releases.load("mobile", "17.1");

    assertEquals(Optional.of("17.1"), kb.release());
    assertFalse(kb.techniques().isEmpty());
    assertEquals(1, server.requests());
  }

  @Test
  void fetch_missingOnServer() {
    Releases releases = online(server.base()).build();
    Release release = ReleaseCatalogue.builtIn()
        .find("ics", "17.1", StixVersion.STIX_2_0).orElseThrow();

    ReleaseException error = assertThrows(ReleaseException.class, () -> releases.fetch(release));

    assertEquals(Reason.NOT_FOUND, error.reason());
    assertTrue(error.getMessage().contains("HTTP 404"), error.getMessage());
    assertTrue(error.getMessage().contains(server.base() + "mitre/cti/ATT%26CK-v17.1/"),
        error.getMessage());
  }

  @Test
  void fetch_wrongDigestLeavesNothing() throws IOException {
    Releases releases = online(server.base()).build();
    Release release = Release.builder().from(mirror.listed(MirrorFolder.ICS_18_1))
        .sha256("f".repeat(64)).build();

    ReleaseException error = assertThrows(ReleaseException.class, () -> releases.fetch(release));

    assertEquals(Reason.DIGEST_MISMATCH, error.reason());
    assertTrue(error.getMessage().contains("f".repeat(64)), error.getMessage());
    assertTrue(error.getMessage().contains(mirror.listed(MirrorFolder.ICS_18_1).sha256()),
        error.getMessage());
    assertEquals(List.of(), cacheFiles());
  }

  @Test
  void fetch_connectionClosedMidBody() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    try (RawServer raw = new RawServer(out -> {
      out.write(RawServer.ascii("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"));
      out.write(new byte[40_000]);
      out.flush();
    })) {
      Releases releases = online(raw.base()).build();

      ReleaseException error =
          assertThrows(ReleaseException.class, () -> releases.fetch(release));

      assertEquals(Reason.INCOMPLETE, error.reason());
      assertEquals(List.of(), cacheFiles());
    }
  }

  @Test
  void fetch_stalledServerTimesOut() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    server.override(release.url().getPath(), exchange -> {
      exchange.sendResponseHeaders(200, Files.size(mirror.fileOf(release)));
      LoopbackServer.copy(mirror.fileOf(release), exchange.getResponseBody(), 1 << 16,
          Duration.ofSeconds(5));
    });
    Releases releases = online(server.base()).readTimeout(Duration.ofMillis(300)).build();
    long start = System.nanoTime();

    ReleaseException error = assertThrows(ReleaseException.class, () -> releases.fetch(release));

    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(Reason.TIMED_OUT, error.reason());
    assertTrue(error.getMessage().contains("no data for 300 ms"), error.getMessage());
    assertTrue(elapsed.compareTo(Duration.ofSeconds(4)) < 0, "took " + elapsed);
    assertEquals(List.of(), cacheFiles());
  }

  @Test
  void fetch_plainMirrorRedirectWithinHttp() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    server.override(release.url().getPath(),
        LoopbackServer.redirect(302, "/moved/ics-attack.json"));
    server.override("/moved/ics-attack.json", LoopbackServer.file(mirror.fileOf(release)));

    Path file = online(server.base()).build().fetch(release);

    assertEquals(release.sha256(), Sha256.of(file));
    assertEquals(1, server.requests("/moved/ics-attack.json"));
  }

  @Test
  void fetch_tooLargeFileRejected() {
    Releases releases = online(server.base()).maxBytes(1000).build();
    Release release = mirror.listed(MirrorFolder.ICS_18_1);

    ReleaseException error = assertThrows(ReleaseException.class, () -> releases.fetch(release));

    assertEquals(Reason.TOO_LARGE, error.reason());
    assertTrue(error.getMessage().contains("limit of 1000 bytes"), error.getMessage());
  }

  @Test
  void fetch_fileMirror() throws IOException {
    Releases releases = online(mirror.root.toUri()).build();
    Release release = mirror.listed(MirrorFolder.ICS_18_1);

    Path file = releases.fetch(release);

    assertEquals(release.sha256(), Sha256.of(file));
    assertEquals(0, server.requests());
  }

  @Test
  void fetch_offlineWithoutCacheNamesRemedies() {
    Releases releases = offline();
    Release release = mirror.listed(MirrorFolder.ICS_18_1);

    ReleaseException error = assertThrows(ReleaseException.class, () -> releases.fetch(release));

    String message = error.getMessage();
    assertEquals(Reason.NOT_CACHED, error.reason());
    assertTrue(message.contains(cache.resolve("ics-attack-18.1.json").toString()), message);
    assertTrue(message.contains("--bundle"), message);
    assertTrue(message.contains("--mirror"), message);
    assertEquals(0, server.requests());
  }

  @Test
  void fetch_offlineUsesCache() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    online(server.base()).build().fetch(release);

    Path file = offline().fetch(release);

    assertEquals(release.sha256(), Sha256.of(file));
    assertEquals(1, server.requests());
  }

  @Test
  void fetch_corruptedCacheDownloadsAgain() throws IOException {
    Releases releases = online(server.base()).build();
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    Path file = releases.fetch(release);
    Files.writeString(file, "{\"type\": \"bundle\"}");

    Path again = releases.fetch(release);

    assertEquals(file, again);
    assertEquals(release.sha256(), Sha256.of(again));
    assertEquals(2, server.requests());
  }

  @Test
  void fetch_corruptedCacheOfflineFails() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    Files.writeString(cache.resolve(release.fileName()), "{}");

    ReleaseException error = assertThrows(ReleaseException.class, () -> offline().fetch(release));

    assertEquals(Reason.NOT_CACHED, error.reason());
    assertTrue(error.getMessage().contains("does not match"), error.getMessage());
  }

  @Test
  void release_unknownVersionNamesNewest() {
    Releases releases = offline();

    ReleaseException error =
        assertThrows(ReleaseException.class, () -> releases.release("enterprise", "99.0"));

    assertEquals(Reason.UNKNOWN_RELEASE, error.reason());
    assertTrue(error.getMessage().contains("newest release of enterprise is 17.1"),
        error.getMessage());
  }

  @Test
  void newest_includesCustomReleases(@TempDir Path folder) throws IOException, ReleaseException {
    Path custom = Files.writeString(folder.resolve("catalogue.json"),
        MirrorFolder.catalogueJson(List.of(
            Release.official("ics", "19.0", StixVersion.STIX_2_0, "a".repeat(64)))));
    Releases releases = Releases.builder()
        .catalogue(ReleaseCatalogue.builtIn().withOverrides(ReleaseCatalogue.read(custom)))
        .cacheDirectory(cache)
        .offline(true)
        .build();

    Release newest = releases.newest("ics");

    assertEquals("19.0", newest.version());
    assertEquals(StixVersion.STIX_2_0, newest.stixVersion());
    assertEquals("18.1", offline().newest("ics").version());
    assertEquals("17.1", releases.newest("enterprise").version());
  }

  @Test
  void sourceOf_replacesOfficialHostOnly() {
    Releases releases = online(URI.create("http://mirror.example:8080/attack")).build();
    Release official = mirror.listed(MirrorFolder.ICS_18_1);
    Release privateRelease = Release.builder().from(official)
        .url(URI.create("https://intranet.example/ics.json")).build();

    assertEquals(URI.create("http://mirror.example:8080/attack/mitre/cti/ATT%26CK-v18.1/"
        + "ics-attack/ics-attack.json"), releases.sourceOf(official));
    assertEquals(privateRelease.url(), releases.sourceOf(privateRelease));
  }

  @Test
  void build_settingsFromPropertyThenVariable() {
    Map<String, String> properties = Map.of("attackj.cache", "/tmp/from-property",
        "os.name", "Linux", "user.home", "/home/user");
    Map<String, String> variables = Map.of("ATTACKJ_CACHE", "/tmp/from-variable",
        "ATTACKJ_MIRROR", "https://mirror.example/raw");

    Releases releases = Releases.builder()
        .environment(properties::get, variables::get)
        .build();

    assertEquals(Path.of("/tmp/from-property"), releases.cacheDirectory());
    assertEquals(URI.create("https://mirror.example/raw/"), releases.mirror().orElseThrow());
    assertFalse(releases.isOffline());
  }

  @Test
  void build_defaultCacheFromXdg() {
    Map<String, String> properties = Map.of("os.name", "Linux", "user.home", "/home/user");
    Map<String, String> variables = Map.of("XDG_CACHE_HOME", "/var/cache/user");

    Releases releases = Releases.builder()
        .environment(properties::get, variables::get)
        .build();

    assertEquals(Path.of("/var/cache/user/attackj"), releases.cacheDirectory());
    assertTrue(releases.mirror().isEmpty());
  }

  @Test
  void build_rejectsOtherMirrorSchemes() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Releases.builder().mirror("ftp://mirror.example/").build());

    assertTrue(error.getMessage().contains("ftp://mirror.example/"), error.getMessage());
  }

  @Test
  void build_directoryMirrorBecomesFileUrl() {
    Releases releases = Releases.builder().cacheDirectory(cache)
        .mirror(mirror.root.toString()).build();

    assertEquals(mirror.root.toUri(), releases.mirror().orElseThrow());
  }

  @Test
  void progress_reportsUnknownTotalAsEmpty() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    server.override(release.url().getPath(), exchange -> {
      exchange.sendResponseHeaders(200, 0);
      LoopbackServer.copy(mirror.fileOf(release), exchange.getResponseBody(), Long.MAX_VALUE,
          Duration.ZERO);
    });
    List<OptionalLong> totals = new CopyOnWriteArrayList<>();

    online(server.base()).build().fetch(release, (r, bytes, total) -> totals.add(total));

    assertFalse(totals.isEmpty());
    assertTrue(totals.stream().allMatch(OptionalLong::isEmpty));
  }

  @Test
  void newestCached_picksHighestVersionOfDomain() throws IOException {
    Files.writeString(cache.resolve("enterprise-attack-9.0.json"), "{}");
    Files.writeString(cache.resolve("enterprise-attack-18.1.json.gz"), "{}");
    Files.writeString(cache.resolve("enterprise-attack-11.0-beta.json"), "{}");
    Files.writeString(cache.resolve("mobile-attack-19.0.json"), "{}");
    Releases releases = Releases.builder().cacheDirectory(cache).offline(true).build();

    Optional<Path> newest = releases.newestCached("enterprise");

    assertEquals(Optional.of(cache.resolve("enterprise-attack-18.1.json.gz")), newest);
  }

  @Test
  void newestCached_emptyWithoutCacheDirectory() throws IOException {
    Releases releases = Releases.builder().cacheDirectory(cache.resolve("absent")).build();

    assertEquals(Optional.empty(), releases.newestCached("enterprise"));
  }
}
