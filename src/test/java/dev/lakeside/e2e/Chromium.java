package dev.lakeside.e2e;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One headless Chromium per test, driven through chromedriver. Both are the machine's own (Debian's
 * {@code chromium} and {@code chromium-driver}), set explicitly, so Selenium Manager never looks for or
 * downloads a browser or driver. A failed test leaves a screenshot and the page's HTML in
 * {@code target/e2e-screenshots/}, taken before the browser closes.
 */
final class Chromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final String BROWSER = System.getProperty("lakeside.e2e.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("lakeside.e2e.chromedriver", "/usr/bin/chromedriver");

    private ChromeDriver driver;
    private Path profile;
    private Path downloads;

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Every page opened from now on has no WebSocket, as behind a proxy that refuses them (the Databricks Apps
     * proxy does not document WebSockets): Vaadin's push then falls back to long polling.
     */
    void refuseWebSockets() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "Object.defineProperty(window, 'WebSocket', {value: undefined});"));
    }

    /** The folder the browser saves downloads into; empty at the start of each test. */
    Path downloads() {
        return downloads;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        for (String binary : new String[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(binary + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install -y chromium chromium-driver), or -Dlakeside.e2e.chromium "
                        + "and -Dlakeside.e2e.chromedriver pointing at a matching pair.");
            }
        }
        profile = Files.createTempDirectory("lakeside-e2e-profile");
        downloads = Files.createTempDirectory("lakeside-e2e-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // A loaded machine: pages and scripts get generous limits; conditions are waited for, never slept on.
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2)).scriptTimeout(Duration.ofMinutes(1));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            // The browser itself may be what failed; the test's own error is the one to report.
            Files.writeString(SCREENSHOTS.resolve(name + ".txt"), "No screenshot: " + e, StandardCharsets.UTF_8);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path dir) {
        try {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
