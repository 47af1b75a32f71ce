package dev.yifa.core.rule;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.hash.Hashing;
import dev.yifa.core.InvalidInputException;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.Instrument;
import dev.yifa.core.law.InstrumentLevel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * {@link Instrument} with {@link #instrumentFromTitle(String)}: the id is {@code t-} and the first
 * 16 hex digits of the SHA-256 of the UTF-8 title (deterministic), the English title and issuer are
 * the Chinese title, the level is {@link InstrumentLevel#LAW}. Resolve it against the law catalog
 * when the real instrument matters. Reading checks that {@code text} is the citation's Chinese form
 * and that {@code compliant} agrees with the findings.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();
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
    StringWriter out = new StringWriter(512 + 512 * report.findings().size());
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      write(report, gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
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
    gen.writeStringField("subject", report.subject());
    gen.writeStringField("type", report.type());
    gen.writeBooleanField("compliant", report.compliant());
    gen.writeStringField("rulePack", report.rulePack());
    gen.writeStringField("profile", report.profile());
    gen.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      write(f, gen);
    }
    gen.writeEndArray();
    if (!report.notes().isEmpty()) {
      gen.writeArrayFieldStart("notes");
      for (String note : report.notes()) {
        gen.writeString(note);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
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
    gen.writeStringField("rule", finding.ruleId());
    gen.writeStringField("severity", finding.severity().name());
    gen.writeArrayFieldStart("citations");
    for (Citation c : finding.citations()) {
      gen.writeStartObject();
      gen.writeStringField("instrument", c.instrument().titleZh());
      gen.writeStringField("version", c.version());
      gen.writeNumberField("article", c.article());
      if (c.paragraph() > 0) {
        gen.writeNumberField("paragraph", c.paragraph());
      }
      if (c.item() > 0) {
        gen.writeNumberField("item", c.item());
      }
      gen.writeStringField("text", c.toChinese());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeObjectFieldStart("message");
    gen.writeStringField("zh", finding.message().zh());
    gen.writeStringField("en", finding.message().en());
    gen.writeEndObject();
    gen.writeArrayFieldStart("paths");
    for (String path : finding.paths()) {
      gen.writeString(path);
    }
    gen.writeEndArray();
    gen.writeObjectFieldStart("values");
    for (Map.Entry<String, String> e : finding.values().entrySet()) {
      gen.writeStringField(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /**
   * Rebuilds the placeholder instrument a report's citation names by its Chinese title.
   *
   * @param titleZh the Chinese title without book-title marks
   * @return an instrument with a deterministic id derived from the title
   */
  public static Instrument instrumentFromTitle(String titleZh) {
    checkNotNull(titleZh, "titleZh");
    String hash = Hashing.sha256().hashString(titleZh, StandardCharsets.UTF_8).toString();
    return new Instrument("t-" + hash.substring(0, 16), titleZh, titleZh, InstrumentLevel.LAW, titleZh);
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
