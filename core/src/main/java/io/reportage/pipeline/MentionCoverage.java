package io.reportage.pipeline;

import java.util.Arrays;
import java.util.List;

/**
 * The longest mention covering each token of a document, for {@link Document#mentionAt(int)}: kept
 * up to date as mentions are added, rebuilt once after a removal, so that a look-up is constant
 * time. Of equally long mentions the one added first holds the token.
 */
final class MentionCoverage {
  private MentionDraft[] longest;
  private boolean stale = true;

  /** The longest mention covering {@code token}, or null; rebuilds from {@code mentions} when stale. */
  MentionDraft at(int token, int tokenCount, List<MentionDraft> mentions) {
    if (stale) {
      if (longest == null || longest.length != tokenCount) {
        longest = new MentionDraft[tokenCount];
      } else {
        Arrays.fill(longest, null);
      }
      for (MentionDraft mention : mentions) {
        cover(mention);
      }
      stale = false;
    }
    return longest[token];
  }

  /** A mention was added: it covers its tokens now, unless the index waits for a rebuild anyway. */
  void added(MentionDraft mention) {
    if (!stale) {
      cover(mention);
    }
  }

  /** A mention was removed: the next look-up rebuilds the index. */
  void removed() {
    stale = true;
  }

  private void cover(MentionDraft mention) {
    int length = mention.tokenEnd - mention.tokenStart;
    for (int t = mention.tokenStart; t < mention.tokenEnd; t++) {
      MentionDraft held = longest[t];
      if (held == null || held.tokenEnd - held.tokenStart < length) {
        longest[t] = mention;
      }
    }
  }
}
