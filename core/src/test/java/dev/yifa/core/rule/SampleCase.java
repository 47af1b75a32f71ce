package dev.yifa.core.rule;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A small penalty case for testing the rule engine: a fine, officers and whether a hearing was offered. */
record SampleCase(
    String id,
    String region,
    PartyKind party,
    LocalDate decidedOn,
    BigDecimal fine,
    int certifiedOfficers,
    boolean hearingOffered,
    boolean summary) {

  enum PartyKind {
    INDIVIDUAL,
    ORGANISATION
  }

  static SampleCase lawful() {
    return new SampleCase(
        "XS-SJ-2025-0001", "360000", PartyKind.ORGANISATION, LocalDate.of(2025, 3, 1),
        new BigDecimal("5000.00"), 2, true, false);
  }

  SampleCase withFine(BigDecimal fine) {
    return new SampleCase(id, region, party, decidedOn, fine, certifiedOfficers, hearingOffered, summary);
  }

  SampleCase withOfficers(int n) {
    return new SampleCase(id, region, party, decidedOn, fine, n, hearingOffered, summary);
  }

  SampleCase withHearingOffered(boolean offered) {
    return new SampleCase(id, region, party, decidedOn, fine, certifiedOfficers, offered, summary);
  }

  SampleCase withSummary(boolean s) {
    return new SampleCase(id, region, party, decidedOn, fine, certifiedOfficers, hearingOffered, s);
  }

  SampleCase withDecidedOn(LocalDate day) {
    return new SampleCase(id, region, party, day, fine, certifiedOfficers, hearingOffered, summary);
  }

  SampleCase withParty(PartyKind kind) {
    return new SampleCase(id, region, kind, decidedOn, fine, certifiedOfficers, hearingOffered, summary);
  }

  SampleCase withId(String newId) {
    return new SampleCase(newId, region, party, decidedOn, fine, certifiedOfficers, hearingOffered, summary);
  }
}
