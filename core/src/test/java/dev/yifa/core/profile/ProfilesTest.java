package dev.yifa.core.profile;

import static dev.yifa.core.profile.ProfileKeys.HEARING_LARGE_FINE_INDIVIDUAL;
import static dev.yifa.core.profile.ProfileKeys.HEARING_LARGE_FINE_ORGANISATION;
import static dev.yifa.core.profile.ProfileKeys.LOCAL_RULE_FINE_CAP;
import static dev.yifa.core.profile.ProfileKeys.SUMMARY_FINE_LIMIT_INDIVIDUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProfilesTest {
  private static final Profiles BUILT_IN = Profiles.builtIn();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  @Test
  void profileFor_jiangxi_usesProvinceHearingThresholds() {
    JurisdictionProfile p = BUILT_IN.profileFor("360000", DAY);

    assertThat(p.get(HEARING_LARGE_FINE_INDIVIDUAL)).isEqualTo(Threshold.atLeast(new BigDecimal("3000")));
    assertThat(p.get(HEARING_LARGE_FINE_ORGANISATION)).isEqualTo(Threshold.atLeast(new BigDecimal("20000")));
    assertThat(p.source(HEARING_LARGE_FINE_ORGANISATION).orElseThrow()).contains("江西省人民政府令第250号");
    assertThat(p.fellBack()).isFalse();
    assertThat(p.notes()).isEmpty();
    assertThat(p.id()).isEqualTo("360000@2021-07-15");
  }

  @Test
  void profileFor_countyCode_resolvesToItsProvince() {
    JurisdictionProfile county = BUILT_IN.profileFor("360424", DAY);

    assertThat(county.province()).isEqualTo("360000");
    assertThat(county.region()).isEqualTo("360424");
    assertThat(county.get(HEARING_LARGE_FINE_INDIVIDUAL))
        .isEqualTo(BUILT_IN.profileFor("360000", DAY).get(HEARING_LARGE_FINE_INDIVIDUAL));
  }

  @Test
  void profileFor_unknownRegion_fallsBackToNationalWithANote() {
    JurisdictionProfile p = BUILT_IN.profileFor("999999", DAY);

    assertThat(p.fellBack()).isTrue();
    assertThat(p.notes()).containsExactly("unknown region 999999, national defaults used");
    assertThat(p.id()).isEqualTo("000000@2021-07-15");
    assertThat(p.get(HEARING_LARGE_FINE_ORGANISATION)).isEqualTo(Threshold.atLeast(new BigDecimal("100000")));
  }

  @Test
  void profileFor_valueChangingOn20210609_isEffectiveDated() {
    JurisdictionProfile before = BUILT_IN.profileFor("360000", LocalDate.of(2021, 6, 8));
    JurisdictionProfile on = BUILT_IN.profileFor("360000", LocalDate.of(2021, 6, 9));

    // Before Decree 250 no Jiangxi figure is on file and no national default is in force yet.
    assertThat(before.find(HEARING_LARGE_FINE_INDIVIDUAL)).isEmpty();
    assertThat(on.get(HEARING_LARGE_FINE_INDIVIDUAL)).isEqualTo(Threshold.atLeast(new BigDecimal("3000")));
    assertThat(on.effectiveFrom(HEARING_LARGE_FINE_INDIVIDUAL)).contains(LocalDate.of(2021, 6, 9));
    assertThat(before.id()).isEqualTo("360000@1996-10-01");
    assertThat(on.id()).isEqualTo("360000@2021-06-09");
  }

  @Test
  void profileFor_summaryLimit_changesWithThe2021Law() {
    assertThat(BUILT_IN.national(LocalDate.of(2021, 7, 14)).get(SUMMARY_FINE_LIMIT_INDIVIDUAL))
        .isEqualByComparingTo("50");
    assertThat(BUILT_IN.national(LocalDate.of(2021, 7, 15)).get(SUMMARY_FINE_LIMIT_INDIVIDUAL))
        .isEqualByComparingTo("200");
  }

  @Test
  void beijingThreshold_isExclusive_jiangxiInclusive() {
    Threshold beijing = BUILT_IN.profileFor("110000", DAY).get(HEARING_LARGE_FINE_INDIVIDUAL);
    Threshold jiangxi = BUILT_IN.profileFor("360000", DAY).get(HEARING_LARGE_FINE_INDIVIDUAL);

    assertThat(beijing.isReachedBy(new BigDecimal("1000.00"))).isFalse();
    assertThat(beijing.isReachedBy(new BigDecimal("1000.01"))).isTrue();
    assertThat(jiangxi.isReachedBy(new BigDecimal("3000.00"))).isTrue();
    assertThat(jiangxi.isReachedBy(new BigDecimal("2999.99"))).isFalse();
    assertThat(beijing.toString()).isEqualTo(">1000");
    assertThat(jiangxi.toString()).isEqualTo("≥3000");
  }

  @Test
  void localRuleFineCaps_areSeededForFourProvinces() {
    assertThat(BUILT_IN.profileFor("110000", DAY).get(LOCAL_RULE_FINE_CAP)).isEqualByComparingTo("30000");
    assertThat(BUILT_IN.profileFor("330100", DAY).get(LOCAL_RULE_FINE_CAP)).isEqualByComparingTo("30000");
    assertThat(BUILT_IN.profileFor("370000", DAY).get(LOCAL_RULE_FINE_CAP)).isEqualByComparingTo("100000");
    assertThat(BUILT_IN.profileFor("410000", DAY).get(ProfileKeys.LOCAL_RULE_FINE_CAP_RAISED))
        .isEqualByComparingTo("200000");
    assertThat(BUILT_IN.profileFor("360000", DAY).find(LOCAL_RULE_FINE_CAP)).isEmpty();
    assertThat(BUILT_IN.provinces()).contains("110000", "320000", "330000", "360000", "370000", "410000");
  }

  @Test
  void find_keyDefault_usedWhenDataHasNoValue() {
    ProfileKey<Integer> days = ProfileKey.integer("penalty.decisionDays").withDefault(90);

    assertThat(BUILT_IN.profileFor("360000", DAY).get(days)).isEqualTo(90);
  }

  @Test
  void find_keyOfAnotherType_isRejected() {
    ProfileKey<BigDecimal> wrong = ProfileKey.money("hearing.largeFine.individual");

    assertThatThrownBy(() -> BUILT_IN.profileFor("360000", DAY).get(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("THRESHOLD");
  }

  @Test
  void profileFor_malformedCode_isRejected() {
    assertThatThrownBy(() -> BUILT_IN.profileFor("36000", DAY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BUILT_IN.profileFor("36000a", DAY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromJson_badDocuments_areInputErrorsWithPointers() {
    assertPointer("{\"keys\":{\"a\":\"NUMBER\"},\"national\":{}}", "/keys/a");
    assertPointer("{\"keys\":{},\"national\":{\"a\":[]}}", "/national/a");
    assertPointer(
        "{\"keys\":{\"a\":\"THRESHOLD\"},\"national\":{\"a\":[{\"from\":\"2021-01-01\",\"value\":{\"atLeast\":1,\"moreThan\":2},\"source\":\"s\"}]}}",
        "/national/a/0/value");
    assertPointer(
        "{\"keys\":{\"a\":\"MONEY\"},\"national\":{\"a\":[{\"from\":\"2021-02-30\",\"value\":1,\"source\":\"s\"}]}}",
        "/national/a/0/from");
    assertPointer(
        "{\"keys\":{\"a\":\"MONEY\"},\"national\":{},\"regions\":{\"360424\":{\"name\":\"x\",\"values\":{}}}}",
        "/regions/360424");
    assertPointer("{\"keys\":{},\"national\":{},\"extra\":1}", "/extra");
  }

  private static void assertPointer(String json, String pointer) {
    assertThatThrownBy(() -> Profiles.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo(pointer));
  }

  @Test
  void profileFor_realProvinceWithoutValues_saysWhichProvince() {
    JurisdictionProfile p = Profiles.builtIn().profileFor("611025", java.time.LocalDate.of(2025, 6, 1));
    assertThat(p.fellBack()).isTrue();
    assertThat(p.notes())
        .containsExactly("no profile for province 610000 (region 611025), national defaults used");
  }
}
