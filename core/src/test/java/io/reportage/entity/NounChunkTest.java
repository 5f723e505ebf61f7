package io.reportage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.pipeline.Document;
import io.reportage.text.NounChunkStage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Noun chunks read from tags alone, on documents built by hand. */
class NounChunkTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
      a title and a name are one chunk        # Kremlin spokesman Dmitry Peskov told/VERB reporters .   # Kremlin spokesman Dmitry Peskov | reporters
      a possessive noun stays in the chunk    # the Kremlin 's new/ADJ spokesman said/VERB so/ADV .      # the Kremlin 's new spokesman
      a possessive determiner opens a chunk   # his counterpart arrived/VERB .                          # his counterpart
      a predeterminer before the determiner   # both the leaders spoke/VERB .                           # both the leaders
      numbers and units                       # he paid/VERB 2/NUM million/NUM euros .                  # he | 2 million euros
      pronouns are chunks of their own        # she met/VERB them today/ADV .                           # she | them
      a chunk ends at its head                # officials present/ADJ voted/VERB .                      # officials
      a determiner inside starts a new chunk  # they gave/VERB the boy the book .                       # they | the boy | the book
      coordination gives two chunks           # Trump and Putin met/VERB .                              # Trump | Putin
      a determiner without a noun is none     # the/DET said/VERB that/SCONJ .                          # ""
      a possessive mark without a noun after  # the Kremlin 's .                                        # the Kremlin
      """)
  void chunks(String what, String sentence, String expected) {
    Document doc = HandDocument.build(sentence);
    NounChunkStage.chunk(doc);
    List<String> chunks = new ArrayList<>();
    for (int c = 0; c < doc.nounChunkCount(); c++) {
      chunks.add(doc.text(doc.nounChunkStart(c), doc.nounChunkEnd(c)));
    }
    assertEquals(expected == null ? "" : expected, String.join(" | ", chunks), what);
  }

  @org.junit.jupiter.api.Test
  void chunksStopAtTheEndOfASentence() {
    Document doc = HandDocument.build("they held/VERB talks || officials said/VERB so/ADV");
    NounChunkStage.chunk(doc);
    int talks = 2;
    int officials = 3;
    assertEquals(doc.sentenceOf(talks) + 1, doc.sentenceOf(officials), "the two words lie in two sentences");
    int chunkOfTalks = doc.nounChunkOf(talks);
    assertEquals(talks + 1, doc.nounChunkEnd(chunkOfTalks), "the chunk of 'talks' ends with its sentence");
    assertEquals(officials, doc.nounChunkStart(doc.nounChunkOf(officials)), "'officials' opens a chunk of its own");
    assertEquals(-1, doc.nounChunkOf(1), "the verb lies in no chunk");
  }
}
