package dev.yifa.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationStyleTest {
  private static final LawCatalog CATALOG = LawCatalog.builtIn();

  @Test
  void runningPoints_renderAsPointNotArticle() {
    Citation c = CATALOG.requireVersion("normative-documents-circular-2018", "2018").article(8);
    assertThat(c.toChinese()).isEqualTo("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》第（八）项");
    assertThat(c.toEnglish()).endsWith("(2018), point (8)");
    assertThat(CATALOG.entry("normative-documents-circular-2018").orElseThrow().citationStyle())
        .isEqualTo(CitationStyle.NUMBERED_POINTS);
  }

  @Test
  void partsWithPoints_renderAsPartAndPoint() {
    Citation c = CATALOG.requireVersion("discretion-benchmark-opinions", "2022").article(2).item(3);
    assertThat(c.toChinese()).isEqualTo("《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》第二部分第（三）项");
    assertThat(c.toEnglish()).endsWith("(2022), part 2, point (3)");
  }

  @Test
  void articles_unchanged() {
    assertThat(Laws.APL_2021.article(63).paragraph(1).item(2).toChinese())
        .isEqualTo("《中华人民共和国行政处罚法》第六十三条第一款第（二）项");
  }

  @Test
  void catalogJson_roundTripsTheStyle() {
    LawCatalog again = LawCatalog.fromJson(CATALOG.toJson());
    assertThat(again.entry("power-list-guidance").orElseThrow().citationStyle()).isEqualTo(CitationStyle.PARTS);
    assertThat(again.entry("administrative-penalty-law").orElseThrow().citationStyle())
        .isEqualTo(CitationStyle.ARTICLES);
  }
}
