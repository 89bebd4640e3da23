package dev.lakeside.editor;

import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.Filter;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableQuery;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * A configured editor's rules: what a search finds, who may edit, which values are valid, and
 * how pending changes become one audited, conflict-checked change-set.
 */
@Service
class EditorService {

    private final EditorTools tools;
    private final ValueRules rules;
    private final ChangeSetWriter writer;
    private final Warehouse warehouse;
    private final QueryCache cache;
    private final CurrentUser currentUser;

    EditorService(EditorTools tools, ValueRules rules, ChangeSetWriter writer, Warehouse warehouse, QueryCache cache,
                  CurrentUser currentUser) {
        this.tools = tools;
        this.rules = rules;
        this.writer = writer;
        this.warehouse = warehouse;
        this.cache = cache;
        this.currentUser = currentUser;
    }

    /** One page of rows; sorts may name only the tool's columns. */
    List<EditorRow> find(EditorTool tool, EditorSearch search, long offset, int limit, List<Sort> sorts) {
        TableQuery query = new TableQuery(tool.table(), tool.allowedColumns(), List.copyOf(tool.allowedColumns()),
                tool.keyColumns(), filters(tool, search), sorts, offset, limit);
        return cached(tool, query.toSelect(warehouse.dialect())).map(row -> ChangeSetWriter.toRow(tool, row));
    }

    int count(EditorTool tool, EditorSearch search) {
        TableQuery query = new TableQuery(tool.table(), tool.allowedColumns(), List.of(), List.of(),
                filters(tool, search), List.of(), 0, 0);
        return ((Number) cached(tool, query.toCount(warehouse.dialect())).singleValue()).intValue();
    }

    boolean mayEdit(EditorTool tool) {
        return tool.access().mayEdit(currentUser.get(), tools.userGroups());
    }

    ValueRules.Checked check(EditorTool tool, String column, String text) {
        return rules.check(tool, column, text);
    }

    ValueRules rules() {
        return rules;
    }

    /**
     * Saves every pending change as one change-set, or nothing. Permission, allowed operations and
     * every value are checked here, whatever the UI showed.
     *
     * @throws EditRefused when the user may not edit, or a change is not allowed or not valid
     */
    SaveResult save(PendingChanges pending) {
        EditorTool tool = pending.tool();
        requireMayEdit(tool);
        List<RowChange> changes = pending.all();
        if (changes.isEmpty()) {
            return new SaveResult(null, 0, List.of());
        }
        changes.forEach(change -> validate(tool, change));
        return writer.write(tool, changes, currentUser.get().userId());
    }

    void requireMayEdit(EditorTool tool) {
        if (!mayEdit(tool)) {
            throw new EditRefused("You may view " + tool.title() + " but not change it. Ask its owner for edit rights.");
        }
    }

    private void validate(EditorTool tool, RowChange change) {
        requireAllowed(tool, change);
        switch (change) {
            case RowChange.Update u -> u.edits().forEach((column, value) -> requireValid(tool, column, value));
            case RowChange.Insert i -> {
                tool.keyColumns().forEach(k -> {
                    if (i.values().get(k) == null) {
                        throw new EditRefused("A new row needs a value for " + k + ".");
                    }
                });
                tool.editableColumns().forEach(c -> requireValid(tool, c, i.values().get(c)));
            }
            case RowChange.Delete d -> {
            }
        }
    }

    /**
     * The tool's allowed operations: adding or deleting rows, changing only editable columns. Undo
     * checks these too (it restores old values, so it does not re-check the value rules).
     *
     * @throws EditRefused when the change is not allowed
     */
    void requireAllowed(EditorTool tool, RowChange change) {
        switch (change) {
            case RowChange.Update u -> u.edits().keySet().forEach(column -> {
                if (!tool.isEditable(column)) {
                    throw new EditRefused("The column " + column + " cannot be changed in " + tool.title() + ".");
                }
            });
            case RowChange.Insert i -> {
                if (!tool.allowInsert()) {
                    throw new EditRefused(tool.title() + " does not allow adding rows.");
                }
            }
            case RowChange.Delete d -> {
                if (!tool.allowDelete()) {
                    throw new EditRefused(tool.title() + " does not allow deleting rows.");
                }
            }
        }
    }

    private void requireValid(EditorTool tool, String column, Object value) {
        rules.problem(tool, column, value).ifPresent(problem -> {
            throw new EditRefused(column + ": " + problem);
        });
    }

    private QueryResult cached(EditorTool tool, SqlStatement statement) {
        return cache.get(statement, currentUser.cacheScope(), CachePolicy.region(tool.id()), () -> warehouse.query(statement));
    }

    private List<Filter> filters(EditorTool tool, EditorSearch search) {
        List<Filter> filters = new ArrayList<>();
        if (tool.searchColumn() != null && search.text() != null && !search.text().isBlank()) {
            filters.add(new Filter.Contains(tool.searchColumn(), search.text().strip()));
        }
        if (search.invalidColumn() != null && tool.rule(search.invalidColumn()).hasAllowedValues()) {
            filters.add(new Filter.NoneOf(search.invalidColumn(),
                    List.copyOf(rules.allowedValues(tool, search.invalidColumn()))));
        }
        return filters;
    }
}
