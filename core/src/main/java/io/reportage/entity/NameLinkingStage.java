package io.reportage.entity;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes entities of the names the recognizer found and links the variants of a name into one.
 *
 * <p>Each name becomes a mention of kind NAME covering exactly the name's tokens. Names become one
 * entity when:
 * <ul>
 *   <li>they are the same text and the recognizer gave them the same type;
 *   <li>they are listed as the same place ("US", "U.S.", "United States") or organization ("U.N.",
 *       "United Nations"); a listed place is a LOCATION and a listed organization an ORGANIZATION,
 *       whatever the recognizer said;
 *   <li>a person's full name and a later or earlier surname alone ("Dmitry Peskov", "Peskov"), or
 *       the same first and last name with a middle part or honorific ("Mr. Trump", "Donald J.
 *       Trump"); a surname goes to the nearest full name before it, else to the first one after it;
 *   <li>a name of two or more words that opens with a listed given name is a person's, whatever type
 *       the recognizer gave it ("Sofia Mendez");
 *   <li>an organization's name is the tail of a longer one said before ("Foreign Ministry" after
 *       "Russian Foreign Ministry").
 * </ul>
 * Beyond the recognizer's names it adds: nationality adjectives as NOMINAL mentions of their place
 * ("Russian" of Russia, creating the place when the article never names it), and a hyphenated
 * pairing of known names ("Putin-Trump summit", "Russia-US cooperation") as a NOMINAL mention of
 * each, never as a name of its own. A person's gender comes from an honorific before the name or
 * the given name.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#SENTENCES} and {@link Layer#NAMES}; provides {@link Layer#ENTITIES}. Linear in the number of tokens.
 */
public final class NameLinkingStage implements Stage {
  private final EntityLexicons lexicons;

  public NameLinkingStage(EntityLexicons lexicons) {
    this.lexicons = lexicons;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.NAMES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ENTITIES);
  }

  @Override
  public void apply(Document doc) {
    new NameLinker(doc, lexicons).run();
  }
}
