package org.resilib.quiz.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

    @Test
    void itemStatisticsFollowMoodleDefinitions() {
        List<ItemStatistics.Score> scores = List.of(
                new ItemStatistics.Score(1, 10, 1, 1), new ItemStatistics.Score(1, 11, 1, 1),
                new ItemStatistics.Score(2, 10, 1, 1), new ItemStatistics.Score(2, 11, 0, 1),
                new ItemStatistics.Score(3, 10, 0, 1), new ItemStatistics.Score(3, 11, 0, 1),
                new ItemStatistics.Score(4, 10, 0, 1), new ItemStatistics.Score(4, 11, 1, 1));
        List<ItemStatistics.Item> items = ItemStatistics.compute(scores);
        assertThat(items).extracting(ItemStatistics.Item::facility).containsExactly(50.0, 50.0);
        // question 10 against the rest (question 11): (1,1) (1,0) (0,0) (0,1) → no correlation
        assertThat(items.get(0).discrimination()).isEqualTo(0.0);
        assertThat(ItemStatistics.compute(List.of(new ItemStatistics.Score(1, 10, 1, 1))).get(0).discrimination())
                .isNull();
    }
}
