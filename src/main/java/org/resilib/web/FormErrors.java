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
