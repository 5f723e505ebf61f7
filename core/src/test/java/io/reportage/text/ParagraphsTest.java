package io.reportage.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphsTest {

  private static List<String> paragraphs(String text) {
    return Paragraphs.split(text).stream().map(s -> s.text(text)).collect(Collectors.toList());
  }

  @Test
  void blankLinesSeparateParagraphsAndSpansAreTrimmed() {
    assertEquals(List.of("One.", "Two."), paragraphs("  One.  \n\n \t\n  Two.\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r", "\u2028", "\u0085"})
  void everyKindOfLineBreakEndsALine(String lineBreak) {
    assertEquals(List.of("Headline", "Body."), paragraphs("Headline" + lineBreak + "Body."));
    assertEquals(List.of("Headline", "Body."), paragraphs("Headline" + lineBreak + lineBreak + "Body."));
  }

  @Test
  void theParagraphSeparatorEndsAParagraphLikeABlankLine() {
    assertEquals(List.of("One, and", "two."), paragraphs("One, and\u2029two."));
  }

  @Test
  void aHardWrappedLineContinuesItsParagraph() {
    assertEquals(List.of("The talks went on for\nnearly an hour, and\nended late."),
        paragraphs("The talks went on for\nnearly an hour, and\nended late."));
  }

  @Test
  void aLineThatEndsASentenceOrIsFollowedByACapitalStartsANewParagraph() {
    assertEquals(List.of("It ended.", "then more"), paragraphs("It ended.\nthen more"));
    assertEquals(List.of("Headline here", "The story."), paragraphs("Headline here\nThe story."));
  }

  @Test
  void invisibleCharactersDoNotMakeAParagraph() {
    assertEquals(List.of("Text"), paragraphs("\uFEFF\u200B\n\u0000\u0007\n Text \u200B"));
    assertEquals(List.of(), paragraphs(""));
    assertEquals(List.of(), paragraphs(" \n\n\t "));
  }

  @Test
  void spansAreOffsetsIntoTheOriginalText() {
    String text = "\r\n  Title\r\n\r\nBody 👍 here.\r\n";
    List<Span> spans = Paragraphs.split(text);
    assertEquals(List.of(new Span(4, 9), new Span(13, 26)), spans);
  }
}
