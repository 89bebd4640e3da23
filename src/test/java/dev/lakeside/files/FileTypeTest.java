package dev.lakeside.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The content checks behind the extension allow-list, for the types the view tests do not upload. */
class FileTypeTest {

    @Test
    void realHeaders_match_theirType() {
        assertThat(FileType.JPG.matches(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})).isTrue();
        assertThat(FileType.PDF.matches("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(FileType.JSON.matches("\uFEFF  [{\"a\":1}]".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FileType.CSV.matches("".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void otherContent_doesNotMatch() {
        assertThat(FileType.JPG.matches("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(FileType.PDF.matches(new byte[]{'%', 'P'})).isFalse();
        assertThat(FileType.CSV.matches(new byte[]{'a', ',', 0, 'b'})).isFalse();
        assertThat(FileType.CSV.matches("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(FileType.JSON.matches("   ".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }
}
