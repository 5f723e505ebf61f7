package io.reportage.event;

import io.reportage.pipeline.Document;

/** Tells headlines written in title case ("Protesters Rally in Capital"), where the tagger reads most words as names. */
final class TitleCase {
  private TitleCase() {
  }

  /** Whether most words of four letters or more in the token range start with a capital. */
  static boolean isTitleCase(Document doc, int from, int to) {
    int words = 0;
    int capitalized = 0;
    for (int i = from; i < to; i++) {
      String token = doc.token(i);
      if (token.length() >= 4 && Character.isLetter(token.charAt(0))) {
        words++;
        if (Character.isUpperCase(token.charAt(0))) {
          capitalized++;
        }
      }
    }
    return words >= 2 && capitalized * 4 >= words * 3;
  }
}
