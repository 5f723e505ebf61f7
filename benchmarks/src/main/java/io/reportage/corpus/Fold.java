package io.reportage.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One of K parts of a split, article i falling in part i mod K: a trainer leaves the part out
 * ({@link #without}) and an evaluation reads only it ({@link #of}), so that settings can be compared
 * on articles the model has not seen without touching dev. Written {@code i/K} on command lines.
 */
public record Fold(int index, int count) {
  public Fold {
    if (count < 2 || index < 0 || index >= count) {
      throw new IllegalArgumentException("A fold is i/K with K >= 2 and 0 <= i < K, got " + index + "/" + count);
    }
  }

  /** Parses {@code i/K}. */
  public static Fold parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("A fold is written i/K, got " + text);
    }
    return new Fold(Integer.parseInt(text.substring(0, slash).trim()), Integer.parseInt(text.substring(slash + 1).trim()));
  }

  /** The items of this fold. */
  public <T> List<T> of(List<T> items) {
    List<T> kept = new ArrayList<>();
    for (int i = index; i < items.size(); i += count) {
      kept.add(items.get(i));
    }
    return kept;
  }

  /** The items of all other folds. */
  public <T> List<T> without(List<T> items) {
    List<T> kept = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (i % count != index) {
        kept.add(items.get(i));
      }
    }
    return kept;
  }
}
