package org.resilib.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The step before an action that destroys something or cannot be undone (deleting a module, cancelling a session,
 * submitting a quiz attempt, revoking a badge or a token, removing a co-author), without JavaScript: the action's
 * form posts without {@value #FIELD}, and is answered with a page that says what will happen and whose form posts the
 * same action again with {@code confirm=yes}. Nothing is changed by the first post.
 *
 * <p>Texts are message keys ({@code author_} keys from the authoring bundle, the others from {@code msg}); the subject
 * is the item's own name, shown as it is.
 */
public record Confirmation(String questionKey, String subject, String consequenceKey, String buttonKey,
        String action, String cancelUrl, List<Field> fields) {

    /** The form field that confirms. */
    public static final String FIELD = "confirm";

    /** A form field posted again with the confirmed action. */
    public record Field(String name, String value) {
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance confirm(Confirmation page);
    }

    /** Whether the post is the confirmed one. */
    public static boolean confirmed(String confirm) {
        return "yes".equals(confirm);
    }

    /** A question for posting {@code action} again, with no fields but the CSRF token. */
    public static Confirmation of(String questionKey, String consequenceKey, String buttonKey, String action,
            String cancelUrl) {
        return new Confirmation(questionKey, null, consequenceKey, buttonKey, action, cancelUrl, List.of());
    }

    public Confirmation about(String itemName) {
        return new Confirmation(questionKey, itemName, consequenceKey, buttonKey, action, cancelUrl, fields);
    }

    /** The same question, posting this field again too (blank values are left out). */
    public Confirmation with(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value));
        return new Confirmation(questionKey, subject, consequenceKey, buttonKey, action, cancelUrl, List.copyOf(more));
    }

    /** The confirmation page (200: nothing has happened yet). */
    public Response ask() {
        return Response.ok(Templates.confirm(this)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
