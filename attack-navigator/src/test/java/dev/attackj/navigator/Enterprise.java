package dev.attackj.navigator;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The enterprise 18.1 knowledge base, loaded once for all tests that need it. */
final class Enterprise {

  private static KnowledgeBase loaded;

  private Enterprise() {}

  /** Returns the knowledge base, or skips the calling test when the data is absent. */
  static synchronized KnowledgeBase kb() {
    Path bundle = TestData.enterprise("18.1");
    if (loaded == null) {
      try {
        loaded = KnowledgeBase.load(bundle);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loaded;
  }
}
