package dev.lakeside.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The app resource of databricks.yml as one target sees it: the top-level {@code resources.apps.lakeside} with the
 * target's {@code resources.apps.lakeside} fields laid over it (the CLI merges target overrides into the resource;
 * the fields compared here are only ever set in one of the two places, so a plain override is the same result).
 */
final class BundleTargets {

    private BundleTargets() {
    }

    /** The merged app of {@code target}, or the top-level app when {@code target} is null. */
    static Map<String, Object> app(Map<String, Object> bundle, String target) {
        Map<String, Object> app = new LinkedHashMap<>(lakeside(bundle));
        if (target != null) {
            Map<String, Object> targetConfig = path(bundle, "targets", target);
            if (targetConfig == null) {
                throw new AssertionError("databricks.yml has no target " + target);
            }
            Map<String, Object> override = path(targetConfig, "resources", "apps", "lakeside");
            if (override != null) {
                app.putAll(override);
            }
        }
        return app;
    }

    /** The name of the target marked {@code default: true}. */
    static String defaultTarget(Map<String, Object> bundle) {
        Map<String, Object> targets = path(bundle, "targets");
        return targets.entrySet().stream()
                .filter(t -> Boolean.TRUE.equals(((Map<?, ?>) t.getValue()).get("default")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    static Map<String, Object> lakeside(Map<String, Object> bundle) {
        return path(bundle, "resources", "apps", "lakeside");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> path(Map<String, Object> map, String... keys) {
        Map<String, Object> current = map;
        for (String key : keys) {
            if (current == null) {
                return null;
            }
            current = (Map<String, Object>) current.get(key);
        }
        return current;
    }
}
