package org.resilib.consult;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.resilib.GreenMailResource;

/** Questions mailed to the reference address, read from GreenMail's IMAP server as from any mail server. */
@QuarkusTest
class MailIntakeTest {

    @Inject
    MailIntake intake;

    @Inject
    Questions questions;

    private static MimeMessage mail(String from, String subject, String body, Map<String, String> headers)
            throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, GreenMailResource.REFERENCE);
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            m.setHeader(h.getKey(), h.getValue());
        }
        m.saveChanges();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            m.setHeader(h.getKey(), h.getValue());
        }
        GreenMailResource.smtp.getUserManager().getUserByEmail(GreenMailResource.REFERENCE).deliver(m);
        return m;
    }

    /** Marks everything in the mailbox unread again, as if another reader had not got to it yet. */
    private static void markAllUnread() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GreenMailResource.smtp.getImap().getPort(), GreenMailResource.REFERENCE,
                GreenMailResource.REFERENCE_PASSWORD);
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), false);
        inbox.close(false);
        store.close();
    }

    private List<Questions.Question> from(String email) {
        return questions.byEmail(email);
    }

    @Test
    void mailBecomesQuestionsRepliesFindTheirThreadAndNothingIsImportedTwice() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String reader = "wang-" + tag + "@example.org";
        mail("Wang Fang <" + reader + ">", "知网校外访问 " + tag, "我在家无法登录知网。\n\n在 2026年12月1日 10:00，某人 写道：\n> 旧的内容",
                Map.of());
        mail("Out of office <" + reader + ">", "Automatic reply " + tag, "I am away.", Map.of("Auto-Submitted",
                "auto-replied"));
        assertThat(intake.fetch()).isGreaterThanOrEqualTo(1);
        List<Questions.Question> asked = from(reader);
        assertThat(asked).hasSize(1);
        Questions.Question q = asked.get(0);
        assertThat(q.channel()).isEqualTo("mail");
        assertThat(q.language()).isEqualTo("zh-CN");
        assertThat(q.name()).isEqualTo("Wang Fang");
        assertThat(q.subject()).isEqualTo("知网校外访问 " + tag);
        assertThat(questions.thread(q.id(), true)).extracting(Questions.Message::body)
                .containsExactly("我在家无法登录知网。");

        // The private link goes back by mail, naming the question in its subject and its Message-ID.
        assertThat(GreenMailResource.waitForMail(reader, tag)).isTrue();
        MimeMessage sent = GreenMailResource.mailTo(reader, tag);
        assertThat(sent.getSubject()).contains("[#" + q.id() + "]");
        assertThat(sent.getMessageID()).startsWith("<consult-" + q.id() + "-");
        assertThat(sent.getReplyTo()[0].toString()).isEqualTo(GreenMailResource.REFERENCE);

        // Read again, by two instances at once: nothing new.
        markAllUnread();
        List<CompletableFuture<Integer>> readers = List.of(CompletableFuture.supplyAsync(intake::fetch),
                CompletableFuture.supplyAsync(intake::fetch));
        assertThat(readers.stream().mapToInt(CompletableFuture::join).sum()).isZero();
        assertThat(from(reader)).hasSize(1);

        // Replies: by the subject's token, and by In-Reply-To alone; quoted history cut off.
        mail(reader, "Re: " + sent.getSubject(), "Thanks, it works now.\n\nOn Tue, Resilib wrote:\n> Your question",
                Map.of());
        mail(reader, "Re: 知网", "One more question about Wanfang.\n> quoted", Map.of("In-Reply-To",
                sent.getMessageID()));
        // Someone else cannot add to the thread by copying the token: theirs is a new question.
        String other = "mallory-" + tag + "@example.org";
        mail(other, "Re: [#" + q.id() + "] hello", "Let me in.", Map.of());
        assertThat(intake.fetch()).isEqualTo(3);
        assertThat(questions.thread(q.id(), true)).extracting(Questions.Message::body).containsExactly(
                "我在家无法登录知网。", "Thanks, it works now.", "One more question about Wanfang.");
        assertThat(from(other)).hasSize(1).allMatch(x -> x.subject().equals("hello"));
        assertThat(from(reader)).hasSize(1);
    }

    @Test
    void theReplyTextLosesTheQuotedHistoryOfCommonMailPrograms() {
        assertThat(ReplyText.strip("Yes, please.\r\n\r\n-----Original Message-----\r\nFrom: Library")).isEqualTo(
                "Yes, please.");
        assertThat(ReplyText.strip("好的\n\n发件人: 图书馆\n发送时间: 2026")).isEqualTo("好的");
        assertThat(ReplyText.strip("Thanks\n-- \nDr. Li")).isEqualTo("Thanks");
        assertThat(ReplyText.strip("> only a quote")).isEqualTo("> only a quote");
        assertThat(ReplyText.question("Re: Your question [#42]", null, null)).hasValue(42);
        assertThat(ReplyText.question("Re: x", "<consult-7-abc@resilib>", null)).hasValue(7);
        assertThat(ReplyText.question("Re: x", "<other@example.org>", null)).isEmpty();
    }
}
