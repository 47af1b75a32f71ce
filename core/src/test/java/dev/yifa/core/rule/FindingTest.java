package dev.yifa.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding finding(String rule, List<String> paths, Map<String, String> values) {
    return new Finding(
        rule, Severity.ERROR, List.of(SamplePack.APL_2021.article(42)), new Message("中", "en"), paths, values);
  }

  @Test
  void order_byRuleThenPathsThenValues() {
    Finding a = finding("APL-042-a", List.of("/b"), Map.of());
    Finding b = finding("APL-042-b", List.of("/a"), Map.of());
    Finding shortPaths = finding("APL-042-b", List.of("/a"), Map.of("x", "1"));
    Finding longPaths = finding("APL-042-b", List.of("/a", "/b"), Map.of());
    Finding v1 = finding("APL-042-c", List.of(), Map.of("amount", "1"));
    Finding v2 = finding("APL-042-c", List.of(), Map.of("amount", "2"));

    List<Finding> sorted = new java.util.ArrayList<>(List.of(v2, longPaths, v1, shortPaths, b, a));
    sorted.sort(Finding.ORDER);

    assertThat(sorted).containsExactly(a, b, shortPaths, longPaths, v1, v2);
  }

  @Test
  void values_keepInsertionOrder_andAreUnmodifiable() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("z", "1");
    values.put("a", "2");
    Finding f = finding("APL-042-a", List.of(), values);
    values.put("later", "3");

    assertThat(f.values().keySet()).containsExactly("z", "a");
    assertThatThrownBy(() -> f.values().put("b", "c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_rejectsNonPointersAndNoCitations() {
    assertThatThrownBy(() -> finding("APL-042-a", List.of("officers"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Finding("APL-042-a", Severity.ERROR, List.of(), new Message("", ""), List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(finding("APL-042-a", List.of("/a"), Map.of("x", "1")), finding("APL-042-a", List.of("/a"), Map.of("x", "1")))
        .addEqualityGroup(finding("APL-042-a", List.of("/b"), Map.of("x", "1")))
        .addEqualityGroup(finding("APL-042-a", List.of("/a"), Map.of("x", "2")))
        .testEquals();
    new NullPointerTester()
        .setDefault(Message.class, new Message("", ""))
        .setDefault(List.class, List.of(SamplePack.APL_2021.article(1)))
        .testAllPublicConstructors(Finding.class);
    new NullPointerTester().testAllPublicConstructors(Message.class);
  }
}
