package io.reportage.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Checks JSON against the published schema of the contract, {@value #RESOURCE}, so that tests in
 * every module hold the code's output to what the schema promises. Thread-safe.
 */
public final class ContractValidator {
  /** The class-path resource of the schema, as reportage-core ships it. */
  public static final String RESOURCE = "/io/reportage/json/reportage-1.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = load();

  private ContractValidator() {
  }

  private static JsonSchema load() {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    schema.initializeValidators();
    return schema;
  }

  /** The schema as a JSON tree, read from the class path. */
  public static JsonNode schemaNode() {
    try (InputStream in = ContractValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /** What the schema finds wrong with {@code json}, one readable line each; empty when it is valid. */
  public static List<String> problems(String json) {
    try {
      return problems(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
  }

  /** What the schema finds wrong with {@code json}, one readable line each; empty when it is valid. */
  public static List<String> problems(JsonNode json) {
    Set<ValidationMessage> messages = SCHEMA.validate(json);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** Fails with every problem listed when {@code json} does not follow the schema. */
  public static void assertValid(String json) {
    assertValid(json, "JSON");
  }

  /**
   * Fails with every problem listed when {@code json} does not follow the schema.
   *
   * @param what names the JSON in the failure message ("the seed article's analysis")
   */
  public static void assertValid(String json, String what) {
    List<String> problems = problems(json);
    if (!problems.isEmpty()) {
      throw new AssertionError(what + " does not follow " + RESOURCE + ":\n  " + String.join("\n  ", problems));
    }
  }
}
