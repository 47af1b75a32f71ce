package dev.yifa.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.CitationJson;
import dev.yifa.core.rule.Finding;
import dev.yifa.core.rule.Report;
import dev.yifa.core.rule.ReportJson;

/**
 * The Jackson module for Yifa's core types. Register it on your own {@code ObjectMapper} to read
 * and write Yifa values; {@link YifaJson#mapper()} already has it.
 *
 * @since 0.1
 */
public final class YifaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public YifaModule() {
    super("yifa-core", Version.unknownVersion());
    addSerializer(Citation.class, new CitationJson.Serializer());
    addDeserializer(Citation.class, new CitationJson.Deserializer());
    // Reports and findings: streaming serializers in the shape FORMATS.md fixes.
    addSerializer(Report.class, new ReportJson.ReportSerializer());
    addSerializer(Finding.class, new ReportJson.FindingSerializer());
    addDeserializer(Report.class, new ReportJson.ReportDeserializer());
  }
}
