package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The consultation service's figures over a number of weeks, for the desk and the guide's editors: questions per
 * week and category, per channel, the median times to a first response and to an answer (clock time), the READ
 * scale of answered questions, and the words askers used most. A fixed number of statements, whatever the data.
 */
@ApplicationScoped
public class ConsultReport {

    /** One week's row: its Monday and the questions per category, in {@link Category} order. */
    public record Week(LocalDate monday, List<Integer> byCategory, int total) {
    }

    /** One count under a key (a channel's message key, a READ level). */
    public record Tally(String key, int count) {
    }

    public record Report(int weeks, int questions, List<Week> byWeek, List<Integer> categoryTotals,
            List<Tally> byChannel, Duration medianFirstResponse, Duration medianAnswer, List<Tally> readScale,
            List<HotWords.Count> hotWords) {
    }

    private final EntityManager em;
    private final ServiceCalendar calendar;

    ConsultReport(EntityManager em, ServiceCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report of(int weeks, Instant now) {
        ZoneId zone = calendar.zone();
        LocalDate firstMonday = LocalDate.ofInstant(now, zone).with(DayOfWeek.MONDAY).minusWeeks(weeks - 1);
        Instant from = firstMonday.atStartOfDay(zone).toInstant();

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(date_trunc('week', created_at at time zone ?2) as"
                + " date), category, count(*) from consult_question where created_at >= ?1 group by 1, 2")
                .setParameter(1, from).setParameter(2, zone.getId()).getResultList();
        Map<LocalDate, Map<Category, Integer>> grid = new TreeMap<>();
        for (int i = 0; i < weeks; i++) {
            grid.put(firstMonday.plusWeeks(i), new EnumMap<>(Category.class));
        }
        for (Object[] r : rows) {
            LocalDate week = r[0] instanceof Date d ? d.toLocalDate() : (LocalDate) r[0];
            Category c = Category.fromKey((String) r[1]).orElse(Category.OTHER);
            grid.computeIfAbsent(week, w -> new EnumMap<>(Category.class)).merge(c, ((Number) r[2]).intValue(),
                    Integer::sum);
        }
        List<Week> byWeek = new ArrayList<>();
        int[] totals = new int[Category.values().length];
        grid.forEach((monday, counts) -> {
            List<Integer> row = new ArrayList<>();
            int sum = 0;
            for (Category c : Category.values()) {
                int n = counts.getOrDefault(c, 0);
                row.add(n);
                totals[c.ordinal()] += n;
                sum += n;
            }
            byWeek.add(new Week(monday, row, sum));
        });

        @SuppressWarnings("unchecked")
        List<Object[]> channels = em.createNativeQuery("select channel, count(*) from consult_question where"
                + " created_at >= ?1 group by 1 order by 1").setParameter(1, from).getResultList();

        Object[] medians = (Object[]) em.createNativeQuery("select count(*), percentile_cont(0.5) within group (order"
                + " by extract(epoch from q.first_response_at - q.created_at)), percentile_cont(0.5) within group"
                + " (order by extract(epoch from least(q.closed_at, (select min(e.at) from consult_event e where"
                + " e.question_id = q.id and e.kind in ('answered', 'chat_ended'))) - q.created_at)) from"
                + " consult_question q where q.created_at >= ?1").setParameter(1, from).getSingleResult();

        @SuppressWarnings("unchecked")
        List<Object[]> read = em.createNativeQuery("select read_scale, count(*) from consult_question where"
                + " created_at >= ?1 and read_scale is not null group by 1 order by 1").setParameter(1, from)
                .getResultList();
        Map<Integer, Integer> levels = new TreeMap<>();
        for (int level = 1; level <= 6; level++) {
            levels.put(level, 0);
        }
        read.forEach(r -> levels.put(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));

        @SuppressWarnings("unchecked")
        List<Object[]> texts = em.createNativeQuery("select q.subject, (select m.body from consult_message m where"
                + " m.question_id = q.id and m.from_asker order by m.id limit 1) from consult_question q where"
                + " q.created_at >= ?1 and q.anonymised_at is null order by q.id desc limit 2000")
                .setParameter(1, from).getResultList();
        List<String> words = new ArrayList<>();
        texts.forEach(t -> words.add(t[0] + " " + (t[1] == null ? "" : t[1])));

        return new Report(weeks, ((Number) medians[0]).intValue(), byWeek, Arrays.stream(totals).boxed()
                .toList(), channels.stream().map(c -> new Tally("consult_channel_" + c[0], ((Number) c[1]).intValue())).toList(),
                seconds(medians[1]), seconds(medians[2]), levels.entrySet().stream().map(e -> new Tally(
                        String.valueOf(e.getKey()), e.getValue())).toList(), HotWords.top(words, 20));
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofSeconds(Math.round(((Number) value).doubleValue()));
    }
}
