package io.reportage.event;

import java.util.Map;
import java.util.Set;

/** The sense checks the trigger lexicon may name, by name. Immutable. */
final class SenseChecks {
  /** Lets a noun trigger modify another noun ("death toll"); the check itself accepts. */
  static final String COMPOUND = "compound";

  private final Map<String, SenseCheck> checks;

  SenseChecks(ContextCues cues) {
    this.checks = Map.of(
        "call", new CallSense(),
        "intent", new IntentSense(cues.maskOf("NEGOTIATE")),
        COMPOUND, (context, start, end) -> end);
  }

  Set<String> names() {
    return checks.keySet();
  }

  SenseCheck get(String name) {
    return checks.get(name);
  }
}
