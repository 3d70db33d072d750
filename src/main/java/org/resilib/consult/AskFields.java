package org.resilib.consult;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * What the ask form posts, to {@code /ask} (a question) or to {@code /chat} (the same words as a chat), with its
 * honeypot: a field people do not see.
 */
public class AskFields {

    @RestForm
    public String category;

    @RestForm
    public String subject;

    @RestForm
    public String body;

    @RestForm
    public String email;

    @RestForm
    public String name;

    @RestForm
    public String website;

    @RestForm("attachment")
    public FileUpload attachment;

    public AskService.AskForm form() {
        return new AskService.AskForm(category, subject, body, email, name);
    }

    /** Filled in by a script, not a person: it is told the same as a person, and nothing is kept. */
    public boolean trapped() {
        return website != null && !website.isBlank();
    }
}
