package dev.lakeside.fixer;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.Filter;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TableQuery;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fixer's rules: which suppliers a search finds, what a valid country code is, and how a
 * fix is written (one parameterized UPDATE by id, only if nobody changed the row meanwhile,
 * audited in the same transaction).
 */
@Service
class SupplierService {

    static final TableName SUPPLIERS = new TableName("gold", "suppliers");
    private static final List<String> COLUMNS = List.of("id", "name", "country_code", "city");
    private static final Set<String> ALLOWED_COLUMNS = Set.copyOf(COLUMNS);
    private static final List<String> VALID_CODES = List.copyOf(CountryCodes.ALL);
    private static final CachePolicy CACHE = CachePolicy.region("fixer");

    private final Warehouse warehouse;
    private final QueryCache cache;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    SupplierService(Warehouse warehouse, QueryCache cache, CurrentUser currentUser, AuditTrail audit) {
        this.warehouse = warehouse;
        this.cache = cache;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** One page of matching suppliers; sort columns must be among id, name, country_code, city. */
    List<Supplier> find(SupplierSearch search, long offset, int limit, List<Sort> sorts) {
        TableQuery query = new TableQuery(SUPPLIERS, ALLOWED_COLUMNS, COLUMNS, List.of("id"),
                filters(search), sorts, offset, limit);
        return cachedQuery(query.toSelect(warehouse.dialect())).map(SupplierService::toSupplier);
    }

    int count(SupplierSearch search) {
        TableQuery query = new TableQuery(SUPPLIERS, ALLOWED_COLUMNS, COLUMNS, List.of(), filters(search),
                List.of(), 0, 0);
        return ((Number) cachedQuery(query.toCount(warehouse.dialect())).singleValue()).intValue();
    }

    /**
     * Sets a supplier's country code after checking it is a valid ISO 3166-1 alpha-2 code. The
     * supplier is the row as the user loaded it: if its code has changed in the warehouse since,
     * the fix is refused rather than overwriting someone else's change.
     *
     * @throws ChangeRefused if the code is invalid or the row changed since it was loaded
     */
    Supplier updateCountryCode(Supplier supplier, String typedCode) {
        String loadedCode = supplier.countryCode();
        String code = CountryCodes.normalize(typedCode);
        if (!CountryCodes.isValid(code)) {
            throw new ChangeRefused("\"" + typedCode + "\" is not an ISO 3166-1 alpha-2 country code."
                    + " Use two letters, for example PL for Poland.");
        }
        String userId = currentUser.get().userId();
        warehouse.inTransaction(tx -> {
            int updated = tx.update(new SqlBuilder(warehouse.dialect())
                    .sql("UPDATE ").table(SUPPLIERS).sql(" SET country_code = ").value(code)
                    .sql(", updated_at = ").value(LocalDateTime.now(ZoneOffset.UTC))
                    .sql(" WHERE id = ").value(supplier.id())
                    .sql(" AND country_code IS NOT DISTINCT FROM ").value(loadedCode).build());
            if (updated != 1) {
                throw new ChangeRefused("Someone else changed " + supplier.name()
                        + " since you loaded it. Search again to see the current value.");
            }
            audit.record(tx, new AuditEntry(userId, SUPPLIERS, Long.toString(supplier.id()), "country_code",
                    loadedCode, code));
            return updated;
        });
        return new Supplier(supplier.id(), supplier.name(), code, supplier.city());
    }

    private QueryResult cachedQuery(SqlStatement statement) {
        return cache.get(statement, currentUser.cacheScope(), CACHE, () -> warehouse.query(statement));
    }

    private static List<Filter> filters(SupplierSearch search) {
        List<Filter> filters = new ArrayList<>();
        if (search.nameContains() != null && !search.nameContains().isBlank()) {
            filters.add(new Filter.Contains("name", search.nameContains().strip()));
        }
        if (search.onlyInvalidCodes()) {
            filters.add(new Filter.NoneOf("country_code", VALID_CODES));
        }
        return filters;
    }

    private static Supplier toSupplier(Row row) {
        return new Supplier(row.getLong("id"), row.getString("name"), row.getString("country_code"),
                row.getString("city"));
    }
}
