package io.reportage.cli;

import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.EventType;
import io.reportage.Event;
import io.reportage.Mention;
import io.reportage.MentionKind;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import io.reportage.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readable summary the command line prints by default: the headline and outlet, people with
 * their roles, organisations and places, each quote with its speaker, cue and kind, and the events.
 * To stay short it leaves out what another line already says: a partial quote inside a mixed one
 * of the same speaker, and a statement event that merely restates a listed quote. The JSON output
 * has everything.
 */
final class TextReport {
  private TextReport() {
  }

  static String render(Analysis analysis, String docName) {
    StringBuilder out = new StringBuilder();
    if (docName != null) {
      out.append("== ").append(docName).append('\n');
    }
    if (analysis.headline() != null) {
      out.append("Headline: ").append(analysis.headline().text()).append('\n');
    }
    if (analysis.source() != null) {
      out.append("Source:   ").append(analysis.source().text()).append('\n');
    }
    out.append("\nPeople\n");
    for (Entity entity : analysis.entities()) {
      if (entity.type() == EntityType.PERSON) {
        out.append("  ").append(label(entity)).append(roles(analysis, entity)).append('\n');
      }
    }
    out.append("\nOrganizations and places\n");
    for (Entity entity : analysis.entities()) {
      if (entity.type() != EntityType.PERSON) {
        out.append("  ").append(label(entity)).append(" (").append(entity.type().name().toLowerCase()).append(")\n");
      }
    }
    out.append("\nQuotes\n");
    Set<Quote> redundant = quotesInsideMixed(analysis);
    for (Quote quote : analysis.quotes()) {
      if (redundant.contains(quote)) {
        continue;
      }
      String speaker = quote.speaker() == null ? "(no speaker)"
          : analysis.entity(quote.speaker()).map(TextReport::label).orElse(quote.speaker());
      out.append("  ").append(speaker);
      if (quote.via() != null) {
        out.append(" (via ").append(analysis.entity(quote.via()).map(TextReport::label).orElse(quote.via())).append(')');
      }
      out.append(", ").append(quote.kind().name().toLowerCase());
      if (quote.cue() != null) {
        out.append(", \"").append(quote.cue().text()).append('"');
      }
      out.append(": ").append(oneLine(quote.text())).append('\n');
    }
    out.append("\nEvents\n");
    for (Event event : analysis.events()) {
      if (event.type() == EventType.STATEMENT && event.quote() != null) {
        continue;
      }
      out.append("  ").append(event.type()).append(" [").append(event.status()).append("] \"")
          .append(event.trigger().text()).append('"');
      List<String> participants = new ArrayList<>();
      for (Argument argument : event.arguments()) {
        String who = argument.entity() == null ? argument.text()
            : analysis.entity(argument.entity()).map(TextReport::label).orElse(argument.text());
        participants.add(argument.role() + "=" + who);
      }
      if (!participants.isEmpty()) {
        out.append(' ').append(String.join(", ", participants));
      }
      if (event.time() != null) {
        out.append(", time: ").append(event.time().text());
        if (event.time().value() != null) {
          out.append(" (").append(event.time().value()).append(')');
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The quotation-mark quotes, partial or direct, that a mixed one of the same speaker contains
   * ("Russia “will not back down,” the aide said"): they say nothing the mixed one does not. One pass over the quotes by start (longer
   * first at equal starts), keeping the furthest end of a mixed quote per speaker.
   */
  private static Set<Quote> quotesInsideMixed(Analysis analysis) {
    List<Quote> ordered = new ArrayList<>(analysis.quotes());
    ordered.sort(Comparator.comparingInt(Quote::start).thenComparing(Comparator.comparingInt(Quote::end).reversed()));
    Map<String, Integer> mixedEnd = new HashMap<>();
    Set<Quote> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Quote quote : ordered) {
      String speaker = String.valueOf(quote.speaker());
      if (quote.kind() == QuoteKind.MIXED) {
        mixedEnd.merge(speaker, quote.end(), Math::max);
      } else if ((quote.kind() == QuoteKind.PARTIAL || quote.kind() == QuoteKind.DIRECT)
          && mixedEnd.getOrDefault(speaker, -1) >= quote.end()) {
        inside.add(quote);
      }
    }
    return inside;
  }

  /** An entity's name or, for an unnamed one, its fullest description ("the Arvelian foreign ministry", not a headline's "foreign ministry"). */
  private static String label(Entity entity) {
    if (entity.name() != null) {
      return entity.name();
    }
    Mention fullest = null;
    for (Mention mention : entity.mentions()) {
      if (mention.kind() != MentionKind.PRONOUN && (fullest == null || mention.text().length() > fullest.text().length())) {
        fullest = mention;
      }
    }
    if (fullest == null) {
      fullest = entity.mentions().isEmpty() ? null : entity.mentions().get(0);
    }
    return fullest == null ? entity.id() : "\"" + fullest.text() + "\"";
  }

  private static String roles(Analysis analysis, Entity entity) {
    List<String> roles = new ArrayList<>();
    for (Role role : entity.roles()) {
      String organization = role.organization() == null ? ""
          : ", " + analysis.entity(role.organization()).map(TextReport::label).orElse("");
      roles.add((role.former() ? "former " : "") + role.title() + organization);
    }
    return roles.isEmpty() ? "" : " — " + String.join("; ", roles);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
