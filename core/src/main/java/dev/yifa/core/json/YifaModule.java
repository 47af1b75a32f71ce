package dev.yifa.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.yifa.core.law.Citation;
import dev.yifa.core.law.CitationJson;

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
  }
}
