package dev.lakeside.lakebase;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Lakebase settings show of themselves when printed. */
class LakebasePropertiesTest {

    @Test
    void toString_namesTheConnection_butNeverPrintsThePassword() {
        LakebaseProperties properties = new LakebaseProperties("pg.example.com", 5432, "app", "app-sp", "require",
                "lakeside", null, "s3cret-Pa55", 5, Duration.ofMinutes(45), Duration.ofSeconds(10));

        assertThat(properties.toString()).contains("host=pg.example.com", "user=app-sp", "password=set")
                .doesNotContain("s3cret-Pa55");
    }
}
