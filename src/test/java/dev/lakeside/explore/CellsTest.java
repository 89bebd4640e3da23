package dev.lakeside.explore;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {

    @Test
    void decimal_groupsThousandsAndKeepsItsScale() {
        assertThat(Cells.text(new BigDecimal("3866183.95"))).isEqualTo("3,866,183.95");
        assertThat(Cells.text(new BigDecimal("129.00"))).isEqualTo("129.00");
        assertThat(Cells.text(new BigDecimal("-1234567"))).isEqualTo("-1,234,567");
    }

    @Test
    void identifiersAndNulls_areWrittenAsTheyAre() {
        assertThat(Cells.text(100001L)).isEqualTo("100001");
        assertThat(Cells.text(null)).isEmpty();
    }
}
