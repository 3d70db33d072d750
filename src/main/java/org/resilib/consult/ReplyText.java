package org.resilib.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a mailed reply adds: the text above the quoted history that mail programs append ("&gt;" lines, "On ...
 * wrote:", "在 ... 写道：", Outlook's "-----Original Message-----" or "From:" block, a signature's "-- " line), and the
 * question a mail belongs to, by the [#id] token Resilib puts in its subjects or the Message-ID it sent.
 */
public final class ReplyText {

    private static final Pattern SUBJECT_TOKEN = Pattern.compile("\\[#(\\d{1,18})]");
    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<consult-(\\d{1,18})-[^>@]*@");
    private static final List<Pattern> HISTORY = List.of(
            Pattern.compile("^On .{0,200}wrote:\\s*$"),
            Pattern.compile("^.{0,80}\\d{4}.{0,120}(写道|寫道)[:：]\\s*$"),
            Pattern.compile("^在.{0,200}(写道|寫道)[:：]?\\s*$"),
            Pattern.compile("^-{2,}\\s*(Original Message|原始邮件|原始郵件)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(From|发件人|寄件者)\\s*[:：].*$"),
            Pattern.compile("^_{10,}\\s*$"),
            Pattern.compile("^--$"));

    private ReplyText() {
    }

    /** The new text of a reply, without the quoted history below it; the whole text when nothing new is found. */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String plain = line.stripTrailing();
            if (plain.startsWith(">")) {
                continue;
            }
            if (HISTORY.stream().anyMatch(p -> p.matcher(plain).matches())) {
                break;
            }
            kept.add(plain);
        }
        String result = String.join("\n", kept).strip();
        return result.isEmpty() ? text.strip() : result;
    }

    /** The question named by the subject's token or by a Message-ID Resilib sent (In-Reply-To, References). */
    public static OptionalLong question(String subject, String inReplyTo, String references) {
        for (String header : new String[] {inReplyTo, references}) {
            if (header != null) {
                Matcher m = OUR_MESSAGE_ID.matcher(header);
                if (m.find()) {
                    return OptionalLong.of(Long.parseLong(m.group(1)));
                }
            }
        }
        if (subject != null) {
            Matcher m = SUBJECT_TOKEN.matcher(subject);
            if (m.find()) {
                return OptionalLong.of(Long.parseLong(m.group(1)));
            }
        }
        return OptionalLong.empty();
    }

    /** The subject token for a question: [#id]. */
    public static String token(long questionId) {
        return "[#" + questionId + "]";
    }
}
