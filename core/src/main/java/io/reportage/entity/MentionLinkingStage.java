package io.reportage.entity;

import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Makes an entity of each distinct name and links later variants to it: a name that is the last
 * word of an earlier person's name ("Peskov" after "Dmitry Peskov") refers to that person.
 *
 * <p>Reads {@link Layer#NAMES}; provides {@link Layer#MENTIONS}.
 */
public final class MentionLinkingStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.NAMES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.MENTIONS);
  }

  @Override
  public void apply(Document doc) {
    Map<String, EntityDraft> byName = new HashMap<>();
    for (NameSpan name : doc.names()) {
      String text = doc.text(name.start(), name.end());
      String key = name.type() + ":" + text;
      EntityDraft entity = byName.get(key);
      if (entity == null) {
        entity = doc.addEntity(new EntityDraft(name.type(), text));
        byName.put(key, entity);
        String[] words = text.split("\\s+");
        if (words.length > 1) {
          byName.putIfAbsent(name.type() + ":" + words[words.length - 1], entity);
        }
      }
      doc.addMention(new MentionDraft(name.start(), name.end(), MentionKind.NAME), entity);
    }
  }
}
