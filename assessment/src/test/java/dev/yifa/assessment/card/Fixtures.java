package dev.yifa.assessment.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small logs for tests: officer A (ZA-0001) with a certificate from 2020. */
final class Fixtures {
  static final String A = "ZA-0001";
  static final String B = "ZA-0002";
  static final CardPolicy POLICY = CardPolicy.defaultPolicy();

  private Fixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static List<Officer> officers() {
    return List.of(Officer.of(A, "张明", "镇安县市场监督管理局"), Officer.of(B, "李华", "镇安县城市管理执法局"));
  }

  static List<OfficerEvent> certificates() {
    List<OfficerEvent> out = new ArrayList<>();
    out.add(OfficerEvent.of("C-A", A, d("2020-01-10"), OfficerEventType.CERTIFICATE_ISSUED)
        .withCertificate("61102520200001", d("2029-12-31")));
    out.add(OfficerEvent.of("C-B", B, d("2020-01-10"), OfficerEventType.CERTIFICATE_ISSUED)
        .withCertificate("61102520200002", d("2029-12-31")));
    return out;
  }

  static OfficerLog log(OfficerEvent... events) {
    List<OfficerEvent> all = certificates();
    all.addAll(List.of(events));
    return OfficerLog.of("test", "611025", officers(), all);
  }

  static OfficerEvent mis(String id, String date, String code) {
    return OfficerEvent.misconduct(id, A, d(date), code, "督查通报 " + id);
  }

  static Card card(OfficerLog log, String asOf) {
    return Cards.of(log, POLICY).card(A, d(asOf));
  }
}
