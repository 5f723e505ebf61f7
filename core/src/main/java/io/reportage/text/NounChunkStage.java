package io.reportage.text;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the noun chunks of each sentence, the base noun phrases that spaCy calls
 * {@code doc.noun_chunks}, from part-of-speech tags alone: "the Kremlin's new spokesman", "two
 * senior US officials", "his counterpart", "2 million euros", and a pronoun on its own ("they").
 * A chunk is
 * <ul>
 *   <li>optionally a predeterminer ("all", "both") and a determiner or possessive ("the", "his"),
 *       which only open a chunk;
 *   <li>then adjectives, numbers, nouns and names, and a possessive "'s" between a noun and more
 *       of them ("the Kremlin's spokesman");
 *   <li>ending at its last noun or name, its head: "the talks last week" ends at "week", while
 *       "officials present" ends at "officials".
 * </ul>
 * The word classes are {@link NounPhraseWords}'s, which the readers of longer phrases share.
 * Without a parse, two noun phrases side by side ("told Reuters Friday") read as one chunk, and
 * coordination ("Trump and Putin") as two. Chunks never cross a sentence. Linear in tokens: each
 * token is looked at most twice.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#SENTENCES} and {@link Layer#POS}; provides {@link Layer#NOUN_CHUNKS}. Thread-safe.
 */
public final class NounChunkStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.NOUN_CHUNKS);
  }

  @Override
  public void apply(Document doc) {
    chunk(doc);
  }

  /** Sets the document's noun chunks from its current tags. */
  public static void chunk(Document doc) {
    int n = doc.tokenCount();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int count = 0;
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int end = doc.sentenceEnd(s);
      int i = doc.sentenceStart(s);
      while (i < end) {
        if (NounPhraseWords.isStandalonePronoun(doc, i)) {
          starts[count] = i;
          ends[count++] = i + 1;
          i++;
          continue;
        }
        int head = -1;
        int j = i;
        while (j < end) {
          String pos = doc.pos(j);
          if (NounPhraseWords.isDeterminer(doc, j)) {
            boolean opens = j == i || j == i + 1 && English.PREDETERMINERS.contains(doc.lower(i));
            if (!opens || head >= 0) {
              break;
            }
          } else if (NounPhraseWords.isNominal(pos)) {
            head = j;
          } else if (NounPhraseWords.isPossessiveMark(doc, j)) {
            if (head != j - 1 || j + 1 >= end || !NounPhraseWords.isModifierOrNoun(doc.pos(j + 1))) {
              break;
            }
          } else if (!NounPhraseWords.isModifierOrNoun(pos)) {
            break;
          }
          j++;
        }
        if (head >= 0) {
          starts[count] = i;
          ends[count++] = head + 1;
          i = head + 1;
        } else {
          i = Math.max(j, i + 1);
        }
      }
    }
    doc.setNounChunks(count, starts, ends);
  }
}
