package io.hubfleet.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.hubfleet.config.portable.GpuSpec;
import io.hubfleet.config.portable.MachineSpec;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The published schema validates every example, as an editor would, and matches the records. */
class StackSchemaTest {

    private static final Path SCHEMA = Path.of("schema", "stack.schema.json");

    static Stream<Path> exampleStacks() throws IOException {
        return Files.list(Path.of("stacks")).filter(p -> p.getFileName().toString().matches("Pulumi\\..+\\.yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("exampleStacks")
    void everyExampleStackValidatesAgainstThePublishedSchema(Path stackFile) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new YAMLMapper().readTree(SCHEMA.toFile()));
        JsonNode document = new YAMLMapper().readTree(stackFile.toFile());

        List<Error> errors = schema.validate(document);

        assertThat(errors).as(stackFile + " against " + SCHEMA).isEmpty();
    }

    @Test
    void theSchemaIsValidDraft07AndClosed() {
        JsonNode schema = StackSchema.get().document();

        assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.path("properties").path("config").path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void schemaDefinitionsNameExactlyTheRecordsFields() {
        Map<String, Class<? extends Record>> definitions = Map.of(
                "account", AccountConfig.class,
                "machine", MachineSpec.class,
                "gpu", GpuSpec.class,
                "corePool", CorePoolConfig.class,
                "maintenanceWindow", MaintenanceWindowConfig.class,
                "clusterNetwork", ClusterNetworkConfig.class,
                "cluster", ClusterConfig.class,
                "nodePool", NodePoolConfig.class);
        JsonNode defs = StackSchema.get().document().path("definitions");
        definitions.forEach((definition, record) -> {
            TreeSet<String> schemaKeys = new TreeSet<>();
            for (Iterator<String> it = defs.path(definition).path("properties").fieldNames(); it.hasNext(); ) {
                schemaKeys.add(it.next());
            }
            TreeSet<String> recordKeys = new TreeSet<>(Arrays.stream(record.getRecordComponents())
                    .map(RecordComponent::getName).toList());
            assertThat(schemaKeys).as("schema definition " + definition + " vs " + record.getSimpleName())
                    .isEqualTo(recordKeys);
        });
    }
}
