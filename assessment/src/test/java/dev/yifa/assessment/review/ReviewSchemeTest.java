package dev.yifa.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yifa.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReviewSchemeTest {
  private static final String VALID =
      """
      { "type": "review-scheme", "id": "t/1", "title": "t", "total": 100,
        "categories": [ { "id": "A", "name": "甲", "points": 60 }, { "id": "B", "name": "乙", "points": 40 } ],
        "deductions": [ { "rule": "APL-042-*", "category": "A", "points": 10, "veto": "ZERO_AND_FAIL", "reason": "r" } ],
        "defaultDeduction": { "category": "B", "points": 5 },
        "grades": [ { "id": "OK", "name": "合格", "min": 60 }, { "id": "NO", "name": "不合格", "min": 0 } ] }
      """;

  @Test
  void parse_validScheme_roundTrips() {
    ReviewScheme s = ReviewScheme.parse(VALID);
    assertThat(ReviewScheme.parse(s.toJson())).isEqualTo(s);
    assertThat(s.deductions().get(0).matches("APL-042-two-officers")).isTrue();
    assertThat(s.deductions().get(0).matches("APL-0421-x")).isFalse();
  }

  @Test
  void parse_defaultSchemeJson_roundTrips() {
    ReviewScheme s = ReviewScheme.defaultScheme();
    assertThat(ReviewScheme.parse(s.toJson())).isEqualTo(s);
  }

  @Test
  void parse_pointsNotAddingUp_pointsAtCategories() {
    assertThat(pointer(VALID.replace("\"points\": 40", "\"points\": 30"))).isEqualTo("/categories");
  }

  @Test
  void parse_unknownCategoryInAnItem_pointsAtTheItem() {
    assertThat(pointer(VALID.replace("\"category\": \"A\"", "\"category\": \"Z\""))).isEqualTo("/deductions/0/category");
  }

  @Test
  void parse_bandsNotDescending_pointsAtTheBand() {
    assertThat(pointer(VALID.replace("\"min\": 0", "\"min\": 70"))).isEqualTo("/grades/1/min");
  }

  @Test
  void parse_unknownVeto_pointsAtTheField() {
    assertThat(pointer(VALID.replace("ZERO_AND_FAIL", "MAYBE"))).isEqualTo("/deductions/0/veto");
  }

  @Test
  void parse_missingField_pointsAtIt() {
    assertThat(pointer(VALID.replace("\"title\": \"t\",", ""))).isEqualTo("/title");
  }

  @Test
  void parse_unknownField_isAnError() {
    assertThat(pointer(VALID.replace("\"total\": 100", "\"total\": 100, \"colour\": 1"))).isEqualTo("/colour");
  }

  private static String pointer(String json) {
    try {
      ReviewScheme.parse(json);
    } catch (InvalidInputException e) {
      return e.pointer();
    }
    throw new AssertionError("no error for " + json);
  }

  @Test
  void parse_wrongType_isAnError() {
    assertThatThrownBy(() -> ReviewScheme.parse(VALID.replace("review-scheme", "assessment-scheme")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a review scheme");
  }
}
