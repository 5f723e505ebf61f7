package io.reportage.cli;

import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Event;
import io.reportage.Quote;
import io.reportage.Role;
import java.util.ArrayList;
import java.util.List;

/** The readable summary the command line prints by default: people with roles, quotes with speakers, events. */
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
    for (Quote quote : analysis.quotes()) {
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

  private static String label(Entity entity) {
    if (entity.name() != null) {
      return entity.name();
    }
    return entity.mentions().isEmpty() ? entity.id() : "\"" + entity.mentions().get(0).text() + "\"";
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
