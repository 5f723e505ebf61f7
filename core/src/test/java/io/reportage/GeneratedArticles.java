package io.reportage;

import java.util.Random;

/**
 * Long articles for scale tests, made from sentence patterns of news writing filled with names
 * from small lists (about 7,500 distinct people), so that the number of distinct people, organisations and quotes grows with the
 * length (a stage that compares every entity or quote with every other shows up).
 */
public final class GeneratedArticles {
  private static final String[] FIRST = {"Anna", "Pieter", "Maria", "Tom", "Helen", "Oleg", "Denise", "Joost", "Clara",
      "Viktor", "Rachel", "Andrei", "Linda", "James", "Margaret", "Paul"};
  private static final String[] LAST = {"Petrova", "de Vries", "Alvarez", "Becker", "Marsh", "Brandt", "Okafor",
      "Hendriks", "Whitfield", "Halas", "Moss", "Lupu", "Cho", "Oduya", "Quinn", "Lindqvist", "Fairley", "Dragan"};
  private static final String[] TITLE = {"spokesman", "foreign minister", "senator", "union leader", "mayor",
      "chief executive", "press secretary", "aide"};
  private static final String[] ORG = {"the Kremlin", "the ministry", "North Sea Terminals", "the council", "the union",
      "the Senate", "the White House", "the port authority"};
  private static final String[] PLACE = {"Geneva", "Rotterdam", "Moscow", "Washington", "Eastbrook", "Vienna", "Kyiv",
      "Brussels"};
  private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private GeneratedArticles() {
  }

  /** An article of at least {@code chars} characters: a headline, then paragraphs; the same seed gives the same text. */
  public static String ofLength(int chars, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(chars + 1000);
    text.append("Talks resume as leaders meet in Geneva – ministry\n\n");
    while (text.length() < chars) {
      String name = FIRST[random.nextInt(FIRST.length)] + " " + (char) ('A' + random.nextInt(26)) + ". "
          + LAST[random.nextInt(LAST.length)];
      String other = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
      String title = TITLE[random.nextInt(TITLE.length)];
      String org = ORG[random.nextInt(ORG.length)];
      String place = PLACE[random.nextInt(PLACE.length)];
      String day = DAY[random.nextInt(DAY.length)];
      switch (random.nextInt(6)) {
        case 0 -> text.append("“We will not back down from these goals,” ").append(title).append(' ').append(name)
            .append(" told journalists in ").append(place).append(" on ").append(day).append(".");
        case 1 -> text.append("According to ").append(name).append(", ").append(other)
            .append(" stressed that the talks were “necessary” and that ").append(org).append(" would take part.");
        case 2 -> text.append(org.substring(0, 1).toUpperCase()).append(org.substring(1)).append(" ").append(title)
            .append(' ').append(name).append(" said the two leaders had held a phone call on ").append(day)
            .append(" and agreed to meet in ").append(place).append(" next month.");
        case 3 -> text.append(name).append(" urged ").append(other).append(" to cease hostilities as soon as possible, ")
            .append("while the latter reaffirmed his readiness to negotiate. He said it was “pretty long.”");
        case 4 -> text.append("\"It has to happen,\" ").append(name).append(" said. \"People are tired of waiting. ")
            .append("We expect ").append(org).append(" to act.\" The U.S. envoy, Mr. ").append(other)
            .append(", arrived at 3 p.m. on ").append(day).append('.');
        default -> text.append("Asked about the summit, the ").append(title).append(" said: “It will take place when ")
            .append("it is ready, not before.” ").append(name).append(" did not comment.");
      }
      text.append(random.nextInt(3) == 0 ? "\n\n" : " ");
    }
    return text.toString();
  }
}
