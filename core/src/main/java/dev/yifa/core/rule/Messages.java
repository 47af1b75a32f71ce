package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.yifa.core.InvalidRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The message templates of a rule pack, in Chinese and English. A template names its parameters in
 * braces, {@code 罚款{amount}元已达听证标准{threshold}元}; rendering replaces each {@code {name}} with
 * the finding's value of that name. There is no expression language and no formatting: values are
 * already strings. Text in braces that is not a plain name ({@code {0}}, {@code { }}) stays as it is.
 *
 * <p>Each module keeps its messages next to its rules, in two UTF-8 {@code .properties} files
 * {@code <base>_zh.properties} and {@code <base>_en.properties}, and loads them with {@link
 * #load(String, Function)} passing its own class's {@code getResourceAsStream}, so that the
 * resources are read by the module that owns them:
 *
 * <pre>{@code
 * static final Messages MESSAGES = Messages.load("messages", PenaltyRules.class::getResourceAsStream);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Messages {
  private final String name;
  private final Map<String, Template> zh;
  private final Map<String, Template> en;

  private Messages(String name, Map<String, String> zh, Map<String, String> en) {
    this.name = name;
    this.zh = parseAll(zh);
    this.en = parseAll(en);
  }

  /**
   * Creates messages from two maps of key to template.
   *
   * @param name a name for error messages, e.g. the base name
   * @param zh Chinese templates by key
   * @param en English templates by key
   * @return the messages
   */
  public static Messages of(String name, Map<String, String> zh, Map<String, String> en) {
    checkNotNull(name, "name");
    checkNotNull(zh, "zh");
    checkNotNull(en, "en");
    return new Messages(name, zh, en);
  }

  /**
   * Loads {@code <baseName>_zh.properties} and {@code <baseName>_en.properties}, both UTF-8,
   * through {@code opener}. Pass your own class's {@code getResourceAsStream}: a name without a
   * leading slash is then relative to that class's package.
   *
   * @param baseName the base name, e.g. {@code messages} or {@code /dev/yifa/x/messages}
   * @param opener opens a resource by name, returning {@code null} if there is none
   * @return the messages
   * @throws IllegalArgumentException if a file is missing
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Messages load(String baseName, Function<String, @Nullable InputStream> opener) {
    checkNotNull(baseName, "baseName");
    checkNotNull(opener, "opener");
    return new Messages(
        baseName,
        read(baseName + "_zh.properties", opener),
        read(baseName + "_en.properties", opener));
  }

  private static Map<String, String> read(
      String resource, Function<String, @Nullable InputStream> opener) {
    InputStream in = opener.apply(resource);
    if (in == null) {
      throw new IllegalArgumentException("message resource not found: " + resource);
    }
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message resource " + resource, e);
    }
    Map<String, String> map = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      map.put(key, properties.getProperty(key));
    }
    return map;
  }

  private static Map<String, Template> parseAll(Map<String, String> templates) {
    Map<String, Template> parsed = new TreeMap<>();
    templates.forEach(
        (key, text) -> parsed.put(checkNotNull(key, "key"), Template.parse(checkNotNull(text, key))));
    return parsed;
  }

  /**
   * Returns the name these messages were created or loaded under.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether a key has a template in both languages.
   *
   * @param key the message key
   * @return true if both Chinese and English templates exist
   */
  public boolean contains(String key) {
    checkNotNull(key, "key");
    return zh.containsKey(key) && en.containsKey(key);
  }

  /**
   * Returns the parameter names a key's templates use, in order of first use in the Chinese
   * template, then the English one.
   *
   * @param key the message key
   * @return the parameter names
   * @throws IllegalArgumentException if the key is missing in a language
   */
  public Set<String> parameters(String key) {
    Set<String> names = new LinkedHashSet<>(templateOf(zh, key, "zh").parameters());
    names.addAll(templateOf(en, key, "en").parameters());
    return Set.copyOf(names);
  }

  /**
   * Renders a key's templates in both languages with the given parameter values.
   *
   * @param key the message key
   * @param values parameter values by name
   * @return the rendered message
   * @throws IllegalArgumentException if the key is missing in a language or a parameter has no value
   */
  public Message render(String key, Map<String, String> values) {
    checkNotNull(values, "values");
    return new Message(
        templateOf(zh, key, "zh").render(localised(values, zh, "、")),
        templateOf(en, key, "en").render(localised(values, en, ", ")));
  }

  /**
   * Replaces coded values (UPPER_SNAKE words, alone or as a comma-separated list, e.g. {@code MISSING}
   * or {@code REMEDY, PENALTY}) by the bundle's terms for them ({@code term.MISSING=未进行法制审核}),
   * so that a message reads in its language while the finding's values stay codes for programs. A
   * value is replaced only when every code in it has a term.
   */
  private static Map<String, String> localised(
      Map<String, String> values, Map<String, Template> bundle, String separator) {
    Map<String, String> out = null;
    for (Map.Entry<String, String> e : values.entrySet()) {
      String v = e.getValue();
      if (v.isEmpty() || !CODES.matcher(v).matches()) {
        continue;
      }
      String[] codes = v.split("\\s*,\\s*");
      StringBuilder sb = new StringBuilder();
      boolean all = true;
      for (int i = 0; i < codes.length && all; i++) {
        Template term = bundle.get("term." + codes[i]);
        if (term == null || !term.parameters().isEmpty()) {
          all = false;
        } else {
          sb.append(i == 0 ? "" : separator).append(term.render(Map.of()));
        }
      }
      if (all) {
        if (out == null) {
          out = new java.util.HashMap<>(values);
        }
        out.put(e.getKey(), sb.toString());
      }
    }
    return out == null ? values : out;
  }

  private static final java.util.regex.Pattern CODES =
      java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*(\\s*,\\s*[A-Z][A-Z0-9_]*)*");

  /** Checks a rule's key at pack build time: present in both languages, same parameters. */
  void verify(String ruleId, String key) {
    if (!zh.containsKey(key) || !en.containsKey(key)) {
      throw new InvalidRuleException(
          ruleId,
          "message key '"
              + key
              + "' of rule "
              + ruleId
              + " is missing from "
              + name
              + (zh.containsKey(key) ? " (en)" : en.containsKey(key) ? " (zh)" : " (zh and en)"));
    }
    Set<String> zhParams = Set.copyOf(zh.get(key).parameters());
    Set<String> enParams = Set.copyOf(en.get(key).parameters());
    if (!zhParams.equals(enParams)) {
      throw new InvalidRuleException(
          ruleId,
          "message key '"
              + key
              + "' of rule "
              + ruleId
              + " names different parameters in zh "
              + new java.util.TreeSet<>(zhParams)
              + " and en "
              + new java.util.TreeSet<>(enParams));
    }
  }

  private Template templateOf(Map<String, Template> map, String key, String language) {
    checkNotNull(key, "key");
    Template template = map.get(key);
    if (template == null) {
      throw new IllegalArgumentException(
          "message key missing from " + name + " (" + language + "): " + key);
    }
    return template;
  }

  @Override
  public String toString() {
    return "Messages[" + name + ", " + zh.size() + " zh, " + en.size() + " en]";
  }

  /** A parsed template: literal text and parameter names, alternating. */
  static final class Template {
    private final String[] literals;
    private final String[] names;

    private Template(String[] literals, String[] names) {
      this.literals = literals;
      this.names = names;
    }

    static Template parse(String text) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '{') {
          int close = text.indexOf('}', i + 1);
          if (close > i + 1 && isName(text, i + 1, close)) {
            literals.add(literal.toString());
            literal.setLength(0);
            names.add(text.substring(i + 1, close));
            i = close + 1;
            continue;
          }
        }
        literal.append(c);
        i++;
      }
      literals.add(literal.toString());
      return new Template(literals.toArray(new String[0]), names.toArray(new String[0]));
    }

    private static boolean isName(String text, int from, int to) {
      if (!Character.isLetter(text.charAt(from))) {
        return false;
      }
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == '_')) {
          return false;
        }
      }
      return true;
    }

    List<String> parameters() {
      return List.of(names);
    }

    String render(Map<String, String> values) {
      if (names.length == 0) {
        return literals[0];
      }
      StringBuilder sb = new StringBuilder(64);
      for (int i = 0; i < names.length; i++) {
        sb.append(literals[i]);
        String value = values.get(names[i]);
        if (value == null) {
          throw new IllegalArgumentException("no value for message parameter '" + names[i] + "'");
        }
        sb.append(value);
      }
      return sb.append(literals[names.length]).toString();
    }
  }
}
