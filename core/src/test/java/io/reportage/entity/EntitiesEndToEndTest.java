package io.reportage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.Extractor;
import io.reportage.Mention;
import io.reportage.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles and coreference through the whole default pipeline (real tokenizer, tagger and name
 * finder) on an article written for this test: the seed article's patterns with other people,
 * places and titles.
 */
class EntitiesEndToEndTest {
  private static final String ARTICLE = """
      Brasilia rejects tariff plan

      Brazilian President Lucas Andrade and his Argentine counterpart Sofia Mendez spoke by phone on Tuesday, according to presidential spokesman Marcos Pereira.

      Pereira said the two leaders agreed to meet in Montevideo next month. The Argentine president told reporters she was "optimistic" about a deal.

      A senior official at the Brazilian Foreign Ministry, who asked not to be named, said the talks had stalled over beef quotas. The official added that Brasilia would not accept new tariffs.

      Carla Nunes, the ministry's chief negotiator, said her team was ready. Andrade praised her work, while Mendez thanked the former.

      Two sources familiar with the negotiations said they expected an agreement by June. Argentina's Economy Minister Pablo Ruiz declined to comment.
      """;

  private static Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = Extractor.create().analyze(ARTICLE);
  }

  @Test
  void everyNamedPersonHasTheRoleTheArticleGivesThem() {
    assertEquals(List.of("president@Brazil"), roles("Lucas Andrade"));
    assertEquals(List.of("president@Argentina"), roles("Sofia Mendez"), "a counterpart holds the other's title");
    assertEquals(List.of("spokesman@-"), roles("Marcos Pereira"));
    assertEquals(List.of("chief negotiator@Foreign Ministry"), roles("Carla Nunes"));
    assertEquals(List.of("economy minister@Argentina"), roles("Pablo Ruiz"));
  }

  @Test
  void roleNominalsPronounsAndTheFormerFindTheirPeople() {
    assertTrue(mentions("Sofia Mendez").containsAll(List.of("his Argentine counterpart Sofia Mendez",
        "The Argentine president", "she", "Mendez")), mentions("Sofia Mendez").toString());
    assertTrue(mentions("Lucas Andrade").containsAll(List.of("Brazilian President Lucas Andrade", "Andrade", "the former")),
        mentions("Lucas Andrade").toString());
    assertTrue(mentions("Marcos Pereira").containsAll(List.of("presidential spokesman Marcos Pereira", "Pereira")));
    assertTrue(mentions("Foreign Ministry").contains("the ministry"), mentions("Foreign Ministry").toString());
  }

  @Test
  void unnamedSourcesAreEntitiesOfTheirOwnWithTheirRoles() {
    Entity official = withMention("A senior official at the Brazilian Foreign Ministry");
    assertNotNull(official, "no entity for the unnamed official");
    assertEquals(null, official.name());
    assertTrue(texts(official).contains("The official"), texts(official).toString());
    assertEquals("official", official.roles().get(0).title());
    Entity sources = withMention("Two sources familiar with the negotiations");
    assertNotNull(sources);
    assertTrue(texts(sources).contains("they"));
    assertTrue(sources != official);
  }

  private static List<String> roles(String name) {
    Entity entity = named(name);
    List<String> roles = new ArrayList<>();
    for (Role role : entity.roles()) {
      String organization = role.organization() == null ? "-" : byId(role.organization()).name();
      roles.add((role.former() ? "former " : "") + role.title() + "@" + organization);
    }
    return roles;
  }

  private static List<String> mentions(String name) {
    return texts(named(name));
  }

  private static List<String> texts(Entity entity) {
    return entity.mentions().stream().map(Mention::text).toList();
  }

  private static Entity named(String name) {
    return analysis.entities().stream().filter(e -> name.equals(e.name())).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + analysis.entities()));
  }

  private static Entity withMention(String text) {
    return analysis.entities().stream().filter(e -> texts(e).contains(text)).findFirst().orElse(null);
  }

  private static Entity byId(String id) {
    return analysis.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
