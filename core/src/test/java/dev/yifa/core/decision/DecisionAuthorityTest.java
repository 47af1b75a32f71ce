package dev.yifa.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yifa.core.body.BodyKind;
import dev.yifa.core.body.BodyLevel;
import dev.yifa.core.decision.DecisionAuthority.Ground;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.law.Laws;
import org.junit.jupiter.api.Test;

class DecisionAuthorityTest {
  private static final DivisionCode XIUSHUI = DivisionCode.parse("360424");
  private static final DivisionCode WUNING = DivisionCode.parse("360423");
  private static final DivisionCode JIUJIANG = DivisionCode.parse("360400");
  private static final ActingBody COUNTY = ActingBody.government("修水县人民政府", BodyLevel.COUNTY, XIUSHUI);
  private static final ActingBody OTHER_COUNTY = ActingBody.government("武宁县人民政府", BodyLevel.COUNTY, WUNING);
  private static final ActingBody CITY = ActingBody.government("九江市人民政府", BodyLevel.PREFECTURE, JIUJIANG);
  private static final ActingBody TOWNSHIP =
      ActingBody.government("修水县马坳镇人民政府", BodyLevel.TOWNSHIP, XIUSHUI);
  private static final ActingBody HEALTH =
      ActingBody.department("修水县卫生健康委员会", BodyLevel.COUNTY, "卫生健康", XIUSHUI);
  private static final ActingBody MARKET =
      ActingBody.department("修水县市场监督管理局", BodyLevel.COUNTY, "市场监管", XIUSHUI);
  private static final ActingBody CITY_HEALTH =
      ActingBody.department("九江市卫生健康委员会", BodyLevel.PREFECTURE, "卫生健康", JIUJIANG);

  private static Ground ground(ActingBody actor, ActingBody issuer) {
    return DecisionAuthority.mayAmendOrRevoke(actor, issuer).ground();
  }

  @Test
  void township_mayNotRevokeACountyBureausAct() {
    DecisionAuthority.Verdict v = DecisionAuthority.mayAmendOrRevoke(TOWNSHIP, HEALTH);
    assertThat(v.allowed()).isFalse();
    assertThat(v.ground()).isEqualTo(Ground.TOWNSHIP_HAS_NO_POWER);
    assertThat(v.citations())
        .containsExactly(Laws.ORGANIC_LAW_2022.article(76), Laws.ORGANIC_LAW_2022.article(73).item(3));
  }

  @Test
  void department_mayNotRevokeAnotherLinesAct() {
    assertThat(DecisionAuthority.mayAmendOrRevoke(MARKET, HEALTH).allowed()).isFalse();
    assertThat(ground(MARKET, HEALTH)).isEqualTo(Ground.OTHER_LINE);
  }

  @Test
  void higherDepartmentOfTheSameLine_guidesButDoesNotRevoke() {
    assertThat(ground(CITY_HEALTH, HEALTH)).isEqualTo(Ground.SAME_LINE_GUIDANCE_ONLY);
    assertThat(DecisionAuthority.mayAmendOrRevoke(CITY_HEALTH, HEALTH).allowed()).isFalse();
  }

  @Test
  void countyGovernment_mayRevokeItsOwnDepartmentsAct() {
    DecisionAuthority.Verdict v = DecisionAuthority.mayAmendOrRevoke(COUNTY, HEALTH);
    assertThat(v.allowed()).isTrue();
    assertThat(v.ground()).isEqualTo(Ground.GOVERNMENT_OVER_OWN_DEPARTMENT);
  }

  @Test
  void governments_mayRevokeLowerGovernmentsInTheirRegionOnly() {
    assertThat(ground(COUNTY, TOWNSHIP)).isEqualTo(Ground.GOVERNMENT_OVER_LOWER_GOVERNMENT);
    assertThat(ground(CITY, COUNTY)).isEqualTo(Ground.GOVERNMENT_OVER_LOWER_GOVERNMENT);
    assertThat(ground(COUNTY, OTHER_COUNTY)).isEqualTo(Ground.NOT_SUPERIOR);
    assertThat(ground(COUNTY, CITY)).isEqualTo(Ground.NOT_SUPERIOR);
    assertThat(ground(CITY, HEALTH)).isEqualTo(Ground.NOT_SUPERIOR);
  }

  @Test
  void anyBody_mayRevokeItsOwnAct() {
    for (ActingBody b : new ActingBody[] {COUNTY, TOWNSHIP, HEALTH, MARKET}) {
      DecisionAuthority.Verdict v = DecisionAuthority.mayAmendOrRevoke(b, b);
      assertThat(v.allowed()).isTrue();
      assertThat(v.ground()).isEqualTo(Ground.OWN_ACT);
    }
  }

  @Test
  void department_mayNotRevokeAGovernmentsAct() {
    assertThat(ground(HEALTH, TOWNSHIP)).isEqualTo(Ground.DEPARTMENT_OVER_GOVERNMENT);
    assertThat(
            ground(
                new ActingBody("某授权组织", BodyLevel.COUNTY, BodyKind.AUTHORISED_ORGANISATION, null, XIUSHUI),
                HEALTH))
        .isEqualTo(Ground.OTHER_LINE);
  }
}
