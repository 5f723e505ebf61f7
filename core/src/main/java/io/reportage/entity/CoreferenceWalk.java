package io.reportage.entity;

import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.RoleDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The work of {@link CoreferenceStage} on one document; lives as long as one call. */
final class CoreferenceWalk {
  private final Document doc;
  private final EntityLexicons lexicons;
  private final SalienceWindow window = new SalienceWindow();
  private final NominalResolver nominals;
  private final PronounResolver pronouns;
  private final LatterFormerResolver latterFormer;
  /** The longest mention being read through, to know what a token stands inside. */
  private MentionDraft enclosing;

  CoreferenceWalk(Document doc, EntityLexicons lexicons) {
    this.doc = doc;
    this.lexicons = lexicons;
    Map<EntityDraft, Integer> lastSeen = new IdentityHashMap<>();
    this.nominals = new NominalResolver(doc, lexicons, NominalResolver.indexOf(doc, lexicons.titles()), lastSeen);
    this.pronouns = new PronounResolver(doc, lexicons);
    this.latterFormer = new LatterFormerResolver(doc);
  }

  void run() {
    List<MentionDraft> sorted = new ArrayList<>(doc.mentions());
    sorted.sort(Comparator.comparingInt((MentionDraft m) -> m.tokenStart).thenComparingInt(m -> -m.tokenEnd));
    int next = 0;
    for (int s = 0; s < doc.sentenceCount(); s++) {
      window.moveTo(s);
      int sentenceEnd = doc.sentenceEnd(s);
      for (int t = doc.sentenceStart(s); t < sentenceEnd; t++) {
        doc.reportProgress(doc.tokenStart(t));
        boolean covered = enclosing != null && enclosing.tokenEnd > t;
        while (next < sorted.size() && sorted.get(next).tokenStart == t) {
          mention(sorted.get(next++));
        }
        if (!covered && latterFormer.startsAt(t, sentenceEnd)) {
          EntityDraft entity = latterFormer.resolve(t, window);
          if (entity != null) {
            MentionDraft mention = doc.addMention(new MentionDraft(t, t + 2, MentionKind.NOMINAL), entity);
            mention.headToken = t + 1;
            note(mention, entity);
          }
          t++;
          continue;
        }
        pronoun(t);
      }
    }
    settleOrganizations();
  }

  private void mention(MentionDraft mention) {
    boolean nested = enclosing != null && enclosing.tokenEnd > mention.tokenStart;
    if (mention.entity == null) {
      doc.link(mention, nominals.resolve(mention));
    }
    EntityDraft entity = mention.entity.canonical();
    if (nested && enclosing.entity != null && enclosing.entity.canonical() == entity) {
      nominals.seen(entity, mention.tokenStart);
      return; // "Dmitry Peskov" inside "Kremlin spokesman Dmitry Peskov": one mention for salience
    }
    if (!nested) {
      enclosing = mention;
    }
    note(mention, entity, nested);
  }

  private void note(MentionDraft mention, EntityDraft entity) {
    note(mention, entity, false);
  }

  private void note(MentionDraft mention, EntityDraft entity, boolean nested) {
    nominals.seen(entity, mention.tokenStart);
    int start = mention.tokenStart;
    boolean afterPreposition = start > 0 && "ADP".equals(doc.pos(start - 1)) && !isAccordingTo(start);
    SalienceWindow.Salient previous = window.newest();
    if (!afterPreposition && start > 1 && previous != null && previous.end == start - 1
        && (doc.lower(start - 1).equals("and") || doc.lower(start - 1).equals("or"))) {
      afterPreposition = previous.afterPreposition; // "between Putin and Trump"
    }
    boolean subject = !nested && (isAccordingTo(start) || verbFollows(mention.tokenEnd));
    SalienceWindow.Salient salient = new SalienceWindow.Salient(entity, start, mention.tokenEnd,
        doc.sentenceOf(start), mention.kind, subject, afterPreposition, nested);
    if (subject && previous != null && previous.end == start - 1 && doc.lower(start - 1).equals("and")) {
      previous.subject = true; // "Trump and Putin discussed": both are subjects
    }
    window.add(salient);
  }

  private boolean isAccordingTo(int start) {
    return start > 1 && doc.lower(start - 1).equals("to") && doc.lower(start - 2).equals("according");
  }

  /** A verb right after the mention, or after one adverb ("Peskov recalled", "The Kremlin had previously stated"). */
  private boolean verbFollows(int end) {
    int sentenceEnd = end < doc.tokenCount() ? doc.sentenceEnd(doc.sentenceOf(end)) : end;
    for (int t = end; t < sentenceEnd && t < end + 2; t++) {
      String pos = doc.pos(t);
      if ("VERB".equals(pos) || "AUX".equals(pos)) {
        return true;
      }
      if (!"ADV".equals(pos)) {
        return false;
      }
    }
    return false;
  }

  private void pronoun(int token) {
    String lower = doc.lower(token);
    if (!lexicons.pronouns().containsToken(lower)) {
      return;
    }
    PronounResolver.Features features = PronounResolver.features(lexicons.pronouns().valueOf(doc.lowers(), token, 1));
    if (features == null) {
      return;
    }
    EntityDraft inside = enclosing != null && enclosing.tokenEnd > token && enclosing.entity != null
        ? enclosing.entity.canonical() : null;
    EntityDraft entity = pronouns.resolve(token, features, window, inside);
    if (entity == null) {
      return;
    }
    MentionDraft mention = doc.addMention(new MentionDraft(token, token + 1, MentionKind.PRONOUN), entity);
    mention.headToken = token;
    note(mention, entity, inside != null);
  }

  /** "a spokesman for the ministry": the role's organization is whatever "the ministry" became. */
  private void settleOrganizations() {
    for (EntityDraft entity : doc.entities()) {
      for (RoleDraft role : entity.roles) {
        if (role.organization == null && role.organizationMention != null && role.organizationMention.entity != null) {
          EntityDraft organization = role.organizationMention.entity.canonical();
          role.organization = organization == entity.canonical() ? null : organization;
        }
      }
    }
  }
}
