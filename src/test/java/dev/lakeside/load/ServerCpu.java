package dev.lakeside.load;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server's CPU time per request, measured on the request thread around the whole filter chain
 * (ThreadMXBean), grouped by the interaction the load driver names in {@code X-Load-Interaction}.
 * The driver shares the JVM, so process CPU would count its work too; this counts only the server's.
 * Work the server does on other threads (background queries, pushes) is not in it.
 */
final class ServerCpu implements Filter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, LongAdder[]> byInteraction = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long before = THREADS.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String interaction = ((HttpServletRequest) request).getHeader("X-Load-Interaction");
            LongAdder[] totals = byInteraction.computeIfAbsent(interaction == null ? "(other)" : interaction,
                    k -> new LongAdder[]{new LongAdder(), new LongAdder()});
            totals[0].increment();
            totals[1].add(THREADS.getCurrentThreadCpuTime() - before);
        }
    }

    void reset() {
        byInteraction.clear();
    }

    /** Per interaction: requests and mean CPU milliseconds per request. */
    Map<String, double[]> perRequest() {
        Map<String, double[]> result = new TreeMap<>();
        byInteraction.forEach((name, t) -> result.put(name, new double[]{t[0].sum(), t[1].sum() / 1e6 / Math.max(1, t[0].sum())}));
        return result;
    }

    double totalCpuSeconds() {
        return byInteraction.values().stream().mapToLong(t -> t[1].sum()).sum() / 1e9;
    }

    @TestConfiguration
    static class Registration {

        @Bean
        ServerCpu serverCpu() {
            return new ServerCpu();
        }

        @Bean
        FilterRegistrationBean<ServerCpu> serverCpuFilter(ServerCpu filter) {
            FilterRegistrationBean<ServerCpu> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
