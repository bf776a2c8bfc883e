package dev.attackj.gap;

import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The Enterprise ATT&CK 18.1 knowledge base, loaded once for all tests of the module. */
public final class Enterprise {

  private static KnowledgeBase knowledgeBase;

  private Enterprise() {}

  /** Loads the knowledge base on first use; skips the calling test when the data is absent. */
  public static synchronized KnowledgeBase v18() {
    if (knowledgeBase == null) {
      try {
        knowledgeBase = KnowledgeBase.load(TestData.enterprise("18.1"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return knowledgeBase;
  }
}
