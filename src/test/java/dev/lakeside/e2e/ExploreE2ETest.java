package dev.lakeside.e2e;

import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer's story in a browser: open a table, add a filter, count the matching rows, export them as CSV. */
class ExploreE2ETest extends BrowserE2ETest {

    private static final TableName SUPPLIERS = new TableName("gold", "suppliers");
    private static final String FILTER = "de";

    @Test
    void filterSuppliersByCountryCode_countChanges_csvExportHoldsExactlyTheMatchingRows() throws IOException {
        long all = count(sql().sql("SELECT count(*) FROM ").table(SUPPLIERS));
        long matching = count(sql().sql("SELECT count(*) FROM ").table(SUPPLIERS)
                .sql(" WHERE contains(lower(country_code), ").value(FILTER).sql(")"));
        assertThat(matching).as("demo data has some and not all").isBetween(1L, all - 1);

        open("explore?table=gold.suppliers");
        By count = By.cssSelector("span.explore-count");
        page.textOf(count, t -> t.endsWith(" rows") && !t.contains("matching"));

        page.choose("Column", "country_code");
        page.type("Contains", FILTER);
        page.click("Add filter");
        page.deepElement("span[theme~='badge']", "country_code contains \"" + FILTER + "\"");
        page.click("Count rows");
        String counted = page.textOf(count, t -> t.endsWith("matching rows"));
        assertThat(counted).isEqualTo(String.format(Locale.ROOT, "%,d matching rows", matching));

        chromium.driver().findElement(By.xpath("//a[normalize-space(.)='Export CSV']")).click();
        Path csv = page.until("the CSV download", d -> finishedDownload());
        List<List<String>> records = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8));
        int codeColumn = records.getFirst().indexOf("country_code");
        assertThat(codeColumn).as("header " + records.getFirst()).isNotNegative();
        List<List<String>> rows = records.subList(1, records.size());
        assertThat(rows).hasSize((int) matching)
                .allSatisfy(r -> assertThat(r.get(codeColumn).toLowerCase(Locale.ROOT)).contains(FILTER));
        assertThat(csv.getFileName().toString()).isEqualTo("gold.suppliers.csv");
    }

    /** The downloaded file once Chromium has finished writing it (no partial .crdownload left), or null. */
    private Path finishedDownload() {
        try (Stream<Path> files = Files.list(chromium.downloads())) {
            List<Path> all = files.toList();
            boolean partial = all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"));
            return partial ? null : all.stream().filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
