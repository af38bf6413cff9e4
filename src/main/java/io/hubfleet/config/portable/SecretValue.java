package io.hubfleet.config.portable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.pulumi.core.Output;

import java.io.IOException;
import java.util.Objects;

/**
 * A value that must stay secret end to end: it leaves the config only as a secret Output and never
 * prints ({@link #toString()} is masked).
 *
 * @param pointer where it sits in the stack document (a JSON pointer), for the check that it was
 *                set as a Pulumi secret
 */
@JsonDeserialize(using = SecretValue.Reader.class)
public final class SecretValue {

    /** The deserialization attribute giving the JSON pointer of the value being bound. */
    public static final String BASE_POINTER = "hubfleet.basePointer";

    private final String value;
    private final String pointer;

    public SecretValue(String value, String pointer) {
        this.value = Objects.requireNonNull(value);
        this.pointer = Objects.requireNonNull(pointer);
    }

    /** The value as a secret Output: the only way it leaves the config. */
    public Output<String> asOutput() {
        return Output.ofSecret(value);
    }

    public String pointer() {
        return pointer;
    }

    @Override
    public String toString() {
        return "[secret]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretValue s && s.value.equals(value) && s.pointer.equals(pointer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, pointer);
    }

    /** Binds text, remembering where it was. */
    static final class Reader extends JsonDeserializer<SecretValue> {
        @Override
        public SecretValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                // Offline every {secure: ...} is already text; anything else here is a malformed secret.
                return (SecretValue) context.handleUnexpectedToken(SecretValue.class, parser.currentToken(), parser,
                        "a secret is one value, set with pulumi config set --secret --path");
            }
            Object base = context.getAttribute(BASE_POINTER);
            String relative = parser.getParsingContext().pathAsPointer().toString();
            return new SecretValue(parser.getValueAsString(), (base == null ? "" : base.toString()) + relative);
        }
    }
}
