package dev.lakeside.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.spark.sql.AnalysisException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Databricks SQL warehouse on loopback: the SQL Statement Execution API that databricks-jdbc speaks with
 * {@code useThriftClient=0} (sessions; execute, poll, cancel and close statements; the warehouse's state),
 * every statement run on Spark SQL with Delta Lake. Authentication is the workspace's business: tests put
 * a fake workspace in front that answers OAuth and forwards these paths here.
 *
 * <p>Usage: {@code StandInServer <port, 0 for any> <warehouse dir>}; prints {@code READY <port>} when serving.
 * Every statement received is appended to {@code <warehouse dir>.statements.jsonl}.
 */
public final class StandInServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STATEMENT = Pattern.compile("/api/2\\.0/sql/statements/([^/]+)(/cancel)?/?");
    private static final Pattern WAIT = Pattern.compile("(\\d+)s");

    private final Engine engine;
    private final UnityCatalogApi unityCatalog;
    private final StatementLog log;
    private final Map<String, Statement> statements = new ConcurrentHashMap<>();

    private StandInServer(Engine engine, StatementLog log) {
        this.engine = engine;
        this.unityCatalog = new UnityCatalogApi(engine.session());
        this.log = log;
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path warehouseDir = Path.of(args[1]);
        Engine engine = new Engine(warehouseDir);
        StandInServer standIn = new StandInServer(engine,
                new StatementLog(warehouseDir.resolveSibling(warehouseDir.getFileName() + ".statements.jsonl")));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        http.createContext("/", standIn::handle);
        http.setExecutor(Executors.newCachedThreadPool());
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            engine.close();
        }));
        System.out.println("READY " + http.getAddress().getPort());
        System.out.flush();
    }

    /** Answers one request; the exchange is closed after the answer, also after a failure's answer. */
    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Matcher statement = STATEMENT.matcher(path);
            if (method.equals("POST") && path.matches("/api/2\\.0/sql/statements/?")) {
                execute(exchange, JSON.readTree(exchange.getRequestBody()));
            } else if (statement.matches()) {
                onStatement(exchange, method, statement.group(1), statement.group(2) != null);
            } else if (method.equals("POST") && path.matches("/api/2\\.0/sql/(warehouses/[^/]+/)?sessions/?")) {
                send(exchange, 200, JSON.createObjectNode().put("session_id", UUID.randomUUID().toString()));
            } else if (method.equals("DELETE") && path.startsWith("/api/2.0/sql/sessions/")) {
                send(exchange, 200, JSON.createObjectNode());
            } else if (method.equals("GET") && path.matches("/api/2\\.0/sql/warehouses/[^/]+")) {
                send(exchange, 200, JSON.createObjectNode().put("id", path.substring(path.lastIndexOf('/') + 1))
                        .put("name", "Spark SQL stand-in").put("state", "RUNNING"));
            } else if (method.equals("GET") && path.startsWith("/api/2.1/unity-catalog/")) {
                send(exchange, 200, unityCatalog(path.substring("/api/2.1/unity-catalog/".length()),
                        query(exchange.getRequestURI().getRawQuery())));
            } else {
                send(exchange, 404, error("NOT_FOUND", "Not served by the stand-in: " + method + " " + path));
            }
        } catch (AnalysisException e) {
            send(exchange, 404, error("TABLE_DOES_NOT_EXIST", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            send(exchange, 400, error("INVALID_PARAMETER_VALUE", String.valueOf(e.getMessage())));
        } catch (Exception e) {
            // Scala code throws checked exceptions it does not declare
            send(exchange, e.getClass().getSimpleName().startsWith("NoSuch") ? 404 : 500,
                    error(e.getClass().getSimpleName().startsWith("NoSuch") ? "RESOURCE_DOES_NOT_EXIST" : "INTERNAL_ERROR",
                            String.valueOf(e.getMessage())));
        }
    }

    /** Runs a statement, waiting up to {@code wait_timeout} (10 s by default) before answering RUNNING. */
    private void execute(HttpExchange exchange, JsonNode body) throws IOException {
        Statement statement = new Statement(UUID.randomUUID().toString(), body.path("statement").asText());
        statements.put(statement.id, statement);
        log.append(statement.sql);
        engine.submit(statement, Parameters.positional(body.get("parameters")));
        Matcher wait = WAIT.matcher(body.path("wait_timeout").asText("10s"));
        long seconds = wait.matches() ? Long.parseLong(wait.group(1)) : 10;
        try {
            statement.result.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            if ("CANCEL".equals(body.path("on_wait_timeout").asText())) {
                engine.cancel(statement);
            }
        } catch (Exception e) {
            // failed: the answer says so
        }
        answer(exchange, statement);
    }

    private void onStatement(HttpExchange exchange, String method, String id, boolean cancel) throws IOException {
        Statement statement = statements.get(id);
        if (statement == null) {
            send(exchange, 404, error("RESOURCE_DOES_NOT_EXIST", "No statement " + id));
        } else if (cancel && method.equals("POST")) {
            engine.cancel(statement);
            send(exchange, 200, JSON.createObjectNode());
        } else if (method.equals("DELETE")) {
            if (!statement.result.isDone()) {
                engine.cancel(statement);
            }
            statements.remove(id);
            send(exchange, 200, JSON.createObjectNode());
        } else {
            answer(exchange, statement);
        }
    }

    private void answer(HttpExchange exchange, Statement statement) throws IOException {
        send(exchange, 200, statement.toJson());
    }

    private ObjectNode unityCatalog(String path, Map<String, String> query) throws AnalysisException {
        return switch (path.replaceAll("/.*", "")) {
            case "catalogs" -> unityCatalog.catalogs();
            case "schemas" -> unityCatalog.schemas(query.getOrDefault("catalog_name", "main"));
            case "tables" -> path.contains("/") ? unityCatalog.table(path.substring(path.indexOf('/') + 1))
                    : unityCatalog.tables(query.getOrDefault("catalog_name", "main"), query.get("schema_name"));
            default -> throw new IllegalArgumentException("Not served by the stand-in: unity-catalog/" + path);
        };
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] nameValue = pair.split("=", 2);
                values.put(java.net.URLDecoder.decode(nameValue[0], java.nio.charset.StandardCharsets.UTF_8),
                        nameValue.length < 2 ? "" : java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
