package dev.lakeside.cache;

import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;

import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * The identity of a cached result: the statement (SQL text, bound values and the tables it
 * reads) and the scope it was read in. It also carries the time to live the entry was created
 * with, which is not part of the identity: Caffeine hands the key to the expiry policy, and the
 * cached value must stay a plain {@code QueryResult}.
 */
final class QueryKey {

    private final SqlStatement statement;
    private final CacheScope scope;
    private final Duration ttl;

    QueryKey(SqlStatement statement, CacheScope scope, Duration ttl) {
        this.statement = Objects.requireNonNull(statement, "statement");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
    }

    Duration ttl() {
        return ttl;
    }

    boolean readsAnyOf(Set<TableName> written) {
        return !Collections.disjoint(statement.tables(), written);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryKey key && statement.equals(key.statement) && scope.equals(key.scope);
    }

    @Override
    public int hashCode() {
        return 31 * statement.hashCode() + scope.hashCode();
    }

    @Override
    public String toString() {
        return scope + " " + statement;
    }
}
