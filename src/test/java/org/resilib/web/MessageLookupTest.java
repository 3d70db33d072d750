package org.resilib.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.resilib.quiz.QuizMessages;

/**
 * The hash-map lookup of texts without parameters gives what the message bundles give, in each language and for
 * languages they do not know, and leaves messages with parameters to the bundles.
 */
@QuarkusTest
class MessageLookupTest {

    @Inject
    Engine engine;

    private String render(String template, Object locale) {
        return engine.parse(template).instance().setAttribute("locale", locale).render();
    }

    @Test
    void everyTextWithoutParametersIsTheBundlesInEachLanguage() throws Exception {
        int checked = 0;
        for (Class<?> bundle : new Class<?>[] {AppMessages.class, QuizMessages.class}) {
            String namespace = bundle.getAnnotation(io.quarkus.qute.i18n.MessageBundle.class).value();
            Object zh = MessageBundles.get(bundle);
            Object en = MessageBundles.get(bundle, Localized.Literal.of("en"));
            for (Method m : bundle.getMethods()) {
                if (m.getParameterCount() != 0 || !m.isAnnotationPresent(Message.class)) {
                    continue;
                }
                String expression = "{" + namespace + ":" + m.getName() + ".raw}";
                assertThat(render(expression, Locale.forLanguageTag("en"))).isEqualTo(m.invoke(en));
                assertThat(render(expression, "en")).isEqualTo(m.invoke(en));
                assertThat(render(expression, Locale.forLanguageTag("en-GB"))).isEqualTo(m.invoke(en));
                assertThat(render(expression, Locale.forLanguageTag("zh-CN"))).isEqualTo(m.invoke(zh));
                assertThat(render(expression, Locale.forLanguageTag("fr"))).isEqualTo(m.invoke(zh));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(render("{msg:nav_catalogue}", Locale.ENGLISH)).isNotEqualTo(render("{msg:nav_catalogue}",
                Locale.forLanguageTag("zh-CN")));
    }

    @Test
    void messagesWithParametersStillGoToTheBundle() {
        assertThat(render("{msg:signed_in_as('Ada')}", Locale.ENGLISH))
                .isEqualTo(MessageBundles.get(AppMessages.class, Localized.Literal.of("en")).signed_in_as("Ada"));
    }
}
