package dev.attackj.navigator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Color strings as the Navigator reads them with tinycolor2 1.x: CSS color names,
 * {@code transparent}, hex with or without {@code #} in 3, 4, 6 or 8 digits, and
 * {@code rgb()}, {@code rgba()}, {@code hsl()}, {@code hsla()}, {@code hsv()} and {@code hsva()}.
 */
final class CssColor {

  private static final String UNIT = "(?:[-+]?\\d*\\.\\d+%?)|(?:[-+]?\\d+%?)";
  private static final String MATCH3 =
      "[\\s|(]+(" + UNIT + ")[,|\\s]+(" + UNIT + ")[,|\\s]+(" + UNIT + ")\\s*\\)?";
  private static final String MATCH4 = "[\\s|(]+(" + UNIT + ")[,|\\s]+(" + UNIT + ")[,|\\s]+("
      + UNIT + ")[,|\\s]+(" + UNIT + ")\\s*\\)?";
  private static final Pattern RGB = Pattern.compile("rgb" + MATCH3);
  private static final Pattern RGBA = Pattern.compile("rgba" + MATCH4);
  private static final Pattern HSL = Pattern.compile("hsl" + MATCH3);
  private static final Pattern HSLA = Pattern.compile("hsla" + MATCH4);
  private static final Pattern HSV = Pattern.compile("hsv" + MATCH3);
  private static final Pattern HSVA = Pattern.compile("hsva" + MATCH4);
  private static final Pattern HEX = Pattern.compile(
      "#?([0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{4}|[0-9a-f]{3})");

  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    String[] pairs = {
      "aliceblue", "f0f8ff", "antiquewhite", "faebd7", "aqua", "00ffff", "aquamarine", "7fffd4",
      "azure", "f0ffff", "beige", "f5f5dc", "bisque", "ffe4c4", "black", "000000",
      "blanchedalmond", "ffebcd", "blue", "0000ff", "blueviolet", "8a2be2", "brown", "a52a2a",
      "burlywood", "deb887", "cadetblue", "5f9ea0", "chartreuse", "7fff00", "chocolate", "d2691e",
      "coral", "ff7f50", "cornflowerblue", "6495ed", "cornsilk", "fff8dc", "crimson", "dc143c",
      "cyan", "00ffff", "darkblue", "00008b", "darkcyan", "008b8b", "darkgoldenrod", "b8860b",
      "darkgray", "a9a9a9", "darkgreen", "006400", "darkgrey", "a9a9a9", "darkkhaki", "bdb76b",
      "darkmagenta", "8b008b", "darkolivegreen", "556b2f", "darkorange", "ff8c00",
      "darkorchid", "9932cc", "darkred", "8b0000", "darksalmon", "e9967a", "darkseagreen", "8fbc8f",
      "darkslateblue", "483d8b", "darkslategray", "2f4f4f", "darkslategrey", "2f4f4f",
      "darkturquoise", "00ced1", "darkviolet", "9400d3", "deeppink", "ff1493",
      "deepskyblue", "00bfff", "dimgray", "696969", "dimgrey", "696969", "dodgerblue", "1e90ff",
      "firebrick", "b22222", "floralwhite", "fffaf0", "forestgreen", "228b22", "fuchsia", "ff00ff",
      "gainsboro", "dcdcdc", "ghostwhite", "f8f8ff", "gold", "ffd700", "goldenrod", "daa520",
      "gray", "808080", "green", "008000", "greenyellow", "adff2f", "grey", "808080",
      "honeydew", "f0fff0", "hotpink", "ff69b4", "indianred", "cd5c5c", "indigo", "4b0082",
      "ivory", "fffff0", "khaki", "f0e68c", "lavender", "e6e6fa", "lavenderblush", "fff0f5",
      "lawngreen", "7cfc00", "lemonchiffon", "fffacd", "lightblue", "add8e6",
      "lightcoral", "f08080", "lightcyan", "e0ffff", "lightgoldenrodyellow", "fafad2",
      "lightgray", "d3d3d3", "lightgreen", "90ee90", "lightgrey", "d3d3d3", "lightpink", "ffb6c1",
      "lightsalmon", "ffa07a", "lightseagreen", "20b2aa", "lightskyblue", "87cefa",
      "lightslategray", "778899", "lightslategrey", "778899", "lightsteelblue", "b0c4de",
      "lightyellow", "ffffe0", "lime", "00ff00", "limegreen", "32cd32", "linen", "faf0e6",
      "magenta", "ff00ff", "maroon", "800000", "mediumaquamarine", "66cdaa", "mediumblue", "0000cd",
      "mediumorchid", "ba55d3", "mediumpurple", "9370db", "mediumseagreen", "3cb371",
      "mediumslateblue", "7b68ee", "mediumspringgreen", "00fa9a", "mediumturquoise", "48d1cc",
      "mediumvioletred", "c71585", "midnightblue", "191970", "mintcream", "f5fffa",
      "mistyrose", "ffe4e1", "moccasin", "ffe4b5", "navajowhite", "ffdead", "navy", "000080",
      "oldlace", "fdf5e6", "olive", "808000", "olivedrab", "6b8e23", "orange", "ffa500",
      "orangered", "ff4500", "orchid", "da70d6", "palegoldenrod", "eee8aa", "palegreen", "98fb98",
      "paleturquoise", "afeeee", "palevioletred", "db7093", "papayawhip", "ffefd5",
      "peachpuff", "ffdab9", "peru", "cd853f", "pink", "ffc0cb", "plum", "dda0dd",
      "powderblue", "b0e0e6", "purple", "800080", "rebeccapurple", "663399", "red", "ff0000",
      "rosybrown", "bc8f8f", "royalblue", "4169e1", "saddlebrown", "8b4513", "salmon", "fa8072",
      "sandybrown", "f4a460", "seagreen", "2e8b57", "seashell", "fff5ee", "sienna", "a0522d",
      "silver", "c0c0c0", "skyblue", "87ceeb", "slateblue", "6a5acd", "slategray", "708090",
      "slategrey", "708090", "snow", "fffafa", "springgreen", "00ff7f", "steelblue", "4682b4",
      "tan", "d2b48c", "teal", "008080", "thistle", "d8bfd8", "tomato", "ff6347",
      "turquoise", "40e0d0", "violet", "ee82ee", "wheat", "f5deb3", "white", "ffffff",
      "whitesmoke", "f5f5f5", "yellow", "ffff00", "yellowgreen", "9acd32"
    };
    for (int i = 0; i < pairs.length; i += 2) {
      NAMES.put(pairs[i], pairs[i + 1]);
    }
  }

  private CssColor() {}

  /** Whether the Navigator understands the text as a color. */
  static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /**
   * Parses a color into red, green and blue from 0 to 255 (not rounded) and alpha from 0 to 1,
   * or returns empty when the Navigator would not understand it.
   */
  static Optional<double[]> parse(String text) {
    String color = text.trim().toLowerCase(Locale.ROOT);
    if (color.equals("transparent")) {
      return Optional.of(new double[] {0, 0, 0, 0});
    }
    String named = NAMES.get(color);
    if (named != null) {
      color = named;
    }
    Matcher hex = HEX.matcher(color);
    if (hex.matches()) {
      return Optional.of(fromHex(hex.group(1)));
    }
    return parseFunction(color);
  }

  /** The color as {@code #rrggbb}, or empty when it is not a color. */
  static Optional<String> toHex(String text) {
    return parse(text).map(rgba -> String.format("#%02x%02x%02x",
        Math.round(rgba[0]), Math.round(rgba[1]), Math.round(rgba[2])));
  }

  /**
   * The color as {@code #rrggbb} as it looks over white, blending in its transparency, or the
   * fallback when the text is not a color.
   */
  static String onWhite(String text, String fallback) {
    return parse(text).map(rgba -> String.format("#%02x%02x%02x",
        Math.round(rgba[0] * rgba[3] + 255 * (1 - rgba[3])),
        Math.round(rgba[1] * rgba[3] + 255 * (1 - rgba[3])),
        Math.round(rgba[2] * rgba[3] + 255 * (1 - rgba[3])))).orElse(fallback);
  }

  /**
   * Returns white or black, whichever contrasts more with a background by the WCAG 2 contrast
   * ratio, white on a tie, as tinycolor2's {@code mostReadable(fill, ['white', 'black'])} picks.
   */
  static String readableOn(String background) {
    double[] rgba = parse(background).orElse(new double[] {255, 255, 255, 1});
    double luminance = 0.2126 * linear(rgba[0]) + 0.7152 * linear(rgba[1])
        + 0.0722 * linear(rgba[2]);
    double withBlack = (luminance + 0.05) / 0.05;
    double withWhite = 1.05 / (luminance + 0.05);
    return withWhite >= withBlack ? "#ffffff" : "#000000";
  }

  private static double linear(double channel) {
    double value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  }

  /** The alpha of a color from 0 to 1, or 1 when it is not a color. */
  static double alpha(String text) {
    return parse(text).map(rgba -> rgba[3]).orElse(1.0);
  }

  private static double[] fromHex(String digits) {
    String full = digits;
    if (digits.length() <= 4) {
      StringBuilder doubled = new StringBuilder();
      for (char digit : digits.toCharArray()) {
        doubled.append(digit).append(digit);
      }
      full = doubled.toString();
    }
    double alpha = full.length() == 8 ? Integer.parseInt(full.substring(6, 8), 16) / 255.0 : 1;
    return new double[] {
        Integer.parseInt(full.substring(0, 2), 16),
        Integer.parseInt(full.substring(2, 4), 16),
        Integer.parseInt(full.substring(4, 6), 16),
        alpha};
  }

  private static Optional<double[]> parseFunction(String color) {
    Matcher match;
    if ((match = RGBA.matcher(color)).find() || (match = RGB.matcher(color)).find()) {
      return Optional.of(new double[] {
          bound(match.group(1), 255) * 255, bound(match.group(2), 255) * 255,
          bound(match.group(3), 255) * 255, alpha(match, 4)});
    }
    if ((match = HSLA.matcher(color)).find() || (match = HSL.matcher(color)).find()) {
      double[] rgb = hslToRgb(bound(match.group(1), 360), bound(percent(match.group(2)), 100),
          bound(percent(match.group(3)), 100));
      return Optional.of(new double[] {rgb[0], rgb[1], rgb[2], alpha(match, 4)});
    }
    if ((match = HSVA.matcher(color)).find() || (match = HSV.matcher(color)).find()) {
      double[] rgb = hsvToRgb(bound(match.group(1), 360), bound(percent(match.group(2)), 100),
          bound(percent(match.group(3)), 100));
      return Optional.of(new double[] {rgb[0], rgb[1], rgb[2], alpha(match, 4)});
    }
    return Optional.empty();
  }

  private static double alpha(Matcher match, int group) {
    if (match.groupCount() < group) {
      return 1;
    }
    String text = match.group(group);
    double value = text.endsWith("%")
        ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
        : Double.parseDouble(text);
    return value < 0 || value > 1 ? 1 : value;
  }

  /** A value of 0 to 1 written as a fraction becomes a percentage, as tinycolor reads it. */
  private static String percent(String text) {
    if (!text.endsWith("%") && Double.parseDouble(text) <= 1) {
      return Double.parseDouble(text) * 100 + "%";
    }
    return text;
  }

  /** A value bounded to 0..max and scaled to 0..1; percentages scale by 100 first. */
  private static double bound(String text, double max) {
    boolean isPercent = text.endsWith("%");
    double value = Double.parseDouble(isPercent ? text.substring(0, text.length() - 1) : text);
    if (isPercent) {
      value = value * max / 100;
    }
    value = Math.min(max, Math.max(0, value));
    if (Math.abs(value - max) < 0.000001) {
      return 1;
    }
    return (value % max) / max;
  }

  private static double[] hslToRgb(double h, double s, double l) {
    double r;
    double g;
    double b;
    if (s == 0) {
      r = l;
      g = l;
      b = l;
    } else {
      double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
      double p = 2 * l - q;
      r = hueToRgb(p, q, h + 1.0 / 3);
      g = hueToRgb(p, q, h);
      b = hueToRgb(p, q, h - 1.0 / 3);
    }
    return new double[] {r * 255, g * 255, b * 255};
  }

  private static double hueToRgb(double p, double q, double t) {
    double hue = t;
    if (hue < 0) {
      hue += 1;
    } else if (hue > 1) {
      hue -= 1;
    }
    if (hue < 1.0 / 6) {
      return p + (q - p) * 6 * hue;
    }
    if (hue < 1.0 / 2) {
      return q;
    }
    if (hue < 2.0 / 3) {
      return p + (q - p) * (2.0 / 3 - hue) * 6;
    }
    return p;
  }

  private static double[] hsvToRgb(double h, double s, double v) {
    double sector = Math.floor(h * 6);
    double f = h * 6 - sector;
    double p = v * (1 - s);
    double q = v * (1 - f * s);
    double t = v * (1 - (1 - f) * s);
    int mod = (int) (sector % 6);
    double[][] table = {{v, t, p}, {q, v, p}, {p, v, t}, {p, q, v}, {t, p, v}, {v, p, q}};
    double[] rgb = table[mod];
    return new double[] {rgb[0] * 255, rgb[1] * 255, rgb[2] * 255};
  }
}
