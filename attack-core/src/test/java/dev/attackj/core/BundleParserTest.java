package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BundleParserTest {

  private static BundleParser parser() {
    return new BundleParser("s.json", false, ReadLimits.defaults());
  }

  /** Returns a new copy of the text, so that sameness shows sharing. */
  private static String copy(String text) {
    return new String(text.toCharArray());
  }

  @Test
  void share_longStringsWithSameEnding() {
    BundleParser parser = parser();
    String first = "identity--00000000-0000-0000-0000-0000000000zz";
    String second = "identity--11111111-1111-1111-1111-1111111111zz";

    String sharedFirst = parser.share(first);
    String sharedSecond = parser.share(second);
    String again = parser.share(copy(second));

    assertEquals(first, sharedFirst);
    assertEquals(second, sharedSecond);
    assertSame(second, again);
  }

  @Test
  void share_longStringAfterSlotReused() {
    BundleParser parser = parser();
    String id = "marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168";
    String other = "marking-definition--00000000-8d90-4e51-bc29-000000000068";
    parser.share(id);
    parser.share(other);

    String shared = parser.share(copy(id));

    assertEquals(id, shared);
    assertNotSame(id, shared);
  }

  @Test
  void share_shortStrings_alwaysShared() {
    BundleParser parser = parser();
    String platform = parser.share(copy("Windows"));
    parser.share("identity--00000000-0000-0000-0000-0000000000zz");

    String again = parser.share(copy("Windows"));

    assertSame(platform, again);
  }
}
