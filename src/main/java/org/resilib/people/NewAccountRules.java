package org.resilib.people;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/**
 * What the form for a new account must satisfy: its Bean Validation constraints and the password rule, checked by
 * the service and reported together (one field alone as that field's error, several as the refusal's details).
 */
public final class NewAccountRules {

    private NewAccountRules() {
    }

    public static void check(Validator validator, Object form, String password) {
        List<Problem.FieldError> problems = new ArrayList<>();
        validator.validate(form).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage(),
                        null)));
        String passwordProblem = Passwords.problem(password);
        if (passwordProblem != null) {
            problems.add(new Problem.FieldError("password", passwordProblem, null));
        }
        if (problems.size() == 1) {
            throw DomainException.badRequest(problems.get(0).field(), problems.get(0).code());
        }
        if (!problems.isEmpty()) {
            throw new DomainException(400, problems.get(0).field(), problems.get(0).code(), problems);
        }
    }
}
