package dev.yifa.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitationTest {
  private static final Instrument OTHER =
      new Instrument("food-safety-law", "中华人民共和国食品安全法", "Food Safety Law of the People's Republic of China",
          InstrumentLevel.LAW, "全国人民代表大会常务委员会");

  @Test
  void toChinese_articleParagraphItem() {
    assertThat(Laws.APL_2021.article(63).paragraph(1).item(2).toChinese())
        .isEqualTo("《中华人民共和国行政处罚法》第六十三条第一款第（二）项");
  }

  @Test
  void toChinese_articleAlone_andWithParagraph() {
    assertThat(Laws.APL_2021.article(63).toChinese()).isEqualTo("《中华人民共和国行政处罚法》第六十三条");
    assertThat(Laws.APL_2021.article(63).paragraph(1).toChinese()).isEqualTo("《中华人民共和国行政处罚法》第六十三条第一款");
    assertThat(Laws.LEGISLATION_2023.article(101).toChinese()).isEqualTo("《中华人民共和国立法法》第一百零一条");
    assertThat(Laws.LEGISLATION_2023.article(110).paragraph(2).toChinese())
        .isEqualTo("《中华人民共和国立法法》第一百一十条第二款");
  }

  @Test
  void toChinese_itemWithoutParagraph() {
    assertThat(Laws.APL_2021.article(9).item(2).toChinese()).isEqualTo("《中华人民共和国行政处罚法》第九条第（二）项");
  }

  @Test
  void toEnglish_forms() {
    assertThat(Laws.APL_2021.article(63).paragraph(1).item(2).toEnglish())
        .isEqualTo("Administrative Penalty Law of the People's Republic of China (2021), Article 63(1)(2)");
    assertThat(Laws.APL_2021.article(63).paragraph(1).toEnglish())
        .isEqualTo("Administrative Penalty Law of the People's Republic of China (2021), Article 63(1)");
    assertThat(Laws.APL_2017.article(42).toEnglish())
        .isEqualTo("Administrative Penalty Law of the People's Republic of China (2017), Article 42");
    assertThat(Laws.APL_2021.article(9).item(2).toEnglish())
        .isEqualTo("Administrative Penalty Law of the People's Republic of China (2021), Article 9, item (2)");
  }

  @Test
  void toString_namesIdAndVersion() {
    assertThat(Laws.APL_2021.article(63).toString())
        .isEqualTo("《中华人民共和国行政处罚法》第六十三条 [administrative-penalty-law@2021]");
  }

  @Test
  void narrowing_keepsOtherComponents() {
    Citation c = Laws.ACL_2011.article(18).item(3).paragraph(2);
    assertThat(c).isEqualTo(new Citation(Laws.ACL_2011.instrument(), "2011", 18, 2, 3));
  }

  @Test
  void constructor_rejectsBadComponents() {
    Instrument apl = Laws.APL_2021.instrument();
    assertThatThrownBy(() -> new Citation(apl, "2021", 0, 0, 0)).hasMessage("article must be positive: 0");
    assertThatThrownBy(() -> new Citation(apl, "2021", 1, -1, 0)).hasMessage("paragraph must not be negative: -1");
    assertThatThrownBy(() -> new Citation(apl, "2021", 1, 0, -2)).hasMessage("item must not be negative: -2");
    assertThatThrownBy(() -> new Citation(apl, " ", 1, 0, 0)).hasMessage("version must not be blank");
    assertThatThrownBy(() -> Laws.APL_2021.article(1).paragraph(0)).hasMessage("paragraph must be positive: 0");
    assertThatThrownBy(() -> Laws.APL_2021.article(1).item(0)).hasMessage("item must be positive: 0");
  }

  @Test
  void equalsAndHashCode() {
    Instrument apl = Laws.APL_2021.instrument();
    Instrument sameIdOtherTitle = new Instrument(apl.id(), "某某法", apl.titleEn(), apl.level(), apl.issuer());
    new EqualsTester()
        .addEqualityGroup(Laws.APL_2021.article(63), new Citation(apl, "2021", 63, 0, 0))
        .addEqualityGroup(Laws.APL_2017.article(63))
        .addEqualityGroup(Laws.APL_2021.article(64))
        .addEqualityGroup(Laws.APL_2021.article(63).paragraph(1))
        .addEqualityGroup(Laws.APL_2021.article(63).item(1))
        .addEqualityGroup(new Citation(OTHER, "2021", 63, 0, 0))
        .addEqualityGroup(new Citation(sameIdOtherTitle, "2021", 63, 0, 0))
        .testEquals();
  }

  @Test
  void compareTo_isConsistentWithEquals() {
    Instrument apl = Laws.APL_2021.instrument();
    Instrument sameIdOtherTitle = new Instrument(apl.id(), "某某法", apl.titleEn(), apl.level(), apl.issuer());
    Citation a = new Citation(apl, "2021", 63, 0, 0);
    Citation b = new Citation(sameIdOtherTitle, "2021", 63, 0, 0);
    assertThat(a.compareTo(b)).isNotZero();
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Test
  void compareTo_ordersByArticleThenParagraphThenItem_property() {
    qt().forAll(
            org.quicktheories.generators.SourceDSL.integers().between(1, 200),
            org.quicktheories.generators.SourceDSL.integers().between(0, 5),
            org.quicktheories.generators.SourceDSL.integers().between(1, 200),
            org.quicktheories.generators.SourceDSL.integers().between(0, 5))
        .check((a1, p1, a2, p2) -> {
          Citation x = new Citation(OTHER, "2021", a1, p1, 0);
          Citation y = new Citation(OTHER, "2021", a2, p2, 0);
          int expected = a1.equals(a2) ? Integer.compare(p1, p2) : Integer.compare(a1, a2);
          return Integer.signum(x.compareTo(y)) == Integer.signum(expected)
              && (x.compareTo(y) == 0) == x.equals(y);
        });
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Instrument.class, OTHER)
        .setDefault(LocalDate.class, LocalDate.of(2021, 7, 15));
    tester.testAllPublicConstructors(Citation.class);
    tester.testAllPublicInstanceMethods(Laws.APL_2021.article(1));
    tester.testAllPublicConstructors(Instrument.class);
    tester.testAllPublicConstructors(InstrumentVersion.class);
    tester.testAllPublicInstanceMethods(Laws.APL_2021);
  }

  @Test
  void instrument_rejectsBadIdAndMarkedTitle() {
    assertThatThrownBy(() -> new Instrument("Bad_Id", "某法", "x", InstrumentLevel.LAW, ""))
        .hasMessageStartingWith("id must be lower-case words joined by hyphens");
    assertThatThrownBy(() -> new Instrument("ok", "《某法》", "x", InstrumentLevel.LAW, ""))
        .hasMessageStartingWith("titleZh must not carry book-title marks");
    assertThat(OTHER.citedTitle()).isEqualTo("《中华人民共和国食品安全法》");
  }

  @Test
  void instrumentVersion_isInForceOn_halfOpenInterval() {
    assertThat(Laws.APL_2017.isInForceOn(LocalDate.of(2018, 1, 1))).isTrue();
    assertThat(Laws.APL_2017.isInForceOn(LocalDate.of(2017, 12, 31))).isFalse();
    assertThat(Laws.APL_2017.isInForceOn(LocalDate.of(2021, 7, 14))).isTrue();
    assertThat(Laws.APL_2017.isInForceOn(LocalDate.of(2021, 7, 15))).isFalse();
    assertThat(Laws.APL_2021.isInForceOn(LocalDate.of(9999, 12, 31))).isTrue();
    assertThatThrownBy(() -> new InstrumentVersion(OTHER, "x", LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)))
        .hasMessageStartingWith("effectiveUntil must be after effectiveFrom");
  }

  @Test
  void instrumentVersion_equalsAndHashCode() {
    Instrument apl = Laws.APL_2021.instrument();
    LocalDate d = LocalDate.of(2021, 7, 15);
    new EqualsTester()
        .addEqualityGroup(Laws.APL_2021, new InstrumentVersion(apl, "2021", LocalDate.of(2021, 1, 22), d, null))
        .addEqualityGroup(new InstrumentVersion(apl, "2021", LocalDate.of(2021, 1, 22), d, d.plusDays(1)))
        .addEqualityGroup(new InstrumentVersion(apl, "2021b", LocalDate.of(2021, 1, 22), d, null))
        .addEqualityGroup(Laws.APL_2017)
        .testEquals();
  }
}
