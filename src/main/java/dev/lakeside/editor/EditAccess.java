package dev.lakeside.editor;

import dev.lakeside.identity.UserIdentity;

import java.util.List;
import java.util.Map;

/**
 * Who may change a tool's data: listed users ({@code *} for anyone signed in or local) or
 * members of listed groups. Nobody when both lists are empty.
 */
record EditAccess(List<String> users, List<String> groups) {

    EditAccess {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
    }

    boolean mayEdit(UserIdentity user, Map<String, List<String>> userGroups) {
        if (user.source() == UserIdentity.Source.ANONYMOUS) {
            return false;
        }
        if (users.contains("*") || names(user, users)) {
            return true;
        }
        return groups.stream().anyMatch(group -> names(user, userGroups.getOrDefault(group, List.of())));
    }

    private static boolean names(UserIdentity user, List<String> members) {
        return members.stream().anyMatch(m -> m.equalsIgnoreCase(user.email()) || m.equals(user.userId()));
    }
}
