package dev.lakeside.editor;

import java.util.List;

/**
 * What a save did.
 *
 * @param changeSetId the id every audit entry of this save carries; null when nothing was written
 * @param rowsWritten rows updated, inserted or deleted
 * @param conflicts   changes not written because their rows changed meanwhile; when there are
 *                    any, nothing at all was written
 */
record SaveResult(String changeSetId, int rowsWritten, List<Conflict> conflicts) {

    SaveResult {
        conflicts = List.copyOf(conflicts);
    }

    boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
