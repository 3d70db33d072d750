package org.resilib.web;

import java.util.List;

/**
 * A refusal the user can understand: the HTTP status, the form field or parameter at fault (may be null) and a
 * message key of the bundle. Rendered as an error page or an RFC 9457 problem by {@link ErrorMapper}.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String field;
    private final String messageKey;
    private final List<Problem.FieldError> details;

    public DomainException(int status, String field, String messageKey) {
        this(status, field, messageKey, null);
    }

    /** A refusal with item-level details (for example each problem in an uploaded file, with its path and line). */
    public DomainException(int status, String field, String messageKey, List<Problem.FieldError> details) {
        super(messageKey + (field == null ? "" : " (" + field + ")"), null, false, false);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.details = details;
    }

    public List<Problem.FieldError> details() {
        return details;
    }

    public static DomainException badRequest(String field, String messageKey) {
        return new DomainException(400, field, messageKey);
    }

    public static DomainException conflict(String field, String messageKey) {
        return new DomainException(409, field, messageKey);
    }

    public static DomainException notFound(String what) {
        return new DomainException(404, null, "not_found_" + what);
    }

    public static DomainException forbidden(String messageKey) {
        return new DomainException(403, null, messageKey);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
