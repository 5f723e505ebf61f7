package io.reportage.robustness;

/** A failing text written as a JUnit test method, ready to paste into {@code ShrunkInputRegressionTest}. */
public final class RegressionCase {
  private RegressionCase() {
  }

  /**
   * The test method's source: a name made from the failure, a comment with what failed and how the
   * text was found, and a call to {@code assertAllPropertiesHold} with the text as an ASCII-only literal.
   */
  public static String javaSource(AnalysisInvariants.Violation violation, String text, String foundBy) {
    return "  @Test\n"
        + "  void " + methodName(violation) + "() {\n"
        + "    // " + oneLine(violation.toString()) + "\n"
        + "    // " + oneLine(foundBy) + "; rename the test after what the text has that a rule did not expect.\n"
        + "    assertAllPropertiesHold(" + javaLiteral(text) + ");\n"
        + "  }\n";
  }

  /** A Java string literal for any text: printable ASCII as is, everything else escaped. */
  public static String javaLiteral(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            literal.append(c);
          } else {
            literal.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  private static String methodName(AnalysisInvariants.Violation violation) {
    StringBuilder name = new StringBuilder("shrunk");
    boolean upper = true;
    for (char c : violation.signature().toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        name.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
        upper = false;
      } else {
        upper = true;
      }
    }
    return name.length() > 100 ? name.substring(0, 100) : name.toString();
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
    StringBuilder ascii = new StringBuilder();
    for (char c : line.toCharArray()) {
      // A backslash in a comment could start a Unicode escape that javac reads even there.
      ascii.append(c == '\\' ? "/" : c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("U+%04X", (int) c));
    }
    return ascii.length() > 300 ? ascii.substring(0, 300) + "..." : ascii.toString();
  }
}
