package io.reportage.adapter.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.EntityType;
import io.reportage.NameSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenNlpEntityRecognizerTest {
  private static final OpenNlpEntityRecognizer RECOGNIZER = new OpenNlpEntityRecognizer(OpenNlpModels.nameFinderModel());

  /** The names of a one-sentence text, as "TYPE:text" items. */
  private static List<String> names(String sentence) {
    String[] tokens = sentence.split(" ");
    List<String> found = new ArrayList<>();
    for (NameSpan name : RECOGNIZER.recognize(List.<String[]>of(tokens)).get(0)) {
      found.add(name.type() + ":" + String.join(" ", List.of(tokens).subList(name.start(), name.end())));
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Angela Merkel met Emmanuel Macron in Paris on Tuesday .                        | PERSON:Angela Merkel, PERSON:Emmanuel Macron, LOCATION:Paris
      The United Nations said aid convoys had reached northern Syria .               | ORGANIZATION:United Nations, LOCATION:Syria
      Shares of General Motors rose 2 percent in New York trading .                  | ORGANIZATION:General Motors, LOCATION:New York
      Bayern Munich beat Borussia Dortmund 2-1 on Saturday .                         | ORGANIZATION:Bayern Munich, ORGANIZATION:Borussia Dortmund
      " We will not retreat , " Defence Minister Oleg Marchenko told reporters in Kiev . | PERSON:Oleg Marchenko, LOCATION:Kiev
      """)
  void findsPeopleOrganizationsAndPlacesInNewsSentences(String sentence, String expected) {
    assertEquals(List.of(expected.split(", ")), names(sentence.strip()));
  }

  @Test
  void nationalitiesAndOtherMiscellaneousNamesAreNotReported() {
    assertEquals(List.of(), names("The French and the Germans disagreed about the Euro ."));
  }

  @Test
  void namesComeFromLabelsAsMaximalRunsOfOneType() {
    int[] labels = {0, 1, 2, 0, 5, 3, 4, 4, 7, 8};
    List<NameSpan> names = OpenNlpEntityRecognizer.names(labels, 0, labels.length);
    assertEquals(List.of(new NameSpan(1, 3, EntityType.PERSON), new NameSpan(4, 5, EntityType.LOCATION),
        new NameSpan(5, 8, EntityType.ORGANIZATION)), names);
    assertEquals(List.of(new NameSpan(0, 2, EntityType.ORGANIZATION)), OpenNlpEntityRecognizer.names(labels, 6, 8),
        "token indices count from the sentence start, where an inside label opens a name");
  }

  @Test
  void threadsSharingTheRecognizerGetWhatOneThreadGets() throws Exception {
    List<List<String[]>> documents = List.of(
        TextDocuments.sentences("Carla Nunes of Banco Austral spoke in Maputo .", "Nunes said rates would rise ."),
        TextDocuments.sentences("PORTO BEAT BENFICA", "Porto beat Benfica 2-0 in Lisbon on Sunday ."),
        TextDocuments.sentences("Talks between Chile and Peru resumed in Lima , the Andean Council said ."));
    List<List<List<NameSpan>>> expected = new ArrayList<>();
    for (List<String[]> document : documents) {
      expected.add(RECOGNIZER.recognize(document));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int task = 0; task < 200; task++) {
        int d = task % documents.size();
        results.add(pool.submit(() -> RECOGNIZER.recognize(documents.get(d)).equals(expected.get(d))));
      }
      for (Future<Boolean> result : results) {
        assertEquals(true, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void returnsOneListPerSentenceEvenForEmptyInput() {
    assertEquals(List.of(), RECOGNIZER.recognize(List.of()));
    assertEquals(2, RECOGNIZER.recognize(TextDocuments.sentences("Hello .", "Bye .")).size());
  }
}
