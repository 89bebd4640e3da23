package dev.lakeside.editor;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a valid value of one column is, from {@link EditorProperties.Rule}.
 *
 * @param allowedValuesQuery a SELECT written by the tool's author, never by a user
 */
record ColumnRule(boolean required, Pattern pattern, List<String> allowedValues, String allowedValuesQuery,
                  String vocabulary, BigDecimal min, BigDecimal max, Integer maxLength, String hint) {

    static final ColumnRule NONE = new ColumnRule(false, null, List.of(), null, null, null, null, null, null);

    static ColumnRule from(EditorProperties.Rule rule) {
        return new ColumnRule(rule.required(), rule.pattern() == null ? null : Pattern.compile(rule.pattern()),
                List.copyOf(rule.allowedValues()), blankToNull(rule.allowedValuesQuery()), blankToNull(rule.vocabulary()),
                rule.min(), rule.max(), rule.maxLength(), rule.hint());
    }

    /** Whether values are restricted to a set: these columns get clean-up suggestions. */
    boolean hasAllowedValues() {
        return !allowedValues.isEmpty() || allowedValuesQuery != null || vocabulary != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
