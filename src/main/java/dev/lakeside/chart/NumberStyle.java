package dev.lakeside.chart;

/**
 * How numbers on an axis, in a tooltip or on a colour scale are written. The browser formats them
 * in the user's locale ({@code Intl.NumberFormat}).
 *
 * @param kind           plain, currency, percent (1 = 100%) or compact (1.2K, 3.4M)
 * @param fractionDigits the most fraction digits shown
 * @param currency       an ISO 4217 code for {@link Kind#CURRENCY}, otherwise null
 */
public record NumberStyle(Kind kind, int fractionDigits, String currency) {

    public enum Kind { PLAIN, CURRENCY, PERCENT, COMPACT }

    public NumberStyle {
        if (fractionDigits < 0 || fractionDigits > 10) {
            throw new IllegalArgumentException("Fraction digits must be 0 to 10, got " + fractionDigits);
        }
        if ((kind == Kind.CURRENCY) != (currency != null)) {
            throw new IllegalArgumentException("A currency code goes with, and only with, the CURRENCY kind");
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + currency);
        }
    }

    public static NumberStyle plain(int fractionDigits) {
        return new NumberStyle(Kind.PLAIN, fractionDigits, null);
    }

    public static NumberStyle currency(String code, int fractionDigits) {
        return new NumberStyle(Kind.CURRENCY, fractionDigits, code);
    }

    public static NumberStyle percent(int fractionDigits) {
        return new NumberStyle(Kind.PERCENT, fractionDigits, null);
    }

    public static NumberStyle compact() {
        return new NumberStyle(Kind.COMPACT, 1, null);
    }
}
