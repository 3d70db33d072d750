package org.resilib.mail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Mail of kind {@code test} for {@link OutboxTest}: to the payload's address, or a failure when it says so. */
@ApplicationScoped
public class TestRenderer implements MailRenderer {

    @Override
    public String kind() {
        return "test";
    }

    @Override
    public Optional<Mail> render(JsonNode payload) {
        if (payload.path("fail").asBoolean()) {
            throw new IllegalStateException("This message cannot be made");
        }
        if (payload.path("nothing").asBoolean()) {
            return Optional.empty();
        }
        return Optional.of(Mail.withText(payload.path("to").asText(), "Outbox test " + payload.path("n").asInt(),
                "Body " + payload.path("n").asInt()));
    }
}
