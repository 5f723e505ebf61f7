package io.reportage.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldTest {
  private static final List<String> ITEMS = List.of("a", "b", "c", "d", "e", "f", "g");

  @Test
  void aFoldAndTheRestSplitTheItemsWithoutOverlap() {
    Fold fold = Fold.parse("1/3");
    assertEquals(List.of("b", "e"), fold.of(ITEMS));
    assertEquals(List.of("a", "c", "d", "f", "g"), fold.without(ITEMS));
  }

  @Test
  void theFoldsTogetherCoverEveryItemOnce() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      all.addAll(new Fold(i, 3).of(ITEMS));
    }
    all.sort(null);
    assertEquals(ITEMS, all);
  }

  @Test
  void aFoldOutsideItsCountIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Fold.parse("3/3"));
    assertThrows(IllegalArgumentException.class, () -> Fold.parse("0/1"));
    assertThrows(IllegalArgumentException.class, () -> Fold.parse("2"));
  }
}
