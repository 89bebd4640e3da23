package dev.lakeside.editor;

import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Applies a column's {@link ColumnRule}: turns typed text into a value, or says in words what is wrong. */
@Component
class ValueRules {

    private final EditorTools tools;
    private final TableShapes shapes;
    private final Warehouse warehouse;
    private final QueryCache cache;
    private final CurrentUser currentUser;

    ValueRules(EditorTools tools, TableShapes shapes, Warehouse warehouse, QueryCache cache, CurrentUser currentUser) {
        this.tools = tools;
        this.shapes = shapes;
        this.warehouse = warehouse;
        this.cache = cache;
        this.currentUser = currentUser;
    }

    /** The result of checking typed text: a value, or a sentence for the user. */
    record Checked(Object value, String problem) {
        boolean isValid() {
            return problem == null;
        }
    }

    Checked check(EditorTool tool, String column, String text) {
        String normalized = vocabulary(tool, column).map(v -> v.normalize(text)).orElse(text);
        try {
            Object value = ValueText.parse(shapes.column(tool, column), normalized);
            return new Checked(value, problem(tool, column, value).orElse(null));
        } catch (ValueText.NotAValue e) {
            return new Checked(null, e.getMessage());
        }
    }

    /** What is wrong with a value of the column, if anything. */
    Optional<String> problem(EditorTool tool, String column, Object value) {
        ColumnRule rule = tool.rule(column);
        String text = ValueText.format(value);
        if (value == null || text.isBlank()) {
            return rule.required() ? Optional.of("A value is required.") : Optional.empty();
        }
        if (rule.maxLength() != null && text.length() > rule.maxLength()) {
            return Optional.of("At most " + rule.maxLength() + " characters.");
        }
        if (rule.pattern() != null && !rule.pattern().matcher(text).matches()) {
            return Optional.of("Not in the expected format." + hint(rule));
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (rule.min() != null && decimal.compareTo(rule.min()) < 0) {
                return Optional.of("Must be at least " + rule.min().toPlainString() + ".");
            }
            if (rule.max() != null && decimal.compareTo(rule.max()) > 0) {
                return Optional.of("Must be at most " + rule.max().toPlainString() + ".");
            }
        }
        if (rule.hasAllowedValues() && !allowedValues(tool, column).contains(text)) {
            return Optional.of("\"" + text + "\" is not an allowed value." + hint(rule));
        }
        return Optional.empty();
    }

    /** The allowed values of a column with an allowed-values rule: list, query and vocabulary combined. */
    Set<String> allowedValues(EditorTool tool, String column) {
        ColumnRule rule = tool.rule(column);
        Set<String> allowed = new LinkedHashSet<>(rule.allowedValues());
        vocabulary(tool, column).ifPresent(v -> allowed.addAll(v.allowedValues()));
        if (rule.allowedValuesQuery() != null) {
            SqlStatement query = new SqlBuilder(warehouse.dialect()).sql(rule.allowedValuesQuery()).build();
            cache.get(query, currentUser.cacheScope(), CachePolicy.region(tool.id()), () -> warehouse.query(query))
                    .rows().forEach(row -> allowed.add(ValueText.format(row.get(0))));
        }
        return allowed;
    }

    Optional<Vocabulary> vocabulary(EditorTool tool, String column) {
        return tools.vocabulary(tool.rule(column).vocabulary());
    }

    private String hint(ColumnRule rule) {
        if (rule.hint() != null) {
            return " " + rule.hint();
        }
        return rule.allowedValues().isEmpty() || rule.allowedValues().size() > 12 ? ""
                : " Use one of: " + String.join(", ", rule.allowedValues()) + ".";
    }
}
