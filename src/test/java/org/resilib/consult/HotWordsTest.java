package org.resilib.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hot-topics words: English as written, Chinese by two-character pieces, each text counted once. */
class HotWordsTest {

    @Test
    void countsEachWordOncePerTextInBothLanguages() {
        List<HotWords.Count> top = HotWords.top(List.of("如何在校外访问知网？", "校外访问知网要VPN吗", "CNKI off campus, CNKI VPN",
                "VPN for the CNKI database", "请问图书馆几点开门"), 10);
        assertThat(top).extracting(HotWords.Count::word).startsWith("vpn").contains("知网", "校外", "访问", "cnki");
        assertThat(top.get(0).texts()).isEqualTo(3);
        assertThat(top).extracting(HotWords.Count::word).doesNotContain("the", "请问", "开门");
        assertThat(HotWords.words("CNKI CNKI cnki")).containsExactly("cnki");
    }
}
