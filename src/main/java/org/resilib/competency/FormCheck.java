package org.resilib.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.resilib.web.DomainException;

/**
 * Runs a form record's Bean Validation constraints where the service runs its rules, and raises the first broken one
 * (in the order the record declares its fields) as a field error, so forms and problems report it alike.
 */
@ApplicationScoped
public class FormCheck {

    private final Validator validator;

    FormCheck(Validator validator) {
        this.validator = validator;
    }

    public void require(Record form) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
        validator.validate(form).stream()
                .min(Comparator.comparingInt((ConstraintViolation<Record> v) -> order.indexOf(field(v))))
                .ifPresent(v -> {
                    throw DomainException.badRequest(field(v), v.getMessage());
                });
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
