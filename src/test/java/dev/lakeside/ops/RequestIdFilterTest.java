package dev.lakeside.ops;

import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.IdentityProperties.LocalUser;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The proxy's X-Request-Id reaches the logging context of the request, and only that request. */
class RequestIdFilterTest {

    private final RequestIdFilter filter = filter(true);

    private static RequestIdFilter filter(boolean behindTheAppsProxy) {
        return new RequestIdFilter(new IdentityProperties(behindTheAppsProxy, IdentityMode.APP,
                new LocalUser("local.developer@lakeside.dev", "Local Developer")));
    }

    private String idSeenInsideTheRequest(String header, MockHttpServletResponse response) throws Exception {
        return idSeenInsideTheRequest(filter, header, response);
    }

    private static String idSeenInsideTheRequest(RequestIdFilter filter, String header, MockHttpServletResponse response)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        if (header != null) {
            request.addHeader("X-Request-Id", header);
        }
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> seen.set(MDC.get("requestId")));
        return seen.get();
    }

    @Test
    void proxyRequestId_isInTheMdcDuringTheRequest_echoed_andGoneAfterwards() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(idSeenInsideTheRequest("7f3c2a1e-5b9d-4c0e-8a6f-2d1b3c4e5f60", response))
                .isEqualTo("7f3c2a1e-5b9d-4c0e-8a6f-2d1b3c4e5f60");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("7f3c2a1e-5b9d-4c0e-8a6f-2d1b3c4e5f60");
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void missingOrUnsafeRequestId_isReplacedByAFreshOne() throws Exception {
        String generated = idSeenInsideTheRequest(null, new MockHttpServletResponse());
        String forged = idSeenInsideTheRequest("abc\n{\"log.level\":\"ERROR\"}", new MockHttpServletResponse());

        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(forged).matches("[0-9a-f-]{36}").isNotEqualTo(generated);
        assertThat(idSeenInsideTheRequest("x".repeat(129), new MockHttpServletResponse())).hasSize(36);
    }

    @Test
    void requestIdFromAClient_withoutTheAppsProxyInFront_isNotTaken() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        String id = idSeenInsideTheRequest(filter(false), "req-chosen-by-a-client", response);

        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void requestIdOfOneRequest_isNotInTheNextOnTheSameThread() throws Exception {
        idSeenInsideTheRequest("req-first", new MockHttpServletResponse());

        String next = idSeenInsideTheRequest(null, new MockHttpServletResponse());

        assertThat(next).isNotEqualTo("req-first").matches("[0-9a-f-]{36}");
        assertThat(MDC.get("requestId")).isNull();
    }
}
