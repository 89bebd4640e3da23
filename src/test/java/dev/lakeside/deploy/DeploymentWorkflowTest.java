package dev.lakeside.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * .github/workflows/bundle.yml parses, runs only the README's commands (with secrets in place of the
 * placeholders), validates on pull requests, deploys to dev on a push and to prod from main, and takes the
 * workspace and credentials from secrets. What GitHub and the workspace do with it is not testable here.
 */
class DeploymentWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/bundle.yml");

    @Test
    @SuppressWarnings("unchecked")
    void workflow_runsOnPullRequestsAndPushes() throws IOException {
        Map<Object, Object> workflow = new Yaml().load(Files.readString(WORKFLOW));
        // YAML 1.1 (SnakeYAML) reads the key `on` as true; GitHub reads it as "on".
        Map<String, Object> on = (Map<String, Object>) workflow.getOrDefault("on", workflow.get(Boolean.TRUE));

        assertThat(on).containsKeys("pull_request", "push");
        assertThat(jobs().keySet()).containsExactlyInAnyOrder("build", "validate", "deploy-dev", "deploy-prod");
    }

    @Test
    void everyCommand_isOneOfTheReadmes() throws IOException {
        List<Pattern> readme = readmeCommands().stream().map(DeploymentWorkflowTest::asPattern).toList();

        assertThat(readme).hasSizeGreaterThanOrEqualTo(4);
        assertThat(jobs().values().stream().flatMap(job -> runs(job).stream()).toList()).isNotEmpty()
                .allSatisfy(command -> assertThat(readme).as("README command matching: %s", command)
                        .anyMatch(p -> p.matcher(command.replaceAll("\\$\\{\\{[^}]+}}", "SECRET")).matches()));
    }

    @Test
    void eachJob_doesWhatItsEventCallsFor() {
        Map<String, Map<String, Object>> jobs = jobs();

        assertThat(runs(jobs.get("build"))).containsExactly("mvn -B -ntp test");
        assertThat(jobs.get("validate").get("if")).isEqualTo("github.event_name == 'pull_request'");
        assertThat(runs(jobs.get("validate"))).singleElement().asString().startsWith("databricks bundle validate -t dev ");
        assertThat(jobs.get("deploy-dev").get("if")).isEqualTo("github.event_name == 'push' && github.ref != 'refs/heads/main'");
        assertThat(runs(jobs.get("deploy-dev"))).containsExactly(
                "databricks bundle deploy -t dev --var warehouse_id=${{ secrets.DATABRICKS_WAREHOUSE_ID }}",
                "databricks bundle run lakeside -t dev");
        assertThat(jobs.get("deploy-prod").get("if")).isEqualTo("github.event_name == 'push' && github.ref == 'refs/heads/main'");
        assertThat(runs(jobs.get("deploy-prod"))).containsExactly(
                "databricks bundle deploy -t prod --var warehouse_id=${{ secrets.DATABRICKS_WAREHOUSE_ID }}",
                "databricks bundle run lakeside -t prod");
        jobs.values().forEach(job -> assertThat(job.get("needs")).isIn(null, "build"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void databricksJobs_takeTheWorkspaceFromSecrets_andSetUpTheCli_andMavenJobsJdk25() {
        jobs().forEach((name, job) -> {
            List<String> uses = steps(job).stream().map(s -> (String) s.get("uses")).filter(u -> u != null).toList();
            boolean databricks = runs(job).stream().anyMatch(r -> r.startsWith("databricks "));
            boolean maven = runs(job).stream().anyMatch(r -> r.startsWith("mvn ") || r.startsWith("databricks bundle deploy"));
            if (databricks) {
                assertThat(uses).as(name).anyMatch(u -> u.startsWith("databricks/setup-cli@"));
                assertThat((Map<String, String>) job.get("env")).as(name)
                        .containsEntry("DATABRICKS_HOST", "${{ secrets.DATABRICKS_HOST }}")
                        .containsEntry("DATABRICKS_CLIENT_ID", "${{ secrets.DATABRICKS_CLIENT_ID }}")
                        .containsEntry("DATABRICKS_CLIENT_SECRET", "${{ secrets.DATABRICKS_CLIENT_SECRET }}");
            }
            if (maven) {
                assertThat(steps(job)).as(name).anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@")
                        && "25".equals(((Map<String, Object>) s.get("with")).get("java-version")));
            }
        });
    }

    /** The bundle and Maven commands of the README's bash blocks. */
    private static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inBash = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("```")) {
                inBash = line.equals("```bash");
            } else if (inBash && (line.startsWith("databricks bundle ") || line.startsWith("mvn "))) {
                commands.add(line.strip());
            }
        }
        return commands;
    }

    /** A README command as a pattern: {@code <placeholder>} is any value, dev may be prod, Maven may run in batch mode. */
    private static Pattern asPattern(String command) {
        String regex = Pattern.quote(command).replaceAll("<[^>]+>", "\\\\E\\\\S+\\\\Q")
                .replace(" -t dev", "\\E -t (dev|prod)\\Q").replace("mvn ", "\\Emvn (-B -ntp )?\\Q");
        return Pattern.compile(regex);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> jobs() {
        try {
            Map<String, Object> workflow = new Yaml().load(Files.readString(WORKFLOW));
            return (Map<String, Map<String, Object>>) workflow.get("jobs");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }

    private static List<String> runs(Map<String, Object> job) {
        return steps(job).stream().map(s -> (String) s.get("run")).filter(r -> r != null).map(String::strip).toList();
    }
}
