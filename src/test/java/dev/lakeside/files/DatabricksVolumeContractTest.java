package dev.lakeside.files;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Files API calls databricks-sdk-java makes for the Volume files tool, against a fake of the
 * documented endpoints: the caller's token in identity mode user (scope files.files), the service
 * principal's in mode app, and file paths encoded segment by segment under the volume path.
 */
class DatabricksVolumeContractTest {

    private static final String FILES = "/api/2.0/fs/files/Volumes/main/lakeside/uploads/";
    private static final String FILE_URL = FILES + "targets%202026%20%C3%A9%23.csv";

    private final DatabricksFake fake = new DatabricksFake();
    private final UserIdentity alice = new UserIdentity("alice", "alice@x.com", "Alice", "token-alice",
            UserIdentity.Source.FORWARDED_HEADERS);
    private final FilesProperties properties = new FilesProperties("/Volumes/main/lakeside/uploads/", Path.of("unused"),
            DataSize.ofMegabytes(50), List.of("csv"));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void userMode_uploadsListsDownloadsAndDeletes_withTheUsersToken() throws IOException {
        byte[] csv = "region,target\nNorth,120000\n".getBytes(StandardCharsets.UTF_8);
        fake.server().stubFor(put(urlPathMatching(FILES + ".*")).willReturn(aResponse().withStatus(204)));
        fake.server().stubFor(get(urlPathMatching(FILES + ".*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withHeader("Content-Length", "" + csv.length)
                .withBody(csv)));
        fake.server().stubFor(delete(urlPathMatching(FILES + ".*")).willReturn(aResponse().withStatus(204)));
        fake.server().stubFor(get(urlPathMatching("/api/2.0/fs/directories/Volumes/main/lakeside/uploads/?"))
                .willReturn(okJson("{\"contents\":[{\"path\":\"/Volumes/main/lakeside/uploads/b.csv\",\"name\":\"b.csv\","
                        + "\"is_directory\":false,\"file_size\":12,\"last_modified\":1732400000000},"
                        + "{\"path\":\"/Volumes/main/lakeside/uploads/old/\",\"name\":\"old\",\"is_directory\":true},"
                        + "{\"path\":\"/Volumes/main/lakeside/uploads/a.csv\",\"name\":\"a.csv\",\"is_directory\":false,"
                        + "\"file_size\":3,\"last_modified\":1732300000000}]}")));
        DatabricksVolume volume = new DatabricksVolume(fake.workspaceClients(IdentityMode.USER, () -> alice), properties);

        volume.write("targets 2026 é#.csv", new ByteArrayInputStream(csv), csv.length);
        List<StoredFile> files = volume.list();
        byte[] downloaded;
        try (InputStream in = volume.open("targets 2026 é#.csv")) {
            downloaded = in.readAllBytes();
        }
        volume.delete("targets 2026 é#.csv");

        LoggedRequest upload = fake.requests("PUT", ".*").getFirst();
        assertThat(upload.getUrl()).isEqualTo(FILE_URL);
        assertThat(upload.getBody()).isEqualTo(csv);
        assertThat(upload.getQueryParams()).as("overwrite unspecified: the API replaces the file").isEmpty();
        assertThat(fake.requests("GET", FILES + ".*").getFirst().getUrl()).isEqualTo(FILE_URL);
        assertThat(fake.requests("DELETE", ".*")).extracting(LoggedRequest::getUrl).containsExactly(FILE_URL);
        assertThat(downloaded).isEqualTo(csv);
        assertThat(files).containsExactly(new StoredFile("a.csv", 3, Instant.ofEpochMilli(1732300000000L)),
                new StoredFile("b.csv", 12, Instant.ofEpochMilli(1732400000000L)));
        assertThat(fake.all()).filteredOn(r -> r.getUrl().startsWith("/api/")).hasSize(4).allSatisfy(r ->
                assertThat(r.getHeader("Authorization")).isEqualTo("Bearer token-alice"));
    }

    @Test
    void appMode_newFile_isUploadedAsTheServicePrincipal() {
        fake.server().stubFor(put(urlPathMatching(FILES + ".*")).willReturn(aResponse().withStatus(204)));
        DatabricksVolume volume = new DatabricksVolume(fake.workspaceClients(IdentityMode.APP, () -> alice), properties);

        volume.write("a.csv", new ByteArrayInputStream(new byte[]{'x'}), 1);

        assertThat(fake.requests("PUT", ".*").getFirst().getHeader("Authorization"))
                .isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        assertThat(fake.requests("PUT", ".*").getFirst().getUrl()).isEqualTo(FILES + "a.csv");
    }

    @Test
    void failedUpload_ofAnExistingName_neverDeletesTheFileItWouldReplace() {
        fake.server().stubFor(put(urlPathMatching(FILES + ".*")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"upload interrupted\"}")));
        fake.server().stubFor(delete(urlPathMatching(FILES + ".*")).willReturn(aResponse().withStatus(204)));
        DatabricksVolume volume = new DatabricksVolume(fake.workspaceClients(IdentityMode.USER, () -> alice), properties);

        assertThatThrownBy(() -> volume.write("a.csv", new ByteArrayInputStream(new byte[]{'x'}), 1));

        assertThat(fake.requests("PUT", ".*")).isNotEmpty();
        assertThat(fake.requests("DELETE", ".*")).isEmpty();
    }

    @Test
    void traversalNames_andBadVolumePaths_areRefusedBeforeAnyCall() {
        DatabricksVolume volume = new DatabricksVolume(fake.workspaceClients(IdentityMode.USER, () -> alice), properties);

        for (String name : List.of("../../other/x.csv", "sub/x.csv", "..", "x\u0000.csv")) {
            assertThatThrownBy(() -> volume.write(name, new ByteArrayInputStream(new byte[0]), 0))
                    .isInstanceOf(FileRefused.class);
            assertThatThrownBy(() -> volume.open(name)).isInstanceOf(FileRefused.class);
        }
        for (String path : List.of("/Volumes/main/lakeside", "/tmp/x/y/z", "/Volumes/main/../secret/v", "")) {
            assertThatThrownBy(() -> DatabricksVolume.requireVolumePath(path)).hasMessageContaining("volume-path");
        }
        assertThat(fake.all()).noneMatch(r -> r.getUrl().startsWith("/api/"));
    }
}
