package org.resilib.competency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void aTypedLevelIsAWholeNumberOrNothing() {
        assertThat(Levels.parse(" 3 ")).isEqualTo(3);
        assertThat(Levels.parse("x")).isNull();
        assertThat(Levels.parse("2.5")).isNull();
        assertThat(Levels.parse(null)).isNull();
    }
}
