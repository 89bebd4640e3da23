package dev.lakeside.identity;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.lakeside.cache.CacheScope;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import dev.lakeside.ui.KaribuSpringTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity seen inside a real Vaadin request, with forged or genuine proxy headers. */
class CurrentUserTest {

    private static void sendProxyHeaders() {
        ServletRequest servletRequest = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (servletRequest instanceof ServletRequestWrapper wrapper) {
            servletRequest = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) servletRequest;
        request.getHeaders().put("X-Forwarded-Email", List.of("ada@example.com"));
        request.getHeaders().put("X-Forwarded-User", List.of("4242@1234567890"));
        request.getHeaders().put("X-Forwarded-Preferred-Username", List.of("Ada Lovelace"));
        request.getHeaders().put("X-Forwarded-Access-Token", List.of("eyJ-user-token"));
    }

    @Nested
    class Untrusted extends KaribuSpringTest {

        @Autowired
        CurrentUser currentUser;

        @Test
        void forgedHeaders_untrusted_areIgnored() {
            sendProxyHeaders();

            UserIdentity user = currentUser.get();

            assertThat(user.email()).isEqualTo("local.developer@lakeside.dev");
            assertThat(user.accessToken()).isNull();
            assertThat(currentUser.cacheScope()).isEqualTo(CacheScope.SHARED);
        }
    }

    @Nested
    @TestPropertySource(properties = {"lakeside.identity.trust-forwarded-headers=true", "lakeside.identity.mode=user"})
    class TrustedOnBehalfOfUser extends KaribuSpringTest {

        @Autowired
        CurrentUser currentUser;

        @Test
        void proxyHeaders_trusted_identifyUserAndScopeTheCache() {
            sendProxyHeaders();

            UserIdentity user = currentUser.get();

            assertThat(user.email()).isEqualTo("ada@example.com");
            assertThat(user.displayName()).isEqualTo("Ada Lovelace");
            assertThat(user.accessToken()).isEqualTo("eyJ-user-token");
            assertThat(currentUser.cacheScope()).isEqualTo(CacheScope.user("4242@1234567890"));
        }

        /** As in a download or upload request (explore's CSV, review's export), which Vaadin serves unlocked. */
        @Test
        void requestWithoutTheSessionLock_stillIdentifiesTheUserFromItsHeaders() {
            sendProxyHeaders();
            VaadinSession session = VaadinSession.getCurrent();

            UserIdentity user;
            session.unlock();
            try {
                assertThat(session.hasLock()).isFalse();
                user = currentUser.get();
            } finally {
                session.lock();
            }

            assertThat(user.email()).isEqualTo("ada@example.com");
            assertThat(user.accessToken()).isEqualTo("eyJ-user-token");
        }
    }
}
