package dev.lakeside.editor;

/**
 * What the user is looking for in a tool's table.
 *
 * @param text          text the search column contains, ignoring case; blank for all rows
 * @param invalidColumn only rows whose value in this column breaks its allowed-values rule, or null
 */
record EditorSearch(String text, String invalidColumn) {

    static EditorSearch all() {
        return new EditorSearch("", null);
    }
}
