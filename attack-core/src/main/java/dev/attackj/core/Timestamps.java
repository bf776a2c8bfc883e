package dev.attackj.core;

import java.time.Instant;
import java.time.LocalDate;

/** Parsing of STIX timestamps, fast for the form ATT&CK writes. */
final class Timestamps {

  private Timestamps() {}

  /**
   * Parses a timestamp such as {@code 2024-01-31T12:00:00.000Z} directly, and any other ISO-8601
   * instant through {@link Instant#parse}.
   *
   * @throws java.time.format.DateTimeParseException if the text is not an instant
   */
  static Instant parse(String text) {
    if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-'
        && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
        && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      int millis = digits(text, 20, 23);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0
          && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
          && millis >= 0 && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long seconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
      }
    }
    return Instant.parse(text);
  }

  /** The number in text[from, to), or -1 when a character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
