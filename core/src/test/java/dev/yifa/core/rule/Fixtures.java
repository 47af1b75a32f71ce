package dev.yifa.core.rule;

import dev.yifa.core.profile.Profiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Shared test values. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 1);

  static RuleContext jiangxi() {
    return RuleContext.of(AS_OF, Profiles.builtIn().profileFor("360000", AS_OF));
  }

  /** An organisation fined 200,000 yuan without a hearing, by one officer, in Jiangxi. */
  static SampleCase unlawful() {
    return SampleCase.lawful()
        .withFine(new java.math.BigDecimal("200000.00"))
        .withOfficers(1)
        .withHearingOffered(false);
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Fixtures() {}
}
