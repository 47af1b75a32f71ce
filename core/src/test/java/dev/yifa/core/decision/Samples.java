package dev.yifa.core.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yifa.core.json.YifaJson;
import dev.yifa.core.profile.Profiles;
import dev.yifa.core.rule.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** Scenario documents as trees and records, for unit tests. */
public final class Samples {
  private Samples() {}

  /** Reads a scenario file as a tree. */
  public static ObjectNode tree(String pack, String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/scenarios/" + pack + "/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no scenario " + pack + "/" + name);
      }
      return (ObjectNode) YifaJson.read(in, JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lawful major decision all decision scenarios vary. */
  public static MajorDecision lawfulDecision() {
    return MajorDecisionChecker.read(
        tree("decision-2019", "MAJ-015-comment-period-short--lawful-30-days-across-national-day"));
  }

  /** A context for Jiangxi as of a day. */
  public static RuleContext context(LocalDate asOf) {
    return RuleContext.of(asOf, Profiles.builtIn().profileFor("360424", asOf));
  }
}
