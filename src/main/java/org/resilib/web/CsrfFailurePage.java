package org.resilib.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * quarkus-rest-csrf refuses a form without a valid token with an empty 400. This gives that refusal a page saying
 * what happened and what to do (reload the form), in the reader's language. Every other 400 of the application
 * carries its own page or problem, so an empty 400 on a form post is the CSRF check's.
 */
public class CsrfFailurePage {

    private final RequestLocale locale;

    CsrfFailurePage(RequestLocale locale) {
        this.locale = locale;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || "GET".equals(request.getMethod())
                || request.getMediaType() == null) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean form = type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (!form) {
            return;
        }
        response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.setEntity(ErrorMapper.Templates.page(400, "error_title_400", "csrf_failed", null)
                .setLocale(locale.get()));
    }
}
