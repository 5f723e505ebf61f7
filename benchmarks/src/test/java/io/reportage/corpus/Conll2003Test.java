package io.reportage.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Conll2003Test {
  private static final String FILE = """
      -DOCSTART- O

      FERRY SINKS OFF CRETE O
      
      Coast O
      guard O
      chief O
      Nikos B-PER
      Dimas I-PER
      said O
      the O
      Aegean B-ORG
      Lines I-ORG
      ferry O
      left O
      Chania B-LOC
      . O

      -DOCSTART- O

      Oslo B-LOC
      won O
      """;

  @Test
  void readsDocumentsSentencesAndNamesWithTheirCharacterSpans(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sample.txt");
    Files.writeString(file, FILE.replace("FERRY SINKS OFF CRETE O", "FERRY O\nSINKS O\nOFF O\nCRETE B-LOC"),
        StandardCharsets.UTF_8);
    List<Conll2003.Doc> docs = Conll2003.read(file);
    assertEquals(2, docs.size());
    Conll2003.Doc doc = docs.get(0);
    assertEquals(2, doc.sentences().size());
    assertEquals(17, doc.tokenCount());
    String text = doc.text();
    assertEquals("FERRY SINKS OFF CRETE\nCoast guard chief Nikos Dimas said the Aegean Lines ferry left Chania .\n", text);
    List<String> mentions = doc.mentions().stream()
        .map(m -> m.type() + ":" + text.substring(m.start(), m.end())).toList();
    assertEquals(List.of("LOC:CRETE", "PER:Nikos Dimas", "ORG:Aegean Lines", "LOC:Chania"), mentions);
    assertEquals(List.of(new Conll2003.Name(0, 1, "LOC")), docs.get(1).sentences().get(0).names());
  }

  @Test
  void anInsideTagThatDoesNotContinueANameOpensOne() {
    assertEquals(List.of(new Conll2003.Name(1, 3, "PER"), new Conll2003.Name(3, 4, "LOC")),
        Conll2003.namesOf(List.of("O", "I-PER", "I-PER", "I-LOC", "O")));
  }
}
