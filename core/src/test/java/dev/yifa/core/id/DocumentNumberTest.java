package dev.yifa.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.yifa.core.json.YifaJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class DocumentNumberTest {
  @Test
  void parse_realNumbers_exposeParts() {
    DocumentNumber n = DocumentNumber.parse("国办发〔2018〕37号");
    assertThat(n.issuer()).isEqualTo("国办发");
    assertThat(n.year()).isEqualTo(2018);
    assertThat(n.number()).isEqualTo(37);
    assertThat(DocumentNumber.parse("赣府发〔2024〕3号").number()).isEqualTo(3);
    assertThat(DocumentNumber.parse("修水县市监罚字〔2025〕12号").issuer()).isEqualTo("修水县市监罚字");
  }

  @Test
  void parse_otherBrackets_normaliseToHexagonal() {
    for (String s : new String[] {"国办发[2018]37号", "国办发［2018］37号", "国办发(2018)37号",
        "国办发（2018）37号", "国办发【2018】37号", "国办发﹝2018﹞37号"}) {
      assertThat(DocumentNumber.parse(s).toString()).as(s).isEqualTo("国办发〔2018〕37号");
    }
  }

  @Test
  void check_defects_sayWhy() {
    assertThat(reason("国办发2018年37号")).isEqualTo(DefectReason.BAD_FORMAT);
    assertThat(reason("〔2018〕37号")).isEqualTo(DefectReason.BAD_FORMAT);
    assertThat(reason("国办发〔2018]37号")).isEqualTo(DefectReason.BAD_FORMAT);
    assertThat(reason("国办发〔18〕37号")).isEqualTo(DefectReason.BAD_FORMAT);
    assertThat(reason("国办发〔2018〕37")).isEqualTo(DefectReason.BAD_FORMAT);
    assertThat(reason("国办发〔2018〕号")).isEqualTo(DefectReason.BAD_FORMAT);
    assertThat(reason("国办发〔1948〕37号")).isEqualTo(DefectReason.BAD_YEAR);
    assertThat(reason("国办发〔2101〕37号")).isEqualTo(DefectReason.BAD_YEAR);
    assertThat(reason("国办发〔2018〕037号")).isEqualTo(DefectReason.BAD_NUMBER);
    assertThat(reason("国办发〔2018〕0号")).isEqualTo(DefectReason.BAD_NUMBER);
    assertThat(reason("国办发〔2018〕第37号")).isEqualTo(DefectReason.ILLEGAL_CHARACTER);
    assertThat(reason("国办 发〔2018〕37号")).isEqualTo(DefectReason.ILLEGAL_CHARACTER);
    assertThat(DocumentNumber.check("国办发〔2018〕037号").orElseThrow().detail())
        .startsWith("number 037 has a leading zero");
    assertThat(DocumentNumber.check("国办发〔2018]37号").orElseThrow().detail())
        .isEqualTo("expected 〕 closing the year at position 9");
    assertThat(DocumentNumber.check("国发〔2018〕").orElseThrow().detail())
        .isEqualTo("expected 号 at the end, found '〕' at position 8");
    assertThat(DocumentNumber.check("国发〔2018").orElseThrow().detail())
        .isEqualTo("expected 〕 closing the year at position 8");
    assertThat(DocumentNumber.check("国发〔20").orElseThrow().detail())
        .isEqualTo("expected a four-digit year at position 6");
    assertThat(DocumentNumber.check("国发〔2018〕号").orElseThrow().detail())
        .isEqualTo("no number before 号");
  }

  private static DefectReason reason(String s) {
    return DocumentNumber.check(s).orElseThrow().reason();
  }

  @Test
  void of_roundTripsThroughToString() {
    qt().forAll(Generate.pick(java.util.List.of("国发", "赣府办字", "ABC")), Generate.range(1949, 2100), Generate.range(1, 999_999))
        .check((issuer, year, number) -> {
          DocumentNumber n = DocumentNumber.of(issuer, year, number);
          return DocumentNumber.parse(n.toString()).equals(n)
              && n.issuer().equals(issuer) && n.year() == year && n.number() == number;
        });
  }

  @Test
  void json_roundTripsCanonical() throws Exception {
    DocumentNumber n = DocumentNumber.parse("国办发[2018]37号");
    assertThat(YifaJson.mapper().writeValueAsString(n)).isEqualTo("\"国办发〔2018〕37号\"");
    assertThat(YifaJson.read("\"国办发〔2018〕37号\"", DocumentNumber.class)).isEqualTo(n);
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(DocumentNumber.parse("国办发〔2018〕37号"), DocumentNumber.parse("国办发(2018)37号"))
        .addEqualityGroup(DocumentNumber.parse("国办发〔2018〕38号"))
        .addEqualityGroup(DocumentNumber.parse("国办发〔2019〕37号"))
        .addEqualityGroup(DocumentNumber.parse("国发〔2018〕37号"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(DocumentNumber.class);
    new NullPointerTester().testAllPublicInstanceMethods(DocumentNumber.parse("国办发〔2018〕37号"));
  }
}
