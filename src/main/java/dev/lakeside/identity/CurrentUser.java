package dev.lakeside.identity;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.lakeside.cache.CacheScope;
import org.springframework.stereotype.Component;

/**
 * The user of the current Vaadin request. The identity is resolved from every request that
 * carries headers (the proxy refreshes the access token) and kept in the session for work
 * done outside a request, such as server push.
 */
@Component
public class CurrentUser {

    private static final String SESSION_KEY = CurrentUser.class.getName();

    private final IdentityResolver resolver;

    public CurrentUser(IdentityResolver resolver) {
        this.resolver = resolver;
    }

    public UserIdentity get() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        if (request != null) {
            UserIdentity identity = resolver.resolve(request::getHeader);
            if (session != null) {
                session.setAttribute(SESSION_KEY, identity);
            }
            return identity;
        }
        if (session != null && session.getAttribute(SESSION_KEY) instanceof UserIdentity stored) {
            return stored;
        }
        return resolver.localUser();
    }

    /**
     * Who may share cached results with this user: everyone when the app reads as its service
     * principal, only this user when it reads on the user's behalf.
     */
    public CacheScope cacheScope() {
        return resolver.mode() == IdentityProperties.IdentityMode.USER ? CacheScope.user(get().userId()) : CacheScope.SHARED;
    }
}
