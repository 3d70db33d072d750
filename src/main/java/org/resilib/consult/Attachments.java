package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.resilib.upload.Upload;
import org.resilib.web.DomainException;

/**
 * Files askers send with a question: checked as authors' uploads are (kind by first bytes and extension together,
 * size), kept in the database with the question, and served only as downloads to whoever may read the question.
 */
@ApplicationScoped
public class Attachments {

    /** An attachment as listed. */
    public record Attachment(long id, String fileName, String contentType, int size) {
        /** The size for people: kilobytes, at least 1. */
        public String kilobytes() {
            return String.valueOf(Math.max(1, (size + 1023) / 1024));
        }
    }

    /** An attachment with its bytes, to download. */
    public record File(String fileName, String contentType, byte[] data) {
    }

    private final EntityManager em;

    Attachments(EntityManager em) {
        this.em = em;
    }

    /** Checks an uploaded file; 400 naming {@code attachment} when it cannot be taken. */
    public static Upload check(String fileName, Path file) {
        try {
            return Upload.of(fileName, file);
        } catch (Upload.Refused e) {
            throw DomainException.badRequest("attachment", switch (e.reason()) {
                case EMPTY -> "consult_error_attachment_empty";
                case TOO_LARGE -> "consult_error_attachment_too_large";
                case TYPE -> "consult_error_attachment_type";
            });
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void add(long questionId, Upload upload) {
        em.createNativeQuery("insert into consult_attachment (question_id, file_name, content_type, size, data) values"
                + " (?1, ?2, ?3, ?4, ?5)").setParameter(1, questionId).setParameter(2, upload.name())
                .setParameter(3, upload.kind().contentType).setParameter(4, upload.data().length)
                .setParameter(5, upload.data()).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> of(long questionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, file_name, content_type, size from consult_attachment"
                + " where question_id = ?1 order by id").setParameter(1, questionId).getResultList();
        return rows.stream().map(r -> new Attachment(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<File> file(long questionId, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select file_name, content_type, data from consult_attachment where"
                + " id = ?1 and question_id = ?2").setParameter(1, id).setParameter(2, questionId).getResultList();
        return rows.stream().findFirst().map(r -> new File((String) r[0], (String) r[1], (byte[]) r[2]));
    }
}
