package dev.lakeside.editor;

import org.springframework.stereotype.Component;

/** The services an editor page uses, handed to its components together. */
@Component
record EditorServices(EditorService editor, ChangeHistory history, BulkFixes bulkFixes) {
}
