package io.reportage.models;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One lexicon of each {@link BundledLexicon} kind: the bundled files, possibly extended by the
 * user. Immutable and shared between threads.
 */
public final class Lexicons {
  private static volatile Lexicons bundled;

  private final Map<BundledLexicon, Lexicon> lexicons;

  private Lexicons(Map<BundledLexicon, Lexicon> lexicons) {
    this.lexicons = Collections.unmodifiableMap(lexicons);
  }

  /** The bundled lexicons, read from the class path on first use and then kept. */
  public static Lexicons bundled() {
    Lexicons result = bundled;
    if (result == null) {
      synchronized (Lexicons.class) {
        result = bundled;
        if (result == null) {
          Map<BundledLexicon, Lexicon> all = new EnumMap<>(BundledLexicon.class);
          for (BundledLexicon kind : BundledLexicon.values()) {
            all.put(kind, kind.load());
          }
          result = new Lexicons(all);
          bundled = result;
        }
      }
    }
    return result;
  }

  public Lexicon get(BundledLexicon kind) {
    return lexicons.get(Objects.requireNonNull(kind, "kind"));
  }

  /** A copy in which the lexicon of {@code kind} also holds the entries of {@code extra}. */
  public Lexicons extendedWith(BundledLexicon kind, Lexicon extra) {
    Map<BundledLexicon, Lexicon> copy = new EnumMap<>(lexicons);
    copy.put(kind, copy.get(kind).extendedBy(extra));
    return new Lexicons(copy);
  }
}
