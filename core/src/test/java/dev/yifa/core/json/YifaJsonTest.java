package dev.yifa.core.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.yifa.core.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class YifaJsonTest {
  enum Kind {
    ORGANISATION,
    INDIVIDUAL
  }

  record Party(
      @JsonProperty(required = true) String name,
      Kind kind,
      @Nullable LocalDate birthDate,
      @Nullable List<Officer> officers) {
    Party {
      checkNotNull(name, "name");
      checkNotNull(kind, "kind");
    }
  }

  record Officer(String name, int age, @Nullable BigDecimal amount) {
    Officer {
      checkNotNull(name, "name");
    }
  }

  @Test
  void read_wellFormed_binds() {
    Party p =
        YifaJson.read(
            "{\"name\":\"张三\",\"kind\":\"INDIVIDUAL\",\"birthDate\":\"2000-02-29\","
                + "\"officers\":[{\"name\":\"李四\",\"age\":40,\"amount\":12.30}]}",
            Party.class);
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(p.officers()).singleElement().extracting(Officer::amount).isEqualTo(new BigDecimal("12.30"));
  }

  @Test
  void read_unknownField_namesPointerAndKnownFields() {
    assertThatThrownBy(
            () -> YifaJson.read("{\"name\":\"a\",\"kind\":\"INDIVIDUAL\",\"nmae\":1}", Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/nmae");
              assertThat(e.getMessage()).contains("unknown field 'nmae'");
              assertThat(e.expected()).contains("name").contains("kind");
            });
  }

  @Test
  void read_unknownFieldInArrayElement_pointerHasIndex() {
    assertThatThrownBy(
            () ->
                YifaJson.read(
                    "{\"name\":\"a\",\"kind\":\"INDIVIDUAL\",\"officers\":[{\"name\":\"b\",\"age\":1},"
                        + "{\"name\":\"c\",\"age\":2,\"rank\":3}]}",
                    Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/officers/1/rank"));
  }

  @Test
  void read_missingRequiredField_namesIt() {
    assertThatThrownBy(() -> YifaJson.read("{\"kind\":\"INDIVIDUAL\"}", Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/name");
              assertThat(e.getMessage()).contains("required field");
            });
  }

  @Test
  void read_missingFieldCheckedByConstructor_namesIt() {
    assertThatThrownBy(() -> YifaJson.read("{\"name\":\"a\"}", Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/kind"));
  }

  @Test
  void read_unknownEnum_listsAllowedValues() {
    assertThatThrownBy(() -> YifaJson.read("{\"name\":\"a\",\"kind\":\"ROBOT\"}", Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/kind");
              assertThat(e.expected()).isEqualTo("one of ORGANISATION, INDIVIDUAL");
            });
  }

  @Test
  void read_badDate_saysIsoExpected() {
    assertThatThrownBy(
            () ->
                YifaJson.read(
                    "{\"name\":\"a\",\"kind\":\"INDIVIDUAL\",\"birthDate\":\"2025-02-30\"}",
                    Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/birthDate");
              assertThat(e.expected()).contains("ISO-8601");
            });
  }

  @Test
  void read_wrongType_namesPointer() {
    assertThatThrownBy(
            () ->
                YifaJson.read(
                    "{\"name\":\"a\",\"kind\":\"INDIVIDUAL\",\"officers\":[{\"name\":\"b\",\"age\":\"x\"}]}",
                    Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/officers/0/age");
              assertThat(e.expected()).isEqualTo("a whole number");
            });
  }

  @Test
  void read_floatForInteger_isRejected() {
    assertThatThrownBy(
            () ->
                YifaJson.read(
                    "{\"name\":\"a\",\"kind\":\"INDIVIDUAL\",\"officers\":[{\"name\":\"b\",\"age\":1.5}]}",
                    Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.pointer()).isEqualTo("/officers/0/age"));
  }

  @Test
  void read_trailingGarbage_isRejected() {
    assertThatThrownBy(
            () -> YifaJson.read("{\"name\":\"a\",\"kind\":\"INDIVIDUAL\"} {}", Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage()).contains("trailing content"));
  }

  @Test
  void read_malformedJson_givesLineAndColumn() {
    assertThatThrownBy(() -> YifaJson.read("{\"name\":\"a\",\n\"kind\": INDIVIDUAL}", Party.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.pointer()).isEmpty();
              assertThat(e.getMessage()).contains("malformed JSON at line 2");
            });
  }

  @Test
  void read_tooDeep_isRejected() {
    String deep = "[".repeat(YifaJson.MAX_DEPTH + 10) + "]".repeat(YifaJson.MAX_DEPTH + 10);
    assertThatThrownBy(() -> YifaJson.read(deep, Object.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void read_tooLarge_isRejectedBeforeParsing() {
    byte[] big = new byte[YifaJson.MAX_DOCUMENT_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    assertThatThrownBy(() -> YifaJson.read(big, Object.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage()).contains("document too large"));
  }

  @Test
  void lenientMapper_ignoresUnknownFields() throws Exception {
    Party p =
        YifaJson.lenientMapper()
            .readValue(
                "{\"name\":\"a\",\"kind\":\"INDIVIDUAL\",\"extra\":1}".getBytes(StandardCharsets.UTF_8),
                Party.class);
    assertThat(p.name()).isEqualTo("a");
  }

  @Test
  void invalidInput_withSource_prefixesMessageOnce() {
    InvalidInputException e = new InvalidInputException("/a", "x", "at /a: bad");
    InvalidInputException named = e.withSource("case.json").withSource("case2.json");
    assertThat(named.getMessage()).isEqualTo("case2.json: at /a: bad");
    assertThat(named.pointer()).isEqualTo("/a");
  }
}
