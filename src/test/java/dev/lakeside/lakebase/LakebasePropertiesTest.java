package dev.lakeside.lakebase;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Lakebase settings show of themselves when printed. */
class LakebasePropertiesTest {

    @Test
    void toString_namesTheConnection_butNeverPrintsThePassword() {
        LakebaseProperties properties = new LakebaseProperties("pg.example.com", 5432, "app", "app-sp", "require",
                "lakeside", null, null, "s3cret-Pa55", 5, Duration.ofMinutes(45), Duration.ofSeconds(10));

        assertThat(properties.toString()).contains("host=pg.example.com", "user=app-sp", "password=set")
                .doesNotContain("s3cret-Pa55");
    }

    @Test
    void autoscalingEndpoint_mustBeAnEndpointResourceName_andNotBesideAnInstance() {
        assertThat(withInstanceAndEndpoint(null, " projects/p/branches/main/endpoints/ep-1 ").endpoint())
                .isEqualTo("projects/p/branches/main/endpoints/ep-1");
        assertThatThrownBy(() -> withInstanceAndEndpoint(null, "ep-1")).hasMessageContaining("projects/<project>");
        assertThatThrownBy(() -> withInstanceAndEndpoint("lakeside", "projects/p/branches/main/endpoints/ep-1"))
                .hasMessageContaining("not both");
    }

    private static LakebaseProperties withInstanceAndEndpoint(String instance, String endpoint) {
        return new LakebaseProperties("pg.example.com", 5432, "app", "app-sp", "require", "lakeside", instance, endpoint,
                null, 5, Duration.ofMinutes(45), Duration.ofSeconds(10));
    }
}
