package dev.lakeside.annotate;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Base for annotation tests: one application context with forwarded identity trusted (so a test
 * can be Ada or Bob), small tasks of their own next to the demo task, and a warehouse that can
 * be told to fail writes.
 */
@TestPropertySource(properties = {
        "lakeside.identity.trust-forwarded-headers=true",
        "lakeside.annotate.retry-initial-delay=0s",
        "lakeside.annotate.tasks.race-once.source-table=test_src.race_once",
        "lakeside.annotate.tasks.race-once.key-column=id",
        "lakeside.annotate.tasks.race-once.text-columns=body",
        "lakeside.annotate.tasks.race-once.labels[0].name=yes",
        "lakeside.annotate.tasks.race-once.labels[1].name=no",
        "lakeside.annotate.tasks.race-once.overlap=1",
        "lakeside.annotate.tasks.race-once.output-table=test_out.race_once",
        "lakeside.annotate.tasks.race-twice.source-table=test_src.race_twice",
        "lakeside.annotate.tasks.race-twice.key-column=id",
        "lakeside.annotate.tasks.race-twice.text-columns=body",
        "lakeside.annotate.tasks.race-twice.labels[0].name=yes",
        "lakeside.annotate.tasks.race-twice.labels[1].name=no",
        "lakeside.annotate.tasks.race-twice.overlap=2",
        "lakeside.annotate.tasks.race-twice.output-table=test_out.race_twice",
        "lakeside.annotate.tasks.rush.source-table=test_src.rush_items",
        "lakeside.annotate.tasks.rush.key-column=id",
        "lakeside.annotate.tasks.rush.text-columns=body",
        "lakeside.annotate.tasks.rush.labels[0].name=yes",
        "lakeside.annotate.tasks.rush.labels[1].name=no",
        "lakeside.annotate.tasks.rush.overlap=1",
        "lakeside.annotate.tasks.rush.output-table=test_out.rush",
        "lakeside.annotate.tasks.pair.title=Pair review",
        "lakeside.annotate.tasks.pair.source-table=test_src.pair_items",
        "lakeside.annotate.tasks.pair.key-column=id",
        "lakeside.annotate.tasks.pair.text-columns=body",
        "lakeside.annotate.tasks.pair.labels[0].name=positive",
        "lakeside.annotate.tasks.pair.labels[1].name=neutral",
        "lakeside.annotate.tasks.pair.labels[2].name=negative",
        "lakeside.annotate.tasks.pair.overlap=2",
        "lakeside.annotate.tasks.pair.output-table=test_out.pair",
        "lakeside.annotate.tasks.tags.title=Tags",
        "lakeside.annotate.tasks.tags.source-table=test_src.tag_items",
        "lakeside.annotate.tasks.tags.key-column=id",
        "lakeside.annotate.tasks.tags.text-columns=body",
        "lakeside.annotate.tasks.tags.question=multiple",
        "lakeside.annotate.tasks.tags.labels[0].name=sports",
        "lakeside.annotate.tasks.tags.labels[0].key=p",
        "lakeside.annotate.tasks.tags.labels[1].name=music",
        "lakeside.annotate.tasks.tags.labels[1].key=m",
        "lakeside.annotate.tasks.tags.labels[2].name=travel",
        "lakeside.annotate.tasks.tags.labels[2].key=t",
        "lakeside.annotate.tasks.tags.rating=5",
        "lakeside.annotate.tasks.tags.note=true",
        "lakeside.annotate.tasks.tags.output-table=test_out.tags"})
@Import(AnnotateTest.FlakyWarehouseConfiguration.class)
abstract class AnnotateTest extends KaribuSpringTest {

    static final String ADA = "ada@example.com";
    static final String BOB = "bob@example.com";

    @Autowired
    FlakyWarehouse warehouse;

    @Autowired
    TaskCatalog catalog;

    @TestConfiguration
    static class FlakyWarehouseConfiguration {
        @Bean
        @Primary
        FlakyWarehouse flakyWarehouse(DuckDbWarehouse real) {
            return new FlakyWarehouse(real);
        }
    }

    /** Makes the current Vaadin request come from this user through the (trusted) proxy. */
    static void signInAs(String email) {
        ServletRequest servletRequest = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (servletRequest instanceof ServletRequestWrapper wrapper) {
            servletRequest = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) servletRequest;
        request.getHeaders().put("X-Forwarded-Email", List.of(email));
        request.getHeaders().put("X-Forwarded-User", List.of(email));
        request.getHeaders().put("X-Forwarded-Preferred-Username", List.of(email));
    }

    /** Creates a source table of {@code rows} items once per context. */
    void createItems(TableName table, int rows) {
        warehouse.inTransaction(tx -> {
            tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS ").identifier(table.schema()).build());
            tx.update(sql().sql("CREATE TABLE IF NOT EXISTS ").table(table).sql(" (id BIGINT, body VARCHAR)").build());
            if (((Number) tx.query(sql().sql("SELECT count(*) FROM ").table(table).build()).singleValue()).intValue() == 0) {
                tx.update(sql().sql("INSERT INTO ").table(table).sql(" SELECT i, 'Item number ' || i FROM range(1, ")
                        .value(rows + 1).sql(") t(i)").build());
            }
            return null;
        });
    }

    static String shownKey() {
        String text = _get(ItemCard.class).getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText())
                .findFirst().orElseThrow();
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    static List<String> pressed() {
        return _get(AnswerForm.class).getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c instanceof Button && "true".equals(c.getElement().getAttribute("aria-pressed")))
                .map(c -> ((Button) c).getText().strip().split("\\s+")[1]).toList();
    }

    static String statusText() {
        return _get(Span.class, spec -> spec.withId("save-status")).getText();
    }

    SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }

    /** Every label written for a task, as "item_key annotator label" strings. */
    List<String> labelsOf(LabelTask task) {
        return warehouse.query(sql().sql("SELECT item_key, annotator, label FROM ").table(task.output())
                .sql(" WHERE task_id = ").value(task.id()).sql(" ORDER BY item_key, annotator").build())
                .map(r -> r.getString("item_key") + " " + r.getString("annotator") + " " + r.getString("label"));
    }

    Warehouse plainWarehouse() {
        return warehouse;
    }
}
