package dev.attackj.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.release.ReleaseException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Redirects over HTTPS, with a certificate made by {@code keytool} for 127.0.0.1. */
class TransferTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path shared;
  @TempDir Path cache;

  private static MirrorFolder mirror;
  private static SSLContext tls;

  @BeforeAll
  static void setUp() throws Exception {
    mirror = MirrorFolder.create(shared);
    tls = selfSignedContext(shared.resolve("loopback.p12"));
  }

  private Releases releases(LoopbackServer https) {
    return Releases.builder()
        .catalogue(mirror.catalogue)
        .cacheDirectory(cache)
        .mirror(https.base().toString())
        .sslContext(tls)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Test
  void copy_redirectToPlainHttpRejected() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    try (LoopbackServer https = LoopbackServer.https(mirror.root, tls);
        LoopbackServer http = LoopbackServer.http(mirror.root)) {
      https.override(release.url().getPath(), LoopbackServer.redirect(302,
          http.base() + release.url().getRawPath().substring(1)));

      ReleaseException error =
          assertThrows(ReleaseException.class, () -> releases(https).fetch(release));

      assertEquals(Reason.REDIRECT_REJECTED, error.reason());
      assertTrue(error.getMessage().contains("to " + http.base()), error.getMessage());
      assertEquals(0, http.requests());
      assertEquals(List.of(), releaseFiles());
    }
  }

  @Test
  void copy_redirectToHttpsFollowed() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    try (LoopbackServer https = LoopbackServer.https(mirror.root, tls)) {
      https.override(release.url().getPath(),
          LoopbackServer.redirect(301, "/moved/ics-attack.json"));
      https.override("/moved/ics-attack.json", LoopbackServer.file(mirror.fileOf(release)));

      Path file = releases(https).fetch(release);

      assertEquals(release.sha256(), Sha256.of(file));
      assertEquals(1, https.requests("/moved/ics-attack.json"));
    }
  }

  @Test
  void copy_redirectLoopStops() throws IOException {
    Release release = mirror.listed(MirrorFolder.ICS_18_1);
    try (LoopbackServer https = LoopbackServer.https(mirror.root, tls)) {
      https.override(release.url().getPath(),
          LoopbackServer.redirect(307, release.url().getRawPath()));

      ReleaseException error =
          assertThrows(ReleaseException.class, () -> releases(https).fetch(release));

      assertEquals(Reason.REDIRECT_REJECTED, error.reason());
      assertTrue(error.getMessage().contains("after 5 redirects"), error.getMessage());
    }
  }

  private List<String> releaseFiles() throws IOException {
    try (var files = Files.list(cache)) {
      return files.map(path -> path.getFileName().toString())
          .filter(name -> !name.endsWith(".lock"))
          .collect(java.util.stream.Collectors.toList());
    }
  }

  /** Makes a key pair and certificate for 127.0.0.1 with keytool and trusts only it. */
  private static SSLContext selfSignedContext(Path keystore) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "loopback",
        "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
        "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", new String(PASSWORD))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
    return context(keystore);
  }

  private static SSLContext context(Path keystore) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }
}
