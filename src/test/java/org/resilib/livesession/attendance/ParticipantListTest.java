package org.resilib.livesession.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantListTest {

    @Test
    void zoomExportsAreReadByTheirHeaders() {
        List<ParticipantList.Participant> people = ParticipantList.parse("\uFEFFName (Original Name),User Email,"
                + "Duration (Minutes)\nAlpha (Alpha),alpha@example.edu,60\n,,\nBeta,,30\n").participants();
        assertThat(people).extracting(ParticipantList.Participant::name).containsExactly("Alpha", "Beta");
        assertThat(people).extracting(ParticipantList.Participant::email).containsExactly("alpha@example.edu", null);
    }

    @Test
    void tencentMeetingExportsHaveChineseHeaders() {
        List<ParticipantList.Participant> people = ParticipantList.parse("用户昵称,邮箱,入会时间\n张三,zhang@example.edu,"
                + "10:00\n").participants();
        assertThat(people).containsExactly(new ParticipantList.Participant("张三", "zhang@example.edu",
                "张三,zhang@example.edu,10:00"));
    }

    @Test
    void withoutKnownHeadersTheFirstColumnIsTheName() {
        assertThat(ParticipantList.parse("who,when\nAlpha,10:00\n").participants())
                .extracting(ParticipantList.Participant::name).containsExactly("Alpha");
    }
}
