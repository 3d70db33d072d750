package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.resilib.web.DomainException;
import org.resilib.web.Languages;

/** The desk's saved replies: kept by any librarian, offered on every question to start a reply from. */
@ApplicationScoped
public class SavedReplies {

    /** A saved reply, in the language it is written in. */
    public record Saved(long id, String title, String body, String language) {
    }

    private final EntityManager em;

    SavedReplies(EntityManager em) {
        this.em = em;
    }

    /** All of them by title (at most 300). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Saved> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, title, body, language from consult_saved_reply order"
                + " by lower(title), id limit 300").getResultList();
        return rows.stream().map(r -> new Saved(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    @Transactional
    public long add(String title, String body, String language, long by) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw DomainException.badRequest("title", "consult_error_saved_title");
        }
        String b = DeskService.body(body);
        String lang = Languages.match(language == null ? "" : language).map(Languages::tag)
                .orElseThrow(() -> DomainException.badRequest("language", "consult_error_language"));
        return ((Number) em.createNativeQuery("insert into consult_saved_reply (title, body, language, created_by)"
                + " values (?1, ?2, ?3, ?4) returning id").setParameter(1, t).setParameter(2, b).setParameter(3, lang)
                .setParameter(4, by).getSingleResult()).longValue();
    }

    @Transactional
    public void remove(long id) {
        em.createNativeQuery("delete from consult_saved_reply where id = ?1").setParameter(1, id).executeUpdate();
    }
}
