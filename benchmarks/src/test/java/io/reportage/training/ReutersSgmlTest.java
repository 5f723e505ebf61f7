package io.reportage.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReutersSgmlTest {

  @Test
  void joinsWrappedLinesAndStartsAParagraphAtAnIndentedLine() {
    String sgml = """
        <REUTERS><TEXT><TITLE>MILL SHUTS</TITLE>
        <BODY>The Acme &amp; Sons mill said it would
        close on Friday.
            Its owner, Ana Ortiz, said the &lt;ACME> shares
        would be sold.
         Reuter
        &#3;</BODY></TEXT></REUTERS>
        <REUTERS><TEXT><BODY>Prices rose.
        &#3;</BODY></TEXT></REUTERS>
        """;
    assertEquals("""
        The Acme & Sons mill said it would close on Friday.
        Its owner, Ana Ortiz, said the <ACME> shares would be sold.
        Reuter
        Prices rose.
        """, ReutersSgml.bodies(sgml));
  }

  @Test
  void textWithoutBodiesGivesNothing() {
    assertEquals("", ReutersSgml.bodies("<REUTERS><TEXT TYPE=\"BRIEF\"><TITLE>NO BODY</TITLE></TEXT></REUTERS>"));
  }
}
