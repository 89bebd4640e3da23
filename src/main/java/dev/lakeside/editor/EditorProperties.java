package dev.lakeside.editor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Table editors defined in configuration: {@code lakeside.tools.<id>.*}, one page per tool, and
 * {@code lakeside.user-groups.<group>} (emails or user ids) that a tool's editors may name.
 * {@link EditorTools} validates them at start-up.
 */
@ConfigurationProperties("lakeside")
public record EditorProperties(@DefaultValue Map<String, Tool> tools,
                               @DefaultValue Map<String, List<String>> userGroups) {

    /**
     * One editor.
     *
     * @param title           menu and page title
     * @param description     one sentence for the home page
     * @param icon            a Vaadin icon, e.g. {@code vaadin:table}
     * @param route           the page's path; {@code edit/<id>} when unset
     * @param menuOrder       place in the side navigation
     * @param table           {@code schema.table}
     * @param keyColumns      the columns that identify a row
     * @param columns         the columns shown (keys are always shown)
     * @param editableColumns the columns a user may change
     * @param searchColumn    the column the search box matches, ignoring case
     * @param versionColumn   a numeric column raised by one on every write and compared to detect
     *                        concurrent changes; unset: the edited columns' loaded values are compared
     * @param touchColumn     a timestamp column set to the time of each write (UTC), or unset
     * @param allowInsert     whether rows may be added
     * @param allowDelete     whether rows may be deleted
     * @param editors         who may change data; everyone else sees the tool read-only
     * @param rules           per column, what a valid value is
     */
    public record Tool(String title, String description, @DefaultValue("vaadin:table") String icon, String route,
                       @DefaultValue("50") double menuOrder, String table, List<String> keyColumns,
                       @DefaultValue List<String> columns, @DefaultValue List<String> editableColumns,
                       String searchColumn, String versionColumn, String touchColumn,
                       @DefaultValue("false") boolean allowInsert, @DefaultValue("false") boolean allowDelete,
                       @DefaultValue Editors editors, @DefaultValue Map<String, Rule> rules) {
    }

    /**
     * Who may edit: listed users (email or user id; {@code *} for everyone) or members of listed
     * {@code lakeside.user-groups}.
     */
    public record Editors(@DefaultValue List<String> users, @DefaultValue List<String> groups) {
    }

    /**
     * What a valid value of a column is; every condition set must hold.
     *
     * @param required           a value must be present (not blank)
     * @param pattern            a regular expression the whole text must match
     * @param allowedValues      the only values allowed
     * @param allowedValuesQuery a one-column SELECT (written by the tool's author) giving the allowed values
     * @param vocabulary         the name of a {@link Vocabulary} bean giving allowed values, a
     *                           normaliser and fix suggestions, e.g. {@code iso-country-codes}
     * @param min                smallest allowed number
     * @param max                largest allowed number
     * @param maxLength          longest allowed text
     * @param hint               a sentence shown under the field
     */
    public record Rule(@DefaultValue("false") boolean required, String pattern, @DefaultValue List<String> allowedValues,
                       String allowedValuesQuery, String vocabulary, BigDecimal min, BigDecimal max, Integer maxLength,
                       String hint) {
    }
}
