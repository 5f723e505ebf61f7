package io.reportage.training;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the story bodies out of the SGML files of the Reuters-21578 collection
 * ({@code reut2-NNN.sgm}), as unlabelled news text for {@link BuildWordClusters}. Each body becomes
 * one line per paragraph: the collection wraps lines at about 70 characters and starts a paragraph
 * with an indented line, so wrapped lines are joined and an indented line starts a new one. Titles
 * are left out (they are in capitals); character references are decoded.
 */
final class ReutersSgml {
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern REFERENCE = Pattern.compile("&(lt|gt|amp|#\\d+);");

  private ReutersSgml() {
  }

  /** The bodies of all stories in {@code sgml}, one paragraph a line. */
  static String bodies(String sgml) {
    StringBuilder text = new StringBuilder();
    Matcher body = BODY.matcher(sgml);
    while (body.find()) {
      StringBuilder paragraph = new StringBuilder();
      for (String line : decode(body.group(1)).split("\\R")) {
        if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
          flush(paragraph, text);
        }
        if (!line.isBlank()) {
          paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
        }
      }
      flush(paragraph, text);
    }
    return text.toString();
  }

  private static void flush(StringBuilder paragraph, StringBuilder text) {
    if (!paragraph.isEmpty()) {
      text.append(paragraph).append('\n');
      paragraph.setLength(0);
    }
  }

  private static String decode(String text) {
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      String replacement = switch (reference.group(1)) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        default -> " ";
      };
      reference.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    reference.appendTail(out);
    return out.toString();
  }
}
