package dev.lakeside.e2e;

import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The supplier fixer's story in a browser: find a broken country code, set PL, apply, save, see it saved. */
class FixerE2ETest extends BrowserE2ETest {

    private static final TableName SUPPLIERS = new TableName("gold", "suppliers");
    private static final Pattern ROWS = Pattern.compile("([\\d,]+) rows?");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    @Test
    void onlyInvalid_pickFirstRow_setPL_applyAndSave_savedAndWrittenToTheWarehouse() {
        open("fixer");
        page.check("Only invalid country code values");
        long invalidBefore = shownRowCount(n -> n < 400);

        WebElement firstRow = page.until("a row in the grid", d -> firstBodyCell());
        firstRow.click();
        String title = page.textOf(By.xpath("//h3[starts-with(normalize-space(.), 'Row ')]"), t -> t.matches("Row \\d+"));
        long id = Long.parseLong(title.substring("Row ".length()));
        assertThat(ISO).as("the picked row's code is broken").doesNotContain(code(id));

        page.type("Country code", "PL");
        page.click("Apply");
        page.textOf(By.xpath("//span[contains(@class, 'lakeside-pending-summary')]"), t -> t.contains("1 row changed"));
        assertThat(code(id)).as("nothing written before Save").isNotEqualTo("PL");
        page.click("Save changes");

        page.until("the Saved notification", d -> page.notifications().stream().anyMatch(n -> n.contains("Saved 1 row.")));
        assertThat(code(id)).isEqualTo("PL");
        shownRowCount(n -> n == invalidBefore - 1);
        assertThat(invalidBefore - 1).isEqualTo(count(sql().sql("SELECT count(*) FROM ").table(SUPPLIERS)
                .sql(" WHERE country_code IS NULL OR country_code NOT IN (").values(List.copyOf(ISO)).sql(")")));
    }

    /** The "N rows" hint over the grid, once the condition holds for it. */
    private long shownRowCount(java.util.function.LongPredicate accepted) {
        String text = page.textOf(By.xpath("//span[contains(@class, 'lakeside-hint')][contains(., ' row')]"), t -> {
            Matcher m = ROWS.matcher(t);
            return m.matches() && accepted.test(Long.parseLong(m.group(1).replace(",", "")));
        });
        Matcher m = ROWS.matcher(text);
        m.matches();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    /** The content of the first cell of the grid's first rendered row (what a click lands on), or null before there is one. */
    private WebElement firstBodyCell() {
        return (WebElement) page.js("""
                const grid = document.querySelector('vaadin-grid');
                if (!grid || !grid.shadowRoot) return null;
                for (const td of grid.shadowRoot.querySelectorAll('#items tr:not([hidden]) td')) {
                  const slot = td.querySelector('slot');
                  const content = slot && slot.assignedElements()[0];
                  if (content && content.innerText.trim() !== '') return content;
                }
                return null;""");
    }

    private String code(long id) {
        return (String) warehouse.query(sql().sql("SELECT country_code FROM ").table(SUPPLIERS).sql(" WHERE id = ")
                .value(id).build()).singleValue();
    }
}
