package org.resilib.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.UriSchemaLoader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 1EdTech's published JSON schemas (src/test/resources/schemas, see the README there), loaded from the classpath
 * under the ids they are published at. Nothing is fetched over the network: the loader that would is removed, so a
 * reference to a schema not stored here fails instead.
 */
public final class PublishedSchemas {

    public static final String ACHIEVEMENT_CREDENTIAL =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    public static final String CF_PACKAGE =
            "https://purl.imsglobal.org/spec/case/v1p1/schema/json/case_v1p1_cfpackage-jsonschema1.json";

    private static final Map<String, String> STORED = Map.of(
            ACHIEVEMENT_CREDENTIAL, "classpath:schemas/ob_v3p0_achievementcredential_schema.json",
            // the id the stored Open Badges file declares itself
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json",
            "classpath:schemas/ob_v3p0_achievementcredential_schema.json",
            CF_PACKAGE, "classpath:schemas/case_v1p1_cfpackage-jsonschema1.json");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
            b -> b.schemaMappers(m -> m.mappings(STORED))
                    .schemaLoaders(l -> l.values(loaders -> loaders.removeIf(UriSchemaLoader.class::isInstance))));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedSchemas() {
    }

    /** The schema's complaints about a document, one line each (path and message); empty when it is valid. */
    public static List<String> errors(String schemaId, String json) {
        try {
            return errors(schemaId, JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static List<String> errors(String schemaId, JsonNode document) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(schemaId), CONFIG);
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
