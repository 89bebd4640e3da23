package dev.lakeside.annotate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement figures checked against worked examples from the literature. */
class AgreementTest {

    /**
     * Cohen's example as taught (Wikipedia, "Cohen's kappa"): 50 proposals, A and B both yes 20,
     * A yes B no 5, A no B yes 10, both no 15. p_o = 0.7, p_e = 0.5, kappa = 0.4.
     */
    @Test
    void cohensKappa_textbookYesNoTable_isPointFour() {
        List<Agreement.Rating> ratings = new ArrayList<>();
        addPairs(ratings, 20, "yes", "yes");
        addPairs(ratings, 5, "yes", "no");
        addPairs(ratings, 10, "no", "yes");
        addPairs(ratings, 15, "no", "no");

        Agreement.Report report = Agreement.of(ratings);

        assertThat(report.items()).isEqualTo(50);
        assertThat(report.annotators()).isEqualTo(2);
        assertThat(report.percentAgreement().getAsDouble()).isCloseTo(0.7, within(1e-9));
        assertThat(report.cohensKappa().getAsDouble()).isCloseTo(0.4, within(1e-9));
    }

    /**
     * Fleiss' worked example (Wikipedia, "Fleiss' kappa"): 10 subjects, 14 raters, 5 categories;
     * P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
     */
    @Test
    void fleissKappa_textbookFourteenRaters_isPointTwoOne() {
        int[][] table = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

        assertThat(Agreement.fleissKappa(table).getAsDouble()).isCloseTo(0.210, within(0.0005));
    }

    @Test
    void report_threeAnnotatorsOverlapTwo_usesFleissNotCohen() {
        List<Agreement.Rating> ratings = List.of(
                new Agreement.Rating("1", "ada", "pos"), new Agreement.Rating("1", "bob", "pos"),
                new Agreement.Rating("2", "bob", "neg"), new Agreement.Rating("2", "cy", "pos"),
                new Agreement.Rating("3", "ada", "neg"), new Agreement.Rating("3", "cy", "neg"),
                new Agreement.Rating("4", "ada", "pos"));

        Agreement.Report report = Agreement.of(ratings);

        assertThat(report.items()).isEqualTo(3);
        assertThat(report.cohensKappa()).isEmpty();
        assertThat(report.percentAgreement().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        // Pooled shares pos 3/6, neg 3/6 -> P_e = 0.5; P-bar = (1 + 0 + 1) / 3 -> kappa = 1/3.
        assertThat(report.fleissKappa().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
    }

    private static void addPairs(List<Agreement.Rating> ratings, int count, String a, String b) {
        for (int i = 0; i < count; i++) {
            String item = a + b + i;
            ratings.add(new Agreement.Rating(item, "A", a));
            ratings.add(new Agreement.Rating(item, "B", b));
        }
    }
}
