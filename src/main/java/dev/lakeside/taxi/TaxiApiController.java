package dev.lakeside.taxi;

import dev.lakeside.cache.CacheScope;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityResolver;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The taxi data product as a read-only service: the same grid aggregates the map shows, as JSON.
 * Described by {@code /api/openapi.yaml}. Bad parameters get a 400 with an RFC 9457 problem body
 * whose {@code detail} says what to fix.
 */
@RestController
@RequestMapping(path = "/api/taxi", produces = "application/json")
@Tag(name = "NYC taxi", description = "Pickups of smart_analytics.taxi_trips, aggregated in the warehouse")
@OpenAPIDefinition(info = @Info(title = "Lakeside data products", version = "1",
        description = "Read-only JSON services over the lakehouse's gold tables."))
class TaxiApiController {

    private final TaxiService service;
    private final IdentityResolver identity;

    TaxiApiController(TaxiService service, IdentityResolver identity) {
        this.service = service;
        this.identity = identity;
    }

    @GetMapping("/pickup-density")
    @Operation(summary = "Pickup density grid",
            description = "Trips that started from 00:00 of `date` for `days` days, grouped into square cells of "
                    + "`cell` degrees (floor(lat / cell), floor(lon / cell)). Each non-empty cell has its trip count "
                    + "and the chosen metric: the count again for `pickups`, else the average fare, tip or distance.")
    @ApiResponse(responseCode = "200", description = "The non-empty cells, by latitude then longitude index")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or out of range; `detail` says which",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DensityResponse pickupDensity(
            @Parameter(description = "First day, ISO format", example = "2026-05-01")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "Number of days", schema = @Schema(minimum = "1", maximum = "31"))
            @RequestParam(defaultValue = "1") int days,
            @Parameter(description = "Cell size in degrees", schema = @Schema(minimum = "0.001", maximum = "0.1"))
            @RequestParam(defaultValue = "0.01") double cell,
            @Parameter(description = "What `value` holds",
                    schema = @Schema(allowableValues = {"pickups", "fare", "tip", "distance"}))
            @RequestParam(defaultValue = "pickups") String metric,
            HttpServletRequest request) {
        TaxiMetric chosen = TaxiMetric.fromParameter(metric);
        PickupDensity density = service.density(new DensityQuery(date, days, cell), scope(request));
        return DensityResponse.of(density, chosen);
    }

    @GetMapping("/metrics")
    @Operation(summary = "The metrics the density grid can report")
    List<MetricDescription> metrics() {
        return Arrays.stream(TaxiMetric.values()).map(m -> new MetricDescription(m.parameter(), m.label())).toList();
    }

    /** Without this, an unknown path under /api/taxi would fall through to Vaadin and get its HTML page. */
    @GetMapping("/**")
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<ProblemDetail> unknownPath(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such resource: " + request.getRequestURI() + ". See /api/openapi.yaml");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badValue(IllegalArgumentException e) {
        return badRequest(e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badType(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == LocalDate.class ? "a date like 2026-05-01"
                : e.getRequiredType() == int.class ? "a whole number" : "a number like 0.01";
        return badRequest("Parameter '" + e.getName() + "' must be " + expected + ", got '" + e.getValue() + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return badRequest("Parameter '" + e.getParameterName() + "' is required");
    }

    private static ProblemDetail badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Bad parameter");
        return problem;
    }

    /** Who the cached result may be shared with, from the request's own headers (there is no Vaadin session here). */
    private CacheScope scope(HttpServletRequest request) {
        return identity.mode() == IdentityProperties.IdentityMode.USER
                ? CacheScope.user(identity.resolve(request::getHeader).userId()) : CacheScope.SHARED;
    }

    /** A metric the {@code metric} parameter accepts. */
    record MetricDescription(String name, String label) {
    }

    /** The JSON body of {@code /api/taxi/pickup-density}. */
    record DensityResponse(LocalDate date, int days, double cellDegrees, String metric, String metricLabel,
                           long trips, List<Cell> cells) {

        static DensityResponse of(PickupDensity density, TaxiMetric metric) {
            DensityQuery q = density.query();
            return new DensityResponse(q.date(), q.days(), q.cellDegrees(), metric.parameter(), metric.label(),
                    density.trips(), density.cells().stream().map(c -> new Cell(c.latIndex(), c.lonIndex(),
                            c.latitude(), c.longitude(), c.trips(), c.value(metric))).toList());
        }
    }

    /** One grid cell: its indexes, its centre, its trips and the chosen metric's value (null when no trip had one). */
    record Cell(long latIndex, long lonIndex, double latitude, double longitude, long trips, Double value) {
    }
}
