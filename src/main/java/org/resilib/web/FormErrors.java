package org.resilib.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Field name to message key, for re-rendering a form with its errors. */
public final class FormErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations) {
        FormErrors e = new FormErrors();
        violations.forEach(v -> {
            String path = v.getPropertyPath().toString();
            e.add(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        });
        return e;
    }

    /**
     * The field errors a service raised, to re-render the form with them: each item of the refusal's details, or
     * its one field; empty when it names no field.
     */
    public static FormErrors of(DomainException e) {
        FormErrors errors = new FormErrors();
        if (e.details() != null) {
            e.details().stream().filter(d -> d.field() != null).forEach(d -> errors.add(d.field(), d.code()));
        }
        if (errors.isEmpty() && e.field() != null) {
            errors.add(e.field(), e.messageKey());
        }
        return errors;
    }

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** The message key for the field, or null. */
    public String get(String field) {
        return errors.get(field);
    }

    public Map<String, String> getAll() {
        return errors;
    }
}
