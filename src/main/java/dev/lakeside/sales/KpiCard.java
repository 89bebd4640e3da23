package dev.lakeside.sales;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/** One headline figure with its change against the previous period. */
class KpiCard extends Div {

    private final Span value = new Span();
    private final Span change = new Span();
    private final Function<BigDecimal, String> format;

    KpiCard(String id, String label, Function<BigDecimal, String> format) {
        this.format = format;
        setId(id);
        addClassName("lakeside-kpi");
        Span title = new Span(label);
        title.addClassName("lakeside-kpi-label");
        value.addClassName("lakeside-kpi-value");
        change.addClassName("lakeside-kpi-change");
        add(title, value, change);
    }

    void show(SalesKpis.Kpi kpi, long days) {
        value.setText(format.apply(kpi.current()));
        BigDecimal percent = kpi.changePercent();
        change.removeClassNames("up", "down");
        String previous = "previous " + days + (days == 1 ? " day" : " days") + ": " + format.apply(kpi.previous());
        if (percent == null) {
            change.setText("No data in the " + previous.replace(": " + format.apply(kpi.previous()), ""));
        } else {
            change.setText((percent.signum() > 0 ? "▲ +" : percent.signum() < 0 ? "▼ " : "") + percent + "% vs " + previous);
            change.addClassName(percent.signum() >= 0 ? "up" : "down");
        }
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    static String count(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }
}
