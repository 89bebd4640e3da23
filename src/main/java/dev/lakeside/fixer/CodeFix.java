package dev.lakeside.fixer;

/** The form's working copy of the one editable value; bound by a buffered Binder. */
class CodeFix {

    private String countryCode;

    CodeFix(String countryCode) {
        this.countryCode = countryCode;
    }

    String getCountryCode() {
        return countryCode;
    }

    void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }
}
