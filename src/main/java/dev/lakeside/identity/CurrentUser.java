package dev.lakeside.identity;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.lakeside.cache.CacheScope;
import org.springframework.stereotype.Component;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * The user of the current Vaadin request. The identity is resolved from every request that
 * carries headers (the proxy refreshes the access token) and kept in the session for work
 * done outside a request, such as server push.
 */
@Component
public class CurrentUser {

    private static final String SESSION_KEY = CurrentUser.class.getName();

    /** The user that background work (no request, no session) runs for; see {@link #callAs}. */
    private static final ScopedValue<UserIdentity> BOUND = ScopedValue.newInstance();

    private final IdentityResolver resolver;

    public CurrentUser(IdentityResolver resolver) {
        this.resolver = resolver;
    }

    public UserIdentity get() {
        if (BOUND.isBound()) {
            return BOUND.get();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        if (request != null) {
            UserIdentity identity = resolver.resolve(request::getHeader);
            // Upload and download requests (DownloadHandler, UploadHandler) run without the session lock:
            // the headers identify the user all the same, but the session may only be written under the lock.
            if (session != null && session.hasLock()) {
                session.setAttribute(SESSION_KEY, identity);
            }
            return identity;
        }
        if (session != null && session.getAttribute(SESSION_KEY) instanceof UserIdentity stored) {
            return stored;
        }
        // Behind the proxy, a thread with no request and no bound user has no known user: the
        // local user (and with it a local token) must not stand in for whoever started the work.
        return resolver.trustsForwardedHeaders() ? UserIdentity.anonymous() : resolver.localUser();
    }

    /** Runs {@code work} on this thread as {@code user}, for work started on behalf of a user. */
    public static <T> T callAs(UserIdentity user, Callable<T> work) throws Exception {
        return ScopedValue.where(BOUND, user).call(work::call);
    }

    /** Runs {@code work} on this thread as {@code user}. */
    public static void runAs(UserIdentity user, Runnable work) {
        ScopedValue.where(BOUND, user).run(work);
    }

    /**
     * An executor that runs each task as the user current now (call it on the request thread),
     * so background work reads with that user's credential rather than nobody's.
     */
    public Executor as(Executor executor) {
        UserIdentity user = get();
        return task -> executor.execute(() -> runAs(user, task));
    }

    /**
     * Who may share cached results with this user: everyone when the app reads as its service
     * principal, only this user when it reads on the user's behalf.
     */
    public CacheScope cacheScope() {
        return resolver.mode() == IdentityProperties.IdentityMode.USER ? CacheScope.user(get().userId()) : CacheScope.SHARED;
    }
}
