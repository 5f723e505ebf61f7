package io.reportage.pipeline;

import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.Entity;
import io.reportage.Event;
import io.reportage.Mention;
import io.reportage.Quote;
import io.reportage.Role;
import io.reportage.Span;
import io.reportage.TextSpan;
import io.reportage.TimeExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a finished {@link Document} into the immutable {@link Analysis}: resolves merged drafts,
 * orders entities by first mention, quotes and events by position, and gives them ids.
 */
public final class AnalysisAssembler {
  private AnalysisAssembler() {
  }

  public static Analysis assemble(Document doc) {
    SpanTexts text = new SpanTexts(doc.text());
    Map<EntityDraft, String> entityIds = entityIds(doc);
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<EntityDraft, String> entry : entityIds.entrySet()) {
      entities.add(toEntity(doc, text, entry.getKey(), entry.getValue(), entityIds));
    }

    List<QuoteDraft> quoteDrafts = new ArrayList<>(doc.quotes());
    quoteDrafts.sort(Comparator.comparing((QuoteDraft q) -> q.span));
    Map<QuoteDraft, String> quoteIds = new IdentityHashMap<>();
    List<Quote> quotes = new ArrayList<>();
    for (QuoteDraft draft : quoteDrafts) {
      String id = "q" + (quotes.size() + 1);
      quoteIds.put(draft, id);
      quotes.add(new Quote(id, draft.kind, draft.span.start(), draft.span.end(), text.of(draft.span),
          idOf(draft.speaker, entityIds), textSpan(draft.speakerMention, text), textSpan(draft.cue, text),
          idOf(draft.via, entityIds), draft.confidence, draft.rule));
    }

    List<EventDraft> eventDrafts = new ArrayList<>(doc.events());
    eventDrafts.sort(Comparator.comparing((EventDraft e) -> e.trigger));
    List<Event> events = new ArrayList<>();
    for (EventDraft draft : eventDrafts) {
      TextSpan trigger = text.textSpan(draft.trigger);
      List<TextSpan> mentions = new ArrayList<>();
      mentions.add(trigger);
      draft.otherMentions.stream().sorted().forEach(span -> mentions.add(text.textSpan(span)));
      List<Argument> arguments = new ArrayList<>();
      for (ArgumentDraft argument : draft.arguments) {
        arguments.add(new Argument(argument.role, idOf(argument.entity, entityIds), argument.span.start(),
            argument.span.end(), text.of(argument.span)));
      }
      TimeExpression time = draft.time == null ? null
          : new TimeExpression(draft.time.start(), draft.time.end(), text.of(draft.time), draft.timeValue, draft.timeIso);
      events.add(new Event("ev" + (events.size() + 1), draft.type, draft.type.ace(), draft.cameo,
          trigger, mentions, arguments, time, draft.status, draft.attributes,
          draft.quote == null ? null : quoteIds.get(draft.quote), draft.confidence));
    }

    return new Analysis(doc.info(), textSpan(doc.headline(), text), textSpan(doc.source(), text), doc.body(),
        doc.boilerplate(), entities, quotes, events);
  }

  /** Ids for every entity that is mentioned or referred to, in order of first appearance. */
  private static Map<EntityDraft, String> entityIds(Document doc) {
    Set<EntityDraft> reported = new LinkedHashSet<>();
    for (EntityDraft entity : doc.entities()) {
      if (!entity.canonical().mentions.isEmpty()) {
        reported.add(entity.canonical());
      }
    }
    // Entities that only appear as a role's organization or a speaker are reported too.
    for (EntityDraft entity : new ArrayList<>(reported)) {
      for (RoleDraft role : entity.roles) {
        if (role.organization != null) {
          reported.add(role.organization.canonical());
        }
      }
    }
    for (QuoteDraft quote : doc.quotes()) {
      addIfPresent(reported, quote.speaker);
      addIfPresent(reported, quote.via);
    }
    for (EventDraft event : doc.events()) {
      event.arguments.forEach(argument -> addIfPresent(reported, argument.entity));
    }
    List<EntityDraft> ordered = new ArrayList<>(reported);
    ordered.sort(Comparator.comparingInt(entity -> firstOffset(doc, entity)));
    Map<EntityDraft, String> ids = new LinkedHashMap<>();
    for (EntityDraft entity : ordered) {
      ids.put(entity, "e" + (ids.size() + 1));
    }
    return ids;
  }

  private static void addIfPresent(Set<EntityDraft> set, EntityDraft entity) {
    if (entity != null) {
      set.add(entity.canonical());
    }
  }

  private static int firstOffset(Document doc, EntityDraft entity) {
    int first = Integer.MAX_VALUE;
    for (MentionDraft mention : entity.mentions) {
      first = Math.min(first, doc.tokenStart(mention.tokenStart));
    }
    for (RoleDraft role : entity.roles) {
      first = Math.min(first, role.span.start());
    }
    return first;
  }

  private static Entity toEntity(Document doc, SpanTexts text, EntityDraft draft, String id,
      Map<EntityDraft, String> ids) {
    List<MentionDraft> drafts = new ArrayList<>(draft.mentions);
    drafts.sort(Comparator.comparingInt((MentionDraft m) -> m.tokenStart).thenComparingInt(m -> m.tokenEnd));
    List<Mention> mentions = new ArrayList<>();
    for (MentionDraft mention : drafts) {
      Span span = doc.span(mention.tokenStart, mention.tokenEnd);
      mentions.add(new Mention(span.start(), span.end(), text.of(span), mention.kind));
    }
    List<Role> roles = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (RoleDraft role : draft.roles) {
      String organization = idOf(role.organization, ids);
      // The same title at the same organization is one role, stated where first seen.
      if (seen.add(role.title + "@" + organization + "@" + role.former)) {
        roles.add(new Role(role.title, organization, role.span.start(), role.span.end(), role.former));
      }
    }
    return new Entity(id, draft.type, draft.name, roles, mentions);
  }

  private static String idOf(EntityDraft entity, Map<EntityDraft, String> ids) {
    return entity == null ? null : ids.get(entity.canonical());
  }

  private static TextSpan textSpan(Span span, SpanTexts text) {
    return span == null ? null : text.textSpan(span);
  }
}
