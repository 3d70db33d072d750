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
 * The hash-map lookup of messages gives what the message bundles give: texts without parameters in each language and
 * for languages the bundles do not know, messages with parameters, and {@code message(key)}.
 */
@QuarkusTest
class MessageLookupTest {

    @Inject
    Engine engine;

    @Inject
    Messages messages;

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
    void messagesWithParametersAreTheBundlesInEachLanguage() throws Exception {
        int checked = 0;
        for (Class<?> bundle : new Class<?>[] {AppMessages.class, QuizMessages.class}) {
            String namespace = bundle.getAnnotation(io.quarkus.qute.i18n.MessageBundle.class).value();
            for (String tag : new String[] {"en", "zh-CN"}) {
                Object messages = tag.equals("en") ? MessageBundles.get(bundle, Localized.Literal.of("en"))
                        : MessageBundles.get(bundle);
                for (Method m : bundle.getMethods()) {
                    if (m.getParameterCount() == 0 || !m.isAnnotationPresent(Message.class)) {
                        continue;
                    }
                    Object[] args = new Object[m.getParameterCount()];
                    StringBuilder literals = new StringBuilder();
                    boolean literal = true;
                    for (int i = 0; i < args.length; i++) {
                        Class<?> type = m.getParameterTypes()[i];
                        if (type == String.class) {
                            args[i] = "text " + i;
                            literals.append(i == 0 ? "" : ", ").append("'text ").append(i).append("'");
                        } else if (type == int.class || type == Integer.class || type == long.class
                                || type == Long.class) {
                            args[i] = type == long.class || type == Long.class ? (Object) (long) (i + 7) : i + 7;
                            literals.append(i == 0 ? "" : ", ").append(i + 7);
                        } else {
                            literal = false;
                        }
                    }
                    if (!literal) {
                        continue;
                    }
                    String expression = "{" + namespace + ":" + m.getName() + "(" + literals + ").raw}";
                    assertThat(render(expression, Locale.forLanguageTag(tag))).as(expression + " in " + tag)
                            .isEqualTo(m.invoke(messages, args));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(render("{msg:signed_in_as('Ada')}", Locale.ENGLISH))
                .isEqualTo(MessageBundles.get(AppMessages.class, Localized.Literal.of("en")).signed_in_as("Ada"));
    }

    @Test
    void aKeyKnownOnlyWhenRenderingIsLookedUpToo() {
        AppMessages en = MessageBundles.get(AppMessages.class, Localized.Literal.of("en"));
        assertThat(engine.parse("{msg:message(key)}").instance().data("key", "nav_catalogue")
                .setAttribute("locale", Locale.ENGLISH).render()).isEqualTo(en.nav_catalogue());
        assertThat(engine.parse("{msg:message(key)}").instance().data("key", "nav_catalogue")
                .setAttribute("locale", Locale.forLanguageTag("zh-CN")).render())
                .isEqualTo(MessageBundles.get(AppMessages.class).nav_catalogue());
    }

    @Test
    void errorPagesKnowWhichKeysHaveAMessage() {
        assertThat(messages.has("not_found_question")).isTrue();
        assertThat(messages.has("author_translation_mismatch")).isTrue();
        assertThat(messages.has("not_found_no_such_thing")).isFalse();
    }

    @Test
    void countsAreInTheRightNumber() {
        assertThat(render("{msg:result_count(1)}", Locale.ENGLISH)).isEqualTo("1 course");
        assertThat(render("{msg:result_count(12)}", Locale.ENGLISH)).isEqualTo("12 courses");
        assertThat(render("{msg:module_count(1)}", Locale.ENGLISH)).isEqualTo("1 module");
        assertThat(render("{msg:module_count(5)}", Locale.ENGLISH)).isEqualTo("5 modules");
    }
}
