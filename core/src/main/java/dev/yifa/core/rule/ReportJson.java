package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.CitationJson;
import dev.yifa.core.law.Instrument;
import dev.yifa.core.law.LawCatalog;
import dev.yifa.core.law.InstrumentLevel;
import dev.yifa.core.json.YifaJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes {@link Report}s and {@link Finding}s as JSON in the shape FORMATS.md fixes, with
 * Jackson's streaming generator (no tree, no reflection). {@link dev.yifa.core.json.YifaModule}
 * registers the serializers and deserializer, so {@code YifaJson.mapper()} reads and writes reports.
 *
 * <p>Report keys, in this order: {@code subject, type, compliant, rulePack, profile, findings}, then
 * {@code notes} only when there are notes. Finding keys: {@code rule, severity, citations,
 * message{zh,en}, paths, values}. Citation keys: {@code instrument} (the Chinese title), {@code
 * version}, {@code article}, {@code paragraph} and {@code item} (left out when 0), {@code text} (the
 * Chinese form).
 *
 * <p>A report names an instrument only by its Chinese title, so reading one rebuilds a placeholder
 * {@link Instrument} with {@link #instrumentFromTitle(String)}: the built-in catalog's instrument
 * when it knows the title, else a deterministic placeholder. Reading checks that {@code text} is the citation's Chinese form
 * and that {@code compliant} agrees with the findings.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReportJson {
  private static final SerializedString F_SUBJECT = new SerializedString("subject");
  private static final SerializedString F_TYPE = new SerializedString("type");
  private static final SerializedString F_COMPLIANT = new SerializedString("compliant");
  private static final SerializedString F_RULE_PACK = new SerializedString("rulePack");
  private static final SerializedString F_PROFILE = new SerializedString("profile");
  private static final SerializedString F_FINDINGS = new SerializedString("findings");
  private static final SerializedString F_NOTES = new SerializedString("notes");
  private static final SerializedString F_RULE = new SerializedString("rule");
  private static final SerializedString F_SEVERITY = new SerializedString("severity");
  private static final SerializedString F_CITATIONS = new SerializedString("citations");
  private static final SerializedString F_INSTRUMENT = new SerializedString("instrument");
  private static final SerializedString F_VERSION = new SerializedString("version");
  private static final SerializedString F_ARTICLE = new SerializedString("article");
  private static final SerializedString F_PARAGRAPH = new SerializedString("paragraph");
  private static final SerializedString F_ITEM = new SerializedString("item");
  private static final SerializedString F_TEXT = new SerializedString("text");
  private static final SerializedString F_MESSAGE = new SerializedString("message");
  private static final SerializedString F_ZH = new SerializedString("zh");
  private static final SerializedString F_EN = new SerializedString("en");
  private static final SerializedString F_PATHS = new SerializedString("paths");
  private static final SerializedString F_VALUES = new SerializedString("values");
  /** Chinese forms of the citations rule packs use, so hot writes do not re-render them. */
  private static final ConcurrentHashMap<Citation, String> CITED = new ConcurrentHashMap<>();
  private static final int CITED_LIMIT = 4096;
  private static final Set<String> REPORT_KEYS =
      Set.of("subject", "type", "compliant", "rulePack", "profile", "findings", "notes");
  private static final Set<String> FINDING_KEYS =
      Set.of("rule", "severity", "citations", "message", "paths", "values");
  private static final Set<String> CITATION_KEYS =
      Set.of("instrument", "version", "article", "paragraph", "item", "text");

  private ReportJson() {}

  /**
   * Writes a report as compact JSON.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String write(Report report) {
    checkNotNull(report, "report");
    try {
      // The shared mapper recycles its buffers and delegates to ReportSerializer.
      return YifaJson.mapper().writeValueAsString(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a report to a generator.
   *
   * @param report the report
   * @param gen the generator
   * @throws IOException if the generator fails
   */
  public static void write(Report report, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(F_SUBJECT);
    gen.writeString(report.subject());
    gen.writeFieldName(F_TYPE);
    gen.writeString(report.type());
    gen.writeFieldName(F_COMPLIANT);
    gen.writeBoolean(report.compliant());
    gen.writeFieldName(F_RULE_PACK);
    gen.writeString(report.rulePack());
    gen.writeFieldName(F_PROFILE);
    gen.writeString(report.profile());
    gen.writeFieldName(F_FINDINGS);
    gen.writeStartArray();
    for (Finding f : report.findings()) {
      write(f, gen);
    }
    gen.writeEndArray();
    if (!report.notes().isEmpty()) {
      gen.writeFieldName(F_NOTES);
      gen.writeStartArray();
      for (String note : report.notes()) {
        gen.writeString(note);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  private static String chinese(Citation c) {
    String text = CITED.get(c);
    if (text == null) {
      text = c.toChinese();
      if (CITED.size() < CITED_LIMIT) {
        CITED.putIfAbsent(c, text);
      }
    }
    return text;
  }

  /**
   * Writes a finding to a generator.
   *
   * @param finding the finding
   * @param gen the generator
   * @throws IOException if the generator fails
   */
  public static void write(Finding finding, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName(F_RULE);
    gen.writeString(finding.ruleId());
    gen.writeFieldName(F_SEVERITY);
    gen.writeString(finding.severity().name());
    gen.writeFieldName(F_CITATIONS);
    gen.writeStartArray();
    for (Citation c : finding.citations()) {
      gen.writeStartObject();
      gen.writeFieldName(F_INSTRUMENT);
      gen.writeString(c.instrument().titleZh());
      gen.writeFieldName(F_VERSION);
      gen.writeString(c.version());
      gen.writeFieldName(F_ARTICLE);
      gen.writeNumber(c.article());
      if (c.paragraph() > 0) {
        gen.writeFieldName(F_PARAGRAPH);
        gen.writeNumber(c.paragraph());
      }
      if (c.item() > 0) {
        gen.writeFieldName(F_ITEM);
        gen.writeNumber(c.item());
      }
      gen.writeFieldName(F_TEXT);
      gen.writeString(chinese(c));
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeFieldName(F_MESSAGE);
    gen.writeStartObject();
    gen.writeFieldName(F_ZH);
    gen.writeString(finding.message().zh());
    gen.writeFieldName(F_EN);
    gen.writeString(finding.message().en());
    gen.writeEndObject();
    gen.writeFieldName(F_PATHS);
    gen.writeStartArray();
    for (String path : finding.paths()) {
      gen.writeString(path);
    }
    gen.writeEndArray();
    gen.writeFieldName(F_VALUES);
    gen.writeStartObject();
    for (Map.Entry<String, String> e : finding.values().entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /**
   * Finds the instrument a report's citation names by its Chinese title: the built-in law catalog's
   * instrument when the title is known there, otherwise a placeholder whose id is {@link
   * CitationJson#derivedId(String)}, whose English title and issuer are the Chinese title and whose
   * level is {@link InstrumentLevel#LAW} (a report's citation does not carry the level).
   *
   * @param titleZh the Chinese title without book-title marks
   * @return the catalog's instrument, or a deterministic placeholder
   */
  public static Instrument instrumentFromTitle(String titleZh) {
    checkNotNull(titleZh, "titleZh");
    return LawCatalog.builtIn()
        .byTitle(titleZh)
        .orElseGet(
            () ->
                new Instrument(
                    CitationJson.derivedId(titleZh), titleZh, titleZh, InstrumentLevel.LAW, titleZh));
  }

  /**
   * Reads a report from a JSON tree.
   *
   * @param node the report object
   * @return the report
   * @throws InvalidInputException if the tree is not a report
   */
  public static Report read(JsonNode node) {
    checkNotNull(node, "node");
    object(node, "", REPORT_KEYS);
    List<Finding> findings = new ArrayList<>();
    JsonNode array = array(required(node, "", "findings"), "/findings");
    for (int i = 0; i < array.size(); i++) {
      findings.add(readFinding(array.get(i), "/findings/" + i));
    }
    List<String> notes = new ArrayList<>();
    if (node.has("notes")) {
      JsonNode n = array(node.get("notes"), "/notes");
      for (int i = 0; i < n.size(); i++) {
        notes.add(text(n.get(i), "/notes/" + i));
      }
    }
    Report report =
        new Report(
            text(required(node, "", "subject"), "/subject"),
            text(required(node, "", "type"), "/type"),
            text(required(node, "", "rulePack"), "/rulePack"),
            text(required(node, "", "profile"), "/profile"),
            findings,
            notes);
    JsonNode compliant = required(node, "", "compliant");
    if (!compliant.isBoolean()) {
      throw new InvalidInputException("/compliant", "true or false", "at /compliant: expected true or false");
    }
    if (compliant.booleanValue() != report.compliant()) {
      throw new InvalidInputException(
          "/compliant",
          "false iff a finding is ERROR",
          "at /compliant: " + compliant.booleanValue() + " disagrees with the findings");
    }
    return report;
  }

  private static Finding readFinding(JsonNode node, String at) {
    object(node, at, FINDING_KEYS);
    String severityText = text(required(node, at, "severity"), at + "/severity");
    Severity severity;
    try {
      severity = Severity.valueOf(severityText);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          at + "/severity", "one of ERROR, WARNING, NOTICE", "at " + at + "/severity: cannot read '" + severityText + "'");
    }
    List<Citation> citations = new ArrayList<>();
    JsonNode cs = array(required(node, at, "citations"), at + "/citations");
    for (int i = 0; i < cs.size(); i++) {
      citations.add(readCitation(cs.get(i), at + "/citations/" + i));
    }
    JsonNode m = required(node, at, "message");
    object(m, at + "/message", Set.of("zh", "en"));
    Message message =
        new Message(
            text(required(m, at + "/message", "zh"), at + "/message/zh"),
            text(required(m, at + "/message", "en"), at + "/message/en"));
    List<String> paths = new ArrayList<>();
    JsonNode ps = array(required(node, at, "paths"), at + "/paths");
    for (int i = 0; i < ps.size(); i++) {
      paths.add(text(ps.get(i), at + "/paths/" + i));
    }
    Map<String, String> values = new LinkedHashMap<>();
    JsonNode vs = required(node, at, "values");
    if (!vs.isObject()) {
      throw new InvalidInputException(at + "/values", "an object", "at " + at + "/values: expected an object");
    }
    for (Map.Entry<String, JsonNode> e : vs.properties()) {
      values.put(e.getKey(), text(e.getValue(), at + "/values/" + e.getKey()));
    }
    try {
      return new Finding(
          text(required(node, at, "rule"), at + "/rule"), severity, citations, message, paths, values);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(at, "a valid finding", "at " + at + ": " + e.getMessage());
    }
  }

  private static Citation readCitation(JsonNode node, String at) {
    object(node, at, CITATION_KEYS);
    String title = text(required(node, at, "instrument"), at + "/instrument");
    Citation c;
    try {
      c =
          new Citation(
              instrumentFromTitle(title),
              text(required(node, at, "version"), at + "/version"),
              integer(required(node, at, "article"), at + "/article"),
              node.has("paragraph") ? integer(node.get("paragraph"), at + "/paragraph") : 0,
              node.has("item") ? integer(node.get("item"), at + "/item") : 0);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(at, "a valid citation", "at " + at + ": " + e.getMessage());
    }
    String text = text(required(node, at, "text"), at + "/text");
    if (!text.equals(c.toChinese())) {
      throw new InvalidInputException(
          at + "/text", c.toChinese(), "at " + at + "/text: '" + text + "' is not " + c.toChinese());
    }
    return c;
  }

  private static void object(JsonNode node, String at, Set<String> known) {
    if (!node.isObject()) {
      throw new InvalidInputException(at, "an object", "at " + (at.isEmpty() ? "/" : at) + ": expected an object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw new InvalidInputException(
            at + "/" + name,
            "one of the known fields " + new java.util.TreeSet<>(known),
            "at " + at + "/" + name + ": unknown field '" + name + "'");
      }
    }
  }

  private static JsonNode required(JsonNode node, String at, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new InvalidInputException(
          at + "/" + name, "a value", "at " + at + "/" + name + ": required field missing");
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String at) {
    if (!node.isArray()) {
      throw new InvalidInputException(at, "an array", "at " + at + ": expected an array");
    }
    return node;
  }

  private static String text(JsonNode node, String at) {
    if (!node.isTextual()) {
      throw new InvalidInputException(at, "a string", "at " + at + ": expected a string");
    }
    return node.textValue();
  }

  private static int integer(JsonNode node, String at) {
    if (!node.isInt()) {
      throw new InvalidInputException(at, "a whole number", "at " + at + ": expected a whole number");
    }
    return node.intValue();
  }

  /**
   * Jackson serializer for {@link Report}, registered by {@link dev.yifa.core.json.YifaModule}.
   *
   * @since 0.1
   */
  public static final class ReportSerializer extends StdSerializer<Report> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ReportSerializer() {
      super(Report.class);
    }

    @Override
    public void serialize(Report value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(value, gen);
    }
  }

  /**
   * Jackson serializer for {@link Finding}, registered by {@link dev.yifa.core.json.YifaModule}.
   *
   * @since 0.1
   */
  public static final class FindingSerializer extends StdSerializer<Finding> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public FindingSerializer() {
      super(Finding.class);
    }

    @Override
    public void serialize(Finding value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(value, gen);
    }
  }

  /**
   * Jackson deserializer for {@link Report}, registered by {@link dev.yifa.core.json.YifaModule}.
   *
   * @since 0.1
   */
  public static final class ReportDeserializer extends StdDeserializer<Report> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public ReportDeserializer() {
      super(Report.class);
    }

    @Override
    public Report deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      return read(node);
    }
  }
}
