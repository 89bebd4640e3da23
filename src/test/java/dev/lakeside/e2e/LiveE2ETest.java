package dev.lakeside.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live dashboard's story in a browser: with the simulator and pipeline running (BrowserE2ETest's
 * properties), the page is pushed new data: the status line counts more readings and the chart ECharts
 * has drawn holds other points a moment later, without the user doing anything.
 */
class LiveE2ETest extends BrowserE2ETest {

    private static final By STATUS = By.xpath("//span[starts-with(normalize-space(.), 'Last updated')]");
    private static final Pattern PROCESSED = Pattern.compile("([\\d,]+) readings processed");
    /** The points of every series of the first chart as ECharts holds them after drawing, or null before. */
    private static final String DRAWN_POINTS = """
            const el = document.querySelector('.lakeside-chart');
            const chart = el && el.$lakesideChart;
            if (!chart || !el.querySelector('canvas')) return null;
            const series = chart.getOption().series || [];
            const points = series.reduce((n, s) => n + (s.data ? s.data.length : 0), 0);
            return points > 0 ? JSON.stringify(series.map(s => s.data)) : null;""";

    @Test
    void openTheDashboard_pushedUpdatesRedrawTheChartAndCountMoreReadings() {
        open("live");
        long firstProcessed = processed(page.textOf(STATUS, t -> PROCESSED.matcher(t).find()));
        String firstDrawing = page.until("a chart with points", d -> (String) page.js(DRAWN_POINTS));

        String laterStatus = page.textOf(STATUS, t -> PROCESSED.matcher(t).find() && processed(t) > firstProcessed);
        String laterDrawing = page.until("the chart redrawn with other points", d -> {
            String now = (String) page.js(DRAWN_POINTS);
            return now != null && !now.equals(firstDrawing) ? now : null;
        });

        assertThat(processed(laterStatus)).isGreaterThan(firstProcessed);
        assertThat(laterDrawing).isNotEqualTo(firstDrawing);
        assertThat(page.deepTexts("div").stream().anyMatch(t -> t.startsWith("The pipeline has stalled")))
                .as("no stall warning while the pipeline runs").isFalse();
    }

    private static long processed(String status) {
        Matcher m = PROCESSED.matcher(status);
        if (!m.find()) {
            throw new AssertionError("No readings count in: " + status);
        }
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
