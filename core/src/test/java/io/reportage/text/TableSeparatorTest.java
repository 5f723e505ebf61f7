package io.reportage.text;

import static io.reportage.text.TextFixtures.brokenTiling;
import static io.reportage.text.TextFixtures.structure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Boilerplate;
import io.reportage.BoilerplateKind;
import io.reportage.pipeline.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A separator line opens the boilerplate only above boilerplate the cues recognise. */
class TableSeparatorTest {
  @Test
  void separatorsBetweenTheRowsOfAResultsTableStayInTheStory() {
    String text = """
        TENNIS - DRAW FOR THE LAKESIDE OPEN

        The draw for the Lakeside Open , which starts on Monday :

        1 - Marco Ferri ( Italy ) vs. qualifier
        Jonas Lind ( Sweden ) vs. Pavel Hruby ( Czech Republic )

        ------------------------

        2 - Tomas Varga ( Hungary ) vs. Ian Doyle ( Ireland )
        Luis Pardo ( Spain ) vs. qualifier
        """;
    Document doc = structure(text);
    assertNull(brokenTiling(doc));
    assertEquals(List.of(), doc.boilerplate(), "the draw's last rows were split off as boilerplate");
    assertTrue(doc.body().text(text).contains("Luis Pardo"));
  }

  @Test
  void aSeparatorAboveAnAppealStillOpensTheBoilerplate() {
    String text = """
        Storm closes ports

        The storm closed three ports on Tuesday, officials said.

        ------------------------

        Please support our reporting: donate today and help us grow.
        """;
    Document doc = structure(text);
    assertNull(brokenTiling(doc));
    assertEquals(List.of(BoilerplateKind.SEPARATOR, BoilerplateKind.DONATION_APPEAL),
        doc.boilerplate().stream().map(Boilerplate::kind).toList());
  }
}
