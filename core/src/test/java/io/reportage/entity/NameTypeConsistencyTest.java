package io.reportage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.NameSpan;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTypeConsistencyTest {
  private static final NameTypeConsistency CONSISTENCY = new NameTypeConsistency(
      Lexicons.bundled().get(BundledLexicon.TITLES), Lexicons.bundled().get(BundledLexicon.HONORIFICS),
      Lexicons.bundled().get(BundledLexicon.COUNTRIES));

  /** The revised names of sentences written with HandDocument's brackets, as "TYPE:text" items. */
  private static List<String> revised(String... sentences) {
    Document doc = HandDocument.build(sentences);
    List<String> names = new ArrayList<>();
    for (NameSpan name : CONSISTENCY.revise(doc, doc.names())) {
      names.add(name.type().name().substring(0, 3) + ":" + doc.text(name.start(), name.end()));
    }
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      his Chilean counterpart [ORG Rosa Vidal] arrived .                | PER:Rosa Vidal
      Mr. [LOC Brandt] declined .                                      | PER:Brandt
      the talks , said Prime Minister [ORG Ana Lobo] , went well .     | PER:Ana Lobo
      the [ORG Senate] voted .                                         | ORG:Senate
      in [LOC Paris] , [ORG Renault] said .                            | LOC:Paris, ORG:Renault
      """)
  void aNameRightAfterAPersonsTitleIsAPerson(String sentence, String expected) {
    assertEquals(List.of(expected.split(", ")), revised(sentence.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      [PER Karl Brandt] spoke .            | [ORG Brandt] left .                        | PER:Karl Brandt, PER:Brandt
      [ORG Brandt] left .                  | [PER Karl Brandt] spoke later .            | PER:Brandt, PER:Karl Brandt
      [LOC Leeds] won .                    | [LOC Leeds] lost ; [ORG LEEDS] drew .     | LOC:Leeds, LOC:Leeds, ORG:LEEDS
      """)
  void aSurnameTakesItsPersonsTypeAndOtherNamesKeepTheirs(String first, String second, String expected) {
    assertEquals(List.of(expected.split(", ")), revised(first.strip(), second.strip()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      [PER Lula] met [PER Macri] .         | a [LOC Lula-Macri] summit is planned .    | PER:Lula, PER:Macri
      [LOC Croatia] and [LOC Serbia] met . | the [ORG Croatia-Serbia] border is shut .  | LOC:Croatia, LOC:Serbia, LOC:Croatia-Serbia
      [PER Lula] spoke of [LOC Brazil] .   | the [LOC Lula-Brazil] ties grew .         | PER:Lula, LOC:Brazil
      trade grew .                         | [ORG Russia-Ukraine] talks resumed .      | LOC:Russia-Ukraine
      [PER Jean-Paul Sartre] wrote .       | [ORG Saint-Germain] won .                 | PER:Jean-Paul Sartre, ORG:Saint-Germain
      """)
  void aHyphenatedCompoundIsReadByItsParts(String first, String second, String expected) {
    assertEquals(List.of(expected.split(", ")), revised(first.strip(), second.strip()));
  }
}
