package dev.lakeside.fixer;

/**
 * What the user is looking for.
 *
 * @param nameContains      text the supplier name contains, ignoring case; blank for all
 * @param onlyInvalidCodes  only suppliers whose country code is not a valid ISO code
 */
record SupplierSearch(String nameContains, boolean onlyInvalidCodes) {

    static SupplierSearch all() {
        return new SupplierSearch("", false);
    }
}
