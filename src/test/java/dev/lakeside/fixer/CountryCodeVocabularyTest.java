package dev.lakeside.fixer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodeVocabularyTest {

    private final CountryCodeVocabulary codes = new CountryCodeVocabulary();

    @Test
    void brokenPolishCodesFromTheDemoData_allMeanPl() {
        for (String broken : new String[]{"Poland", "Plnd", "pl ", "POL", "Polen", "Polska", "Pologne", "polnd"}) {
            assertThat(codes.suggest(broken)).as(broken).contains("PL");
        }
    }

    @Test
    void namesAndAlpha3InOtherLanguages_mapToTheirCodes() {
        assertThat(codes.suggest("Deutschland")).contains("DE");
        assertThat(codes.suggest("DEU")).contains("DE");
        assertThat(codes.suggest("Germny")).contains("DE");
        assertThat(codes.suggest("Österreich")).contains("AT");
        assertThat(codes.suggest("United Kingdom")).contains("GB");
    }

    @Test
    void nothingLikely_noSuggestion() {
        assertThat(codes.suggest("")).isEqualTo(Optional.empty());
        assertThat(codes.suggest("Xqzzy")).isEmpty();
        assertThat(codes.suggest("'; DROP TABLE x; --")).isEmpty();
    }

    @Test
    void describe_namesValidCodes_leavesOthersAlone() {
        assertThat(codes.describe("PL")).isEqualTo("PL (Poland)");
        assertThat(codes.describe("Plnd")).isEqualTo("Plnd");
        assertThat(codes.describe(null)).isNull();
    }

    @Test
    void normalize_trimsAndUpperCases_validCodesOnly() {
        assertThat(codes.normalize(" pl ")).isEqualTo("PL");
        assertThat(codes.allowedValues()).contains("PL", "DE").doesNotContain("POL", "Plnd");
    }
}
