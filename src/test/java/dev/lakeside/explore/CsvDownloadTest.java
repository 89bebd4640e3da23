package dev.lakeside.explore;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What one value becomes in the CSV download. */
class CsvDownloadTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormula_isQuoted() {
        assertThat(CsvDownload.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvDownload.cell("+1")).isEqualTo("'+1");
        assertThat(CsvDownload.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvDownload.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersAndOrdinaryText_areUnchanged() {
        assertThat(CsvDownload.cell(-5)).isEqualTo(-5);
        assertThat(CsvDownload.cell(-1.5)).isEqualTo(-1.5);
        assertThat(CsvDownload.cell(new BigDecimal("-3866183.95"))).isEqualTo("-3866183.95");
        assertThat(CsvDownload.cell("Berlin")).isEqualTo("Berlin");
        assertThat(CsvDownload.cell("")).isEqualTo("");
        assertThat(CsvDownload.cell(null)).isNull();
    }
}
