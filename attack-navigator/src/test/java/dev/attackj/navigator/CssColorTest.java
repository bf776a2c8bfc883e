package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CssColorTest {

  @Test
  void isValid_formsTheNavigatorReads() {
    for (String color : new String[] {"#ff6666", "ff6666", "#F66", "#ff6666ff", "#f66f", "red",
        "Transparent", "rgb(255, 0, 0)", "rgba(255,0,0,0.5)", "hsl(0, 100%, 50%)",
        "hsv(0, 100%, 100%)"}) {
      assertTrue(CssColor.isValid(color), color);
    }
  }

  @Test
  void isValid_rejectsOtherText() {
    for (String color : new String[] {"", "#ff666", "#gggggg", "reddish", "javascript:x",
        "#ff6666ff00"}) {
      assertFalse(CssColor.isValid(color), color);
    }
  }

  @Test
  void toHex_convertsEveryForm() {
    assertEquals(Optional.of("#ff0000"), CssColor.toHex("red"));
    assertEquals(Optional.of("#ff6666"), CssColor.toHex("#F66"));
    assertEquals(Optional.of("#ff0000"), CssColor.toHex("hsl(0, 100%, 50%)"));
    assertEquals(Optional.of("#00ff00"), CssColor.toHex("rgb(0%, 100%, 0%)"));
    assertEquals(Optional.of("#663399"), CssColor.toHex("rebeccapurple"));
  }

  @Test
  void readableOn_picksTheStrongerContrast() {
    assertEquals("#000000", CssColor.readableOn("#ffffff"));
    assertEquals("#000000", CssColor.readableOn("#66b1ff"));
    assertEquals("#ffffff", CssColor.readableOn("#205b8f"));
    assertEquals("#ffffff", CssColor.readableOn("#000000"));
  }

  @Test
  void onWhite_blendsTransparency() {
    assertEquals("#ffffff", CssColor.onWhite("#ff000000", "#000000"));
    assertEquals("#ff0000", CssColor.onWhite("red", "#000000"));
    assertEquals("#000000", CssColor.onWhite("not a color", "#000000"));
  }

  @Test
  void alpha_ofEightDigitHex() {
    assertEquals(0.0, CssColor.alpha("#ffffff00"));
    assertEquals(1.0, CssColor.alpha("#ffffff"));
  }
}
