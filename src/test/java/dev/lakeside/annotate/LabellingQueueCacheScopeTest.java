package dev.lakeside.annotate;

import dev.lakeside.cache.CacheProperties;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityResolver;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.DuckDbDialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Warehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.lang.reflect.Proxy;
import java.sql.JDBCType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** In identity mode user each user counts the items their own grants let them see. */
class LabellingQueueCacheScopeTest {

    private final AtomicLong counts = new AtomicLong();

    private final Warehouse warehouse = (Warehouse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {Warehouse.class}, (proxy, method, args) -> switch (method.getName()) {
                case "dialect" -> new DuckDbDialect();
                case "query" -> QueryResult.of(List.of(new ColumnInfo("n", JDBCType.BIGINT, "BIGINT")),
                        List.of(List.<Object>of(10L * counts.incrementAndGet())));
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final CurrentUser currentUser = new CurrentUser(new IdentityResolver(new IdentityProperties(true,
            IdentityProperties.IdentityMode.USER, new IdentityProperties.LocalUser("local@x.com", "Local"))));

    private final LabellingQueue queue = new LabellingQueue(warehouse, null,
            new QueryCache(new CacheProperties(Duration.ofMinutes(5), DataSize.ofMegabytes(64), Map.of()), new SimpleMeterRegistry()),
            null, currentUser, null);

    private static final LabelTask TASK = LabelTask.from("t", new AnnotateProperties.TaskProperties("T", "silver.reviews",
            "review_id", List.of("review_text"), null, null, QuestionType.SINGLE,
            List.of(new AnnotateProperties.LabelProperties("yes", null), new AnnotateProperties.LabelProperties("no", null)),
            false, 0, 1, "", "out.labels"));

    @Test
    void totalItems_userMode_isNotSharedBetweenUsers() throws Exception {
        long ada = CurrentUser.callAs(user("ada"), () -> queue.totalItems(TASK));
        long bob = CurrentUser.callAs(user("bob"), () -> queue.totalItems(TASK));

        assertThat(ada).isEqualTo(10);
        assertThat(bob).isEqualTo(20);
    }

    private static UserIdentity user(String id) {
        return new UserIdentity(id, id + "@x.com", id, "token-" + id, UserIdentity.Source.FORWARDED_HEADERS);
    }
}
