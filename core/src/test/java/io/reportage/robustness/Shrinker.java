package io.reportage.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing text small while it keeps failing the same way: first whole pieces go, then
 * whitespace-separated words, then single characters. Each step removes chunks, halving the chunk
 * size when none can go (delta debugging without the complement subsets). The number of checks is
 * bounded, so shrinking a slow failure cannot run away.
 */
public final class Shrinker {
  private final Predicate<String> stillFails;
  private final int maxChecks;
  private int checks;

  /**
   * @param stillFails true when a candidate text still shows the failure being shrunk
   * @param maxChecks how many candidates to try at most
   */
  public Shrinker(Predicate<String> stillFails, int maxChecks) {
    this.stillFails = stillFails;
    this.maxChecks = maxChecks;
  }

  /** The smallest failing text found from these pieces (whose concatenation fails). */
  public String shrink(List<String> pieces) {
    List<String> kept = removeChunks(pieces);
    List<String> words = splitAfterWhitespace(String.join("", kept));
    kept = removeChunks(words);
    List<String> chars = new ArrayList<>();
    for (char c : String.join("", kept).toCharArray()) {
      chars.add(String.valueOf(c));
    }
    return String.join("", removeChunks(chars));
  }

  /** How many candidates were tried. */
  public int checks() {
    return checks;
  }

  private List<String> removeChunks(List<String> items) {
    List<String> current = new ArrayList<>(items);
    int chunk = Math.max(1, current.size() / 2);
    while (checks < maxChecks) {
      boolean removed = false;
      for (int start = 0; start < current.size() && checks < maxChecks; ) {
        int end = Math.min(current.size(), start + chunk);
        List<String> candidate = new ArrayList<>(current.subList(0, start));
        candidate.addAll(current.subList(end, current.size()));
        checks++;
        if (!candidate.isEmpty() && stillFails.test(String.join("", candidate))) {
          current = candidate;
          removed = true;
        } else {
          start += chunk;
        }
      }
      if (!removed) {
        if (chunk == 1) {
          break;
        }
        chunk = Math.max(1, chunk / 2);
      }
    }
    return current;
  }

  /** Words with the whitespace after each, so that joining them gives the text back. */
  private static List<String> splitAfterWhitespace(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      boolean boundary = i == text.length()
          || Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i));
      if (boundary) {
        words.add(text.substring(start, i));
        start = i;
      }
    }
    return words;
  }
}
