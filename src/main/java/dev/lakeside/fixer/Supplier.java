package dev.lakeside.fixer;

/** A supplier row as the fixer shows it. */
record Supplier(long id, String name, String countryCode, String city) {

    boolean hasValidCountryCode() {
        return CountryCodes.isValid(countryCode);
    }
}
