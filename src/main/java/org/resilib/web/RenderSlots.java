package org.resilib.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * The personal values of a page while {@link PersonalPages} renders it to be shared: the viewer's name and the CSRF
 * token are written as markers then, which the shared render keeps as holes that each request fills with its own.
 * Outside such a render the values themselves are written.
 */
@RequestScoped
public class RenderSlots {

    private boolean shared;

    /** The viewer's name as the page writes it: the name, or the marker for it in a shared render. */
    public String name(String name) {
        return shared ? PersonalPages.marker(PersonalPages.Slot.NAME) : name;
    }

    /** The CSRF token as the page writes it: the token, or the marker for it in a shared render. */
    String csrfToken(Supplier<String> token) {
        return shared ? PersonalPages.marker(PersonalPages.Slot.CSRF) : token.get();
    }

    void shared(boolean shared) {
        this.shared = shared;
    }
}
