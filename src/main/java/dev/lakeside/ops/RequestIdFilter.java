package dev.lakeside.ops;

import dev.lakeside.identity.IdentityProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Puts the request id of every HTTP request (Vaadin's UIDL and heartbeat requests included) into the
 * logging context as {@value #MDC_KEY}, so each log line written while serving it carries the id the
 * Databricks Apps proxy sent in {@code X-Request-Id}. Requests without one (or with a value that is not a
 * plain token) get a fresh UUID. The id is echoed in the response header.
 *
 * <p>Only the proxy sets the header, so it is read only where the proxy's headers are trusted
 * ({@code lakeside.identity.trust-forwarded-headers}); anywhere else any client could pick the id that
 * other requests' log lines are filed under, and every request gets a fresh one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Letters, digits and the separators proxies use; bounded, so a client cannot inject log content. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final boolean trustProxyHeaders;

    RequestIdFilter(IdentityProperties identity) {
        this.trustProxyHeaders = identity.trustForwardedHeaders();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = requestId(trustProxyHeaders ? request.getHeader(HEADER) : null);
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The proxy's id when it is a plain token, otherwise a new one. */
    static String requestId(String header) {
        return header != null && SAFE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
