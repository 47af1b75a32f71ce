package dev.yifa.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void citeTheLaw_rendersChineseAndEnglish() {
    assertThat(QuickStart.citeTheLaw())
        .isEqualTo(
            "《中华人民共和国行政处罚法》第六十三条第一款第（二）项\n"
                + "Administrative Penalty Law of the People's Republic of China (2021), Article 63(1)(2)");
  }

  @Test
  void validateIdentifiers_masksThePersonalOne() {
    assertThat(QuickStart.validateIdentifiers()).isEqualTo("91350100M000100Y43 false 1101**********002X");
  }

  @Test
  void countAPeriod_skipsNationalDayAndCountsTheAdjustedSaturday() {
    assertThat(QuickStart.countAPeriod()).isEqualTo(LocalDate.of(2025, 10, 14));
  }

  @Test
  void checkASubject_findsTheSpotCollectionWithItsCitation() {
    String out = QuickStart.checkASubject();
    assertThat(out).startsWith("false\n");
    assertThat(out)
        .contains("\"rule\":\"APL-068-spot-collection-over-limit\"")
        .contains("《中华人民共和国行政处罚法》第六十八条第一款第（一）项")
        .contains("\"rulePack\":\"spot-fines/2021.1\"");
  }

  @Test
  void licence_beanValidationRejectsABadCheckCharacter() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try (var factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Licence>> ok =
          validator.validate(new Licence("91350100M000100Y43", "11010519491231002X", "360424"));
      Set<ConstraintViolation<Licence>> bad =
          validator.validate(new Licence("91350100M000100Y4Y", "11010519491231002X", "360424"));
      assertThat(ok).isEmpty();
      assertThat(bad).singleElement().satisfies(v -> {
        assertThat(v.getPropertyPath().toString()).isEqualTo("holderUscc");
        assertThat(v.getMessage()).contains("check character");
      });
    } finally {
      Locale.setDefault(previous);
    }
  }

  /** Every tagged region of the example sources stands verbatim in the README. */
  @Test
  void readme_quotesEveryTaggedRegionVerbatim() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.exists(root.resolve("README.md"))) {
      root = root.getParent();
    }
    assertThat(root).as("repository root with README.md").isNotNull();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Path sources = root.resolve("examples/embedding/src/main/java/dev/yifa/examples/embedding");
    List<String> regions = new ArrayList<>();
    for (String file : List.of("QuickStart.java", "Licence.java")) {
      String text = Files.readString(sources.resolve(file), StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile("// tag::([a-z-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL).matcher(text);
      while (m.find()) {
        regions.add(m.group(2).stripIndent().strip());
      }
    }
    assertThat(regions).hasSize(6);
    for (String region : regions) {
      assertThat(readme).as("README quotes:%n%s", region).contains(region);
    }
  }
}
