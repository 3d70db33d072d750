package org.resilib.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns refusals into a friendly page for browsers and an RFC 9457 problem for the API. Never shows an exception
 * class or a stack trace to a client.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private final RequestLocale locale;
    private final Messages messages;

    ErrorMapper(RequestLocale locale, Messages messages) {
        this.locale = locale;
        this.messages = messages;
    }

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(int status, String titleKey, String messageKey, String field);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        if (e.details() != null && isApi(uri, headers)) {
            return problem(e.status(), e.field(), e.messageKey(), uri, e.details());
        }
        return respond(e.status(), e.field(), e.messageKey(), uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, null, "forbidden_role", uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        if (isApi(uri, headers)) {
            return respond(401, null, "sign_in_required", uri, headers);
        }
        String target = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(target,
                StandardCharsets.UTF_8))).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    String field = path.substring(path.lastIndexOf('.') + 1);
                    return new Problem.FieldError(field, v.getMessage(), messages.get(v.getMessage(), locale.get()));
                }).toList();
        String field = errors.isEmpty() ? null : errors.get(0).field();
        if (isApi(uri, headers)) {
            return problem(400, field, "invalid_input", uri, errors);
        }
        return page(400, field, "invalid_input");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            return e.getResponse();
        }
        String key = e instanceof NotFoundException ? "not_found"
                : e instanceof NotAllowedException ? "method_not_allowed"
                : e instanceof NotSupportedException ? "unsupported_media_type"
                : status == 403 ? "forbidden"
                : status < 500 ? "invalid_input" : "server_error";
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getRequestUri().getPath(), e);
        }
        return respond(status, null, key, uri, headers);
    }

    /**
     * PostgreSQL's "data exception" class (SQLSTATE 22: a NUL character, an invalid byte sequence, a value out of
     * range) is always about input the client sent: a 400, never a 500.
     */
    @ServerExceptionMapper
    public Response data(DataException e, UriInfo uri, HttpHeaders headers) {
        String state = e.getSQLState();
        if (state == null || !state.startsWith("22")) {
            return unexpected(e, uri, headers);
        }
        LOG.debugf("Refused input on %s: %s", uri.getRequestUri().getPath(), e.getSQLException().getMessage());
        return respond(400, null, "invalid_input", uri, headers);
    }

    /**
     * Anything else is a 500, except a database that cannot be reached (restarting, failing over, out of
     * connections): that is a 503 with {@code Retry-After}, which clients and load balancers treat as passing.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getRequestUri().getPath(), DatabaseUnavailable.why(e));
            return Response.fromResponse(respond(503, null, "service_unavailable", uri, headers))
                    .header("Retry-After", "5").build();
        }
        LOG.error("Unexpected error on " + uri.getRequestUri().getPath(), e);
        return respond(500, null, "server_error", uri, headers);
    }

    private Response respond(int status, String field, String key, UriInfo uri, HttpHeaders headers) {
        if (!messages.has(key)) {
            // A code path named a message that does not exist: the person still gets the right status, in words.
            LOG.warnf("No message for %s (status %d on %s)", key, status, uri.getRequestUri().getPath());
            key = status == 404 ? "not_found" : status == 403 ? "forbidden" : status == 401 ? "sign_in_required"
                    : status == 503 ? "service_unavailable" : status < 500 ? "invalid_input" : "server_error";
        }
        if (isApi(uri, headers)) {
            List<Problem.FieldError> errors = field == null ? null
                    : List.of(new Problem.FieldError(field, key, messages.get(key, locale.get())));
            return problem(status, field, key, uri, errors);
        }
        return page(status, field, key);
    }

    private Response problem(int status, String field, String key, UriInfo uri, List<Problem.FieldError> errors) {
        Locale l = locale.get();
        String title = messages.get("error_title_" + status, l);
        String detail = messages.get(key, l);
        if (field != null && (errors == null || errors.isEmpty())) {
            errors = List.of(new Problem.FieldError(field, key, detail));
        } else if (errors != null) {
            errors = errors.stream().map(e -> e.message() != null ? e
                    : new Problem.FieldError(e.field(), e.code(), messages.get(e.code(), l))).toList();
        }
        Problem p = new Problem("https://resilib.org/problems/" + key.replace('_', '-'), title, status, detail,
                uri.getRequestUri().getPath(), key, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private Response page(int status, String field, String key) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, "error_title_" + status, key, field)).build();
    }

    static boolean isApi(UriInfo uri, HttpHeaders headers) {
        if (uri.getRequestUri().getPath().startsWith("/api/")) {
            return true;
        }
        List<MediaType> accept = headers.getAcceptableMediaTypes();
        return !accept.isEmpty() && !accept.get(0).isWildcardType()
                && (accept.get(0).isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || accept.get(0).toString().equals(Problem.MEDIA_TYPE));
    }
}
