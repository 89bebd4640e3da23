package dev.lakeside.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * What a person does on a Vaadin page, in Selenium terms. Vaadin's components are web components: their
 * labels and inputs sit in the light DOM (found with XPath), their rendered parts (grid rows, overlays) in
 * shadow roots, which {@link #deepTexts} searches with a small script. Every step waits for what a person
 * would wait for, with a generous limit for a loaded machine; nothing sleeps.
 */
final class VaadinPage {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    /** Text of every element matching a CSS selector, in the document and in every shadow root. */
    private static final String DEEP_TEXTS = """
            const selector = arguments[0];
            const found = [];
            (function search(root) {
              root.querySelectorAll(selector).forEach(e => found.push((e.innerText || e.textContent || '').trim()));
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) search(e.shadowRoot); });
            })(document);
            return found;""";

    private final WebDriver driver;

    VaadinPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens a page and waits until Vaadin has rendered the view and is idle. */
    void open(String url) {
        driver.get(url);
        until("Vaadin started", d -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return false;
                const flow = Object.values(clients).filter(c => typeof c.isActive === 'function');
                return flow.length > 0 && flow.every(c => !c.isActive())
                    && document.querySelector('vaadin-app-layout') !== null;""")));
    }

    <T> T until(String what, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(200));
        wait.withMessage("waiting for: " + what);
        return wait.until((ExpectedCondition<T>) condition::apply);
    }

    WebElement button(String text) {
        return until("button " + text, d -> visible(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    /** Clicks a button once it is enabled. */
    void click(String buttonText) {
        WebElement button = button(buttonText);
        until("button " + buttonText + " enabled", d -> button.getAttribute("disabled") == null ? true : null);
        button.click();
    }

    /** The Vaadin field (text field, combo box, checkbox...) with this label. */
    WebElement field(String label) {
        return until("field " + label, d -> visible(By.xpath("//*[starts-with(local-name(), 'vaadin-')]"
                + "[./label[normalize-space(.)='" + label + "']]")));
    }

    /** The native input of that field (Vaadin keeps it in the light DOM). */
    WebElement input(String label) {
        return field(label).findElement(By.xpath(".//*[self::input or self::textarea]"));
    }

    /** Ticks or unticks a checkbox by clicking its label, as a person does. */
    void check(String label) {
        field(label).findElement(By.xpath("./label")).click();
    }

    /** Replaces a field's text and commits it (Tab), as a person finishing a field does. */
    void type(String label, String text) {
        WebElement input = input(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Waits until an element shows text that the condition accepts, and returns that text. */
    String textOf(By locator, Function<String, Boolean> accepted) {
        return until("text of " + locator, d -> {
            WebElement element = visible(locator);
            String text = element == null ? null : element.getText();
            return text != null && accepted.apply(text) ? text : null;
        });
    }

    /** Texts of elements matching a CSS selector anywhere, shadow roots included. */
    @SuppressWarnings("unchecked")
    List<String> deepTexts(String cssSelector) {
        return (List<String>) js(DEEP_TEXTS, cssSelector);
    }

    /** The first element matching a CSS selector whose text contains {@code text}, shadow roots included. */
    WebElement deepElement(String cssSelector, String text) {
        return until(cssSelector + " with " + text, d -> (WebElement) js("""
                const selector = arguments[0], text = arguments[1];
                return (function search(root) {
                  for (const e of root.querySelectorAll(selector)) {
                    if ((e.innerText || e.textContent || '').includes(text) && e.getClientRects().length > 0) return e;
                  }
                  for (const e of root.querySelectorAll('*')) {
                    const inner = e.shadowRoot && search(e.shadowRoot);
                    if (inner) return inner;
                  }
                  return null;
                })(document);""", cssSelector, text));
    }

    /** Picks an item of a combo box by typing part of it and clicking it in the drop-down. */
    void choose(String comboBoxLabel, String itemText) {
        WebElement input = input(comboBoxLabel);
        input.click();
        input.sendKeys(itemText);
        deepElement("vaadin-combo-box-item", itemText).click();
        until(comboBoxLabel + " set to " + itemText,
                d -> String.valueOf(input.getDomProperty("value")).contains(itemText) ? true : null);
    }

    /** Texts of the notifications on screen. */
    List<String> notifications() {
        return deepTexts("vaadin-notification-card");
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private WebElement visible(By locator) {
        return driver.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }
}
