package org.resilib.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.resilib.web.DomainException;

class FormCheckTest {

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private final FormCheck check = new FormCheck(FACTORY.getValidator());

    record Form(@NotBlank(message = "required") String name, @Size(max = 3, message = "too_long") String note) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aValidFormPasses() {
        check.require(new Form("a", "abc"));
        check.require(new WorkSampleForm("NM.VIDEO", "https://x", null));
    }

    @Test
    void theFirstBrokenFieldInDeclarationOrderIsRaisedWithItsKey() {
        assertThatThrownBy(() -> check.require(new Form(" ", "abcd"))).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("required");
                });
        assertThatThrownBy(() -> check.require(new AssessmentForm("NM.VIDEO", 2, "x".repeat(2001))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("note");
                    assertThat(e.messageKey()).isEqualTo("too_long");
                });
    }
}
