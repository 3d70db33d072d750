package org.resilib.consult;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words askers use most, for the hot-topics report. Latin-script words of three letters or more count as
 * written (lower case, common English words left out); Chinese has no spaces, so each run of Han characters counts
 * by its two-character pieces (most Chinese words are two characters), common function pieces left out. Each text
 * counts a word once, so one long message does not outweigh many short questions.
 */
public final class HotWords {

    /** A word and the number of texts it is in. */
    public record Count(String word, int texts) {
    }

    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}\\p{Nd}'-]{2,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}{2,}");
    private static final Set<String> STOP = Set.of("the", "and", "for", "you", "can", "how", "what", "with", "from",
            "this", "that", "are", "have", "not", "but", "there", "where", "when", "which", "your", "our", "any",
            "does", "did", "was", "were", "will", "would", "could", "should", "about", "into", "get", "use", "please",
            "thanks", "thank", "hello", "dear", "some", "also", "just", "like", "want", "need", "help", "library",
            "它们", "我们", "你们", "他们", "请问", "谢谢", "什么", "怎么", "如何", "可以", "是否", "一下", "这个", "那个",
            "没有", "已经", "能否", "不能", "您好", "你好", "图书", "书馆");

    private HotWords() {
    }

    /** The words of one text as counted here (lower case; Chinese by two-character pieces; no common words). */
    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        Matcher latin = LATIN.matcher(text.toLowerCase(Locale.ROOT));
        while (latin.find()) {
            words.add(latin.group());
        }
        Matcher han = HAN.matcher(text);
        while (han.find()) {
            int[] cps = han.group().codePoints().toArray();
            for (int i = 0; i + 1 < cps.length; i++) {
                words.add(new String(cps, i, 2));
            }
        }
        words.removeAll(STOP);
        return words;
    }

    /** The {@code limit} words in most texts (at least two), most first, ties in alphabetical order. */
    public static List<Count> top(List<String> texts, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            words(text).forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
