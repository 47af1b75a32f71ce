package dev.yifa.core.money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.yifa.core.InvalidInputException;
import java.io.IOException;

/**
 * The JSON form of {@link Money}: read from a number or a decimal string, written as a string with
 * two decimals. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class MoneyJson {
  private MoneyJson() {}

  /** Writes money as a string with two decimals, e.g. {@code "200000.00"}. */
  public static final class Serializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public Serializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toPlainString());
    }
  }

  /**
   * Reads money from a JSON number ({@code 50000}, {@code 50000.5}) or a decimal string ({@code
   * "50000.00"}). Refuses other types (booleans, objects), negative amounts, exponent forms ({@code
   * 1e5}), amounts finer than a fen and amounts above {@link Money#MAX}.
   */
  public static final class Deserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Deserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      String text;
      if (token == JsonToken.VALUE_STRING) {
        text = p.getText();
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        // The number as written, so that 1e5 is refused as it is in a string. A buffered number
        // (TokenBuffer) gives its toString(), which uses an exponent only for such forms.
        text = p.getText();
      } else {
        throw invalid(p, ctxt, "expected " + Money.EXPECTED + ", found " + describe(token));
      }
      String problem = Money.problemWith(text);
      if (problem != null) {
        throw invalid(p, ctxt, problem);
      }
      return Money.parse(text);
    }

    private static String describe(JsonToken token) {
      return switch (token) {
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        default -> token.asString() == null ? token.name() : token.asString();
      };
    }

    private static ValueInstantiationException invalid(JsonParser p, DeserializationContext ctxt, String message) {
      return ValueInstantiationException.from(
          p, message, ctxt.constructType(Money.class), new InvalidInputException("", Money.EXPECTED, message));
    }
  }
}
