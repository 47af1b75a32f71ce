package dev.yifa.core.profile;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.id.DivisionCode;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A set of jurisdiction profiles: declared keys, national values and province overrides, each value
 * effective from a day until the next value of the same key and level takes effect. Resolve one
 * region's profile for a day with {@link #profileFor(String, LocalDate)}.
 *
 * <p>The data is JSON ({@code /schemas/profiles.schema.json}):
 *
 * <pre>{@code
 * { "keys": { "hearing.largeFine.individual": "THRESHOLD", … },
 *   "national": { "hearing.largeFine.individual": [ { "from": "2021-07-15", "value": { "atLeast": 10000 }, "source": "…" } ] },
 *   "regions": { "360000": { "name": "江西省", "values": { "hearing.largeFine.individual": [ … ] } } } }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Profiles {
  private static final Pattern CODE = Pattern.compile("[0-9]{6}");
  private static final String BUILT_IN = "/dev/yifa/core/profile/profiles.json";
  private static final Set<String> TOP_KEYS = Set.of("keys", "national", "regions");
  private static final Set<String> REGION_KEYS = Set.of("name", "values");
  private static final Set<String> ENTRY_KEYS = Set.of("from", "value", "source");

  private static volatile @Nullable Profiles builtIn;

  private final Map<String, ProfileValueType> keys;
  private final Map<String, List<Entry>> national;
  private final Map<String, Region> regions;

  /** One effective-dated value. */
  record Entry(LocalDate from, Object value, String source) {}

  /** A province's name and values. */
  record Region(String name, Map<String, List<Entry>> values) {}

  /** A value in force, with its declared type. */
  record Resolved(ProfileValueType type, Object value, LocalDate from, String source) {}

  private Profiles(
      Map<String, ProfileValueType> keys,
      Map<String, List<Entry>> national,
      Map<String, Region> regions) {
    this.keys = keys;
    this.national = national;
    this.regions = regions;
  }

  /**
   * Returns the profiles shipped with Yifa ({@code dev/yifa/core/profile/profiles.json}).
   *
   * @return the built-in profiles, loaded once
   */
  public static Profiles builtIn() {
    Profiles p = builtIn;
    if (p == null) {
      try (InputStream in = Profiles.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException("built-in profiles missing: " + BUILT_IN);
        }
        p = fromJson(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      builtIn = p;
    }
    return p;
  }

  /**
   * Reads profiles from JSON. The stream is not closed.
   *
   * @param in the JSON, UTF-8
   * @return the profiles
   * @throws InvalidInputException if the JSON does not fit the profiles schema
   */
  public static Profiles fromJson(InputStream in) {
    checkNotNull(in, "in");
    JsonNode root = YifaJson.read(in, JsonNode.class);
    object(root, "", TOP_KEYS);
    Map<String, ProfileValueType> keys = new TreeMap<>();
    JsonNode keyNode = required(root, "", "keys");
    object(keyNode, "/keys", null);
    for (Map.Entry<String, JsonNode> e : keyNode.properties()) {
      String at = "/keys/" + e.getKey();
      String typeName = text(e.getValue(), at);
      try {
        keys.put(e.getKey(), ProfileValueType.valueOf(typeName));
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException(
            at, "one of THRESHOLD, MONEY, INTEGER, BOOLEAN, STRING", "at " + at + ": unknown type '" + typeName + "'");
      }
    }
    Map<String, List<Entry>> national =
        values(keys, required(root, "", "national"), "/national");
    Map<String, Region> regions = new TreeMap<>();
    JsonNode regionNode = root.get("regions");
    if (regionNode != null) {
      object(regionNode, "/regions", null);
      for (Map.Entry<String, JsonNode> e : regionNode.properties()) {
        String at = "/regions/" + e.getKey();
        if (!CODE.matcher(e.getKey()).matches() || !e.getKey().endsWith("0000")) {
          throw new InvalidInputException(at, "a province code such as 360000", "at " + at + ": not a province code");
        }
        object(e.getValue(), at, REGION_KEYS);
        regions.put(
            e.getKey(),
            new Region(
                text(required(e.getValue(), at, "name"), at + "/name"),
                values(keys, required(e.getValue(), at, "values"), at + "/values")));
      }
    }
    return new Profiles(
        Collections.unmodifiableMap(keys),
        Collections.unmodifiableMap(national),
        Collections.unmodifiableMap(regions));
  }

  private static Map<String, List<Entry>> values(
      Map<String, ProfileValueType> keys, JsonNode node, String at) {
    object(node, at, null);
    Map<String, List<Entry>> map = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String keyAt = at + "/" + e.getKey();
      ProfileValueType type = keys.get(e.getKey());
      if (type == null) {
        throw new InvalidInputException(
            keyAt, "a key declared in /keys", "at " + keyAt + ": undeclared key '" + e.getKey() + "'");
      }
      if (!e.getValue().isArray() || e.getValue().isEmpty()) {
        throw new InvalidInputException(keyAt, "a non-empty array", "at " + keyAt + ": expected a non-empty array");
      }
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        String entryAt = keyAt + "/" + i;
        JsonNode entry = e.getValue().get(i);
        object(entry, entryAt, ENTRY_KEYS);
        LocalDate from = date(required(entry, entryAt, "from"), entryAt + "/from");
        for (Entry earlier : entries) {
          if (earlier.from().equals(from)) {
            throw new InvalidInputException(
                entryAt + "/from", "a day no other value of the key starts on", "at " + entryAt + "/from: " + from + " repeats");
          }
        }
        entries.add(
            new Entry(
                from,
                value(type, required(entry, entryAt, "value"), entryAt + "/value"),
                text(required(entry, entryAt, "source"), entryAt + "/source")));
      }
      entries.sort(Comparator.comparing(Entry::from));
      map.put(e.getKey(), List.copyOf(entries));
    }
    return map;
  }

  private static Object value(ProfileValueType type, JsonNode node, String at) {
    switch (type) {
      case THRESHOLD -> {
        object(node, at, Set.of("atLeast", "moreThan"));
        if (node.size() != 1) {
          throw new InvalidInputException(at, "exactly one of atLeast, moreThan", "at " + at + ": expected exactly one of atLeast, moreThan");
        }
        boolean inclusive = node.has("atLeast");
        String field = inclusive ? "atLeast" : "moreThan";
        return new Threshold(money(node.get(field), at + "/" + field), inclusive);
      }
      case MONEY -> {
        return money(node, at);
      }
      case INTEGER -> {
        if (!node.isInt()) {
          throw new InvalidInputException(at, "a whole number", "at " + at + ": expected a whole number");
        }
        return node.intValue();
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          throw new InvalidInputException(at, "true or false", "at " + at + ": expected true or false");
        }
        return node.booleanValue();
      }
      case STRING -> {
        return text(node, at);
      }
    }
    throw new AssertionError(type);
  }

  private static BigDecimal money(JsonNode node, String at) {
    BigDecimal amount;
    if (node.isNumber()) {
      amount = node.decimalValue();
    } else if (node.isTextual()) {
      try {
        amount = new BigDecimal(node.textValue());
      } catch (NumberFormatException e) {
        amount = null;
      }
    } else {
      amount = null;
    }
    if (amount == null || amount.signum() < 0) {
      throw new InvalidInputException(
          at, "an amount in yuan (3000 or \"3000.00\")", "at " + at + ": expected an amount in yuan");
    }
    return amount;
  }

  private static LocalDate date(JsonNode node, String at) {
    String text = text(node, at);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          at, "a date in ISO-8601 form (2025-03-01)", "at " + at + ": cannot read '" + text + "' as a date");
    }
  }

  private static void object(JsonNode node, String at, @Nullable Set<String> known) {
    if (!node.isObject()) {
      throw new InvalidInputException(at, "an object", "at " + (at.isEmpty() ? "/" : at) + ": expected an object");
    }
    if (known != null) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!known.contains(name)) {
          throw new InvalidInputException(
              at + "/" + name, "one of the known fields " + new java.util.TreeSet<>(known), "at " + at + "/" + name + ": unknown field '" + name + "'");
        }
      }
    }
  }

  private static JsonNode required(JsonNode node, String at, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new InvalidInputException(at + "/" + name, "a value", "at " + at + "/" + name + ": required field missing");
    }
    return value;
  }

  private static String text(JsonNode node, String at) {
    if (!node.isTextual()) {
      throw new InvalidInputException(at, "a string", "at " + at + ": expected a string");
    }
    return node.textValue();
  }

  /**
   * Returns the declared keys and their types.
   *
   * @return key names to types, sorted by name
   */
  public Map<String, ProfileValueType> keys() {
    return keys;
  }

  /**
   * Returns the province codes that have their own values.
   *
   * @return the codes, sorted
   */
  public Set<String> provinces() {
    return regions.keySet();
  }

  /**
   * Returns a province's name.
   *
   * @param provinceCode e.g. {@code 360000}
   * @return e.g. {@code 江西省}, or empty if the province has no values
   */
  public Optional<String> provinceName(String provinceCode) {
    checkNotNull(provinceCode, "provinceCode");
    Region r = regions.get(provinceCode);
    return r == null ? Optional.empty() : Optional.of(r.name());
  }

  /**
   * Returns the national profile for a day, without any province's values.
   *
   * @param asOf the day
   * @return the profile, id {@code 000000@<date>}
   */
  public JurisdictionProfile national(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    return resolve(JurisdictionProfile.NATIONAL, JurisdictionProfile.NATIONAL, null, asOf, false, List.of());
  }

  /**
   * Resolves a region's profile for a day. A county or city code resolves to its province ({@code
   * 360424} → {@code 360000}). A province without values of its own falls back to national defaults:
   * the profile's {@link JurisdictionProfile#fellBack()} is then true and its notes say so.
   *
   * @param divisionCode a 6-digit administrative-division code (GB/T 2260)
   * @param asOf the day
   * @return the profile
   * @throws IllegalArgumentException if the code is not 6 digits
   */
  public JurisdictionProfile profileFor(String divisionCode, LocalDate asOf) {
    checkNotNull(divisionCode, "divisionCode");
    checkNotNull(asOf, "asOf");
    checkArgument(
        CODE.matcher(divisionCode).matches(),
        "divisionCode must be 6 digits (GB/T 2260): '%s'",
        divisionCode);
    String province = divisionCode.substring(0, 2) + "0000";
    Region region = regions.get(province);
    if (region == null) {
      return resolve(
          divisionCode,
          JurisdictionProfile.NATIONAL,
          null,
          asOf,
          true,
          List.of(
              DivisionCode.isValid(divisionCode)
                  ? "no profile for province " + province + " (region " + divisionCode
                      + "), national defaults used"
                  : "unknown region " + divisionCode + ", national defaults used"));
    }
    return resolve(divisionCode, province, region, asOf, false, List.of());
  }

  private JurisdictionProfile resolve(
      String code,
      String province,
      @Nullable Region region,
      LocalDate asOf,
      boolean fellBack,
      List<String> notes) {
    Map<String, Resolved> resolved = new LinkedHashMap<>();
    LocalDate newest = null;
    for (Map.Entry<String, ProfileValueType> key : keys.entrySet()) {
      Entry entry = region == null ? null : inForce(region.values().get(key.getKey()), asOf);
      if (entry == null) {
        entry = inForce(national.get(key.getKey()), asOf);
      }
      if (entry != null) {
        resolved.put(key.getKey(), new Resolved(key.getValue(), entry.value(), entry.from(), entry.source()));
        if (newest == null || entry.from().isAfter(newest)) {
          newest = entry.from();
        }
      }
    }
    String id = province + "@" + (newest == null ? asOf : newest);
    return new JurisdictionProfile(code, province, asOf, id, fellBack, notes, resolved, this);
  }

  /**
   * Resolves one key for a province on a day: the province's value in force, else the national
   * one; {@code null} if neither.
   */
  @Nullable Resolved resolveOne(String province, String keyName, LocalDate on) {
    ProfileValueType type = keys.get(keyName);
    if (type == null) {
      return null;
    }
    Region region = regions.get(province);
    Entry entry = region == null ? null : inForce(region.values().get(keyName), on);
    if (entry == null) {
      entry = inForce(national.get(keyName), on);
    }
    return entry == null ? null : new Resolved(type, entry.value(), entry.from(), entry.source());
  }

  private static @Nullable Entry inForce(@Nullable List<Entry> entries, LocalDate asOf) {
    if (entries == null) {
      return null;
    }
    Entry found = null;
    for (Entry e : entries) {
      if (e.from().isAfter(asOf)) {
        break;
      }
      found = e;
    }
    return found;
  }

  @Override
  public String toString() {
    return "Profiles[" + keys.size() + " keys, " + regions.size() + " provinces]";
  }
}
