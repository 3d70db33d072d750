package org.resilib.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.Results;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;

/**
 * Messages ({@code {msg:nav_catalogue}}, {@code {msg:minutes(card.minutes)}}, {@code {msg:message(key)}}, and the
 * same in every other bundle's namespace) looked up in hash maps per language, ahead of the resolvers Qute generates
 * for message bundles.
 *
 * <p>Those compare the key with each message name of the bundle in turn, so with a few hundred messages a page that
 * shows a hundred of them spends a fifth of its time comparing strings (the page benchmark's profile of the
 * signed-in pages). A text without parameters is a constant per language, so it is read once from the bundle and
 * kept; a message with parameters is the bundle's method, found by name and called on the language's bundle with the
 * evaluated parameters; {@code message(key)} is the text of the key. Languages the bundles do not know, keys with
 * parameters given to {@code message}, arguments the method does not take and anything unexpected are left to the
 * generated resolvers (this one answers "not found"), which pick the language the same way: the template's
 * {@code locale} attribute, then the selected variant's, then the bundle's default; a tag, then its language alone.
 */
@ApplicationScoped
public class MessageLookup {

    /** Above the generated bundle resolvers (which have the default priority). */
    static final int PRIORITY = 10;

    /** The method every bundle has for a key known only when rendering: {@code {msg:message(key)}}. */
    static final String MESSAGE = "message";

    private final Map<String, Texts> byNamespace = new ConcurrentHashMap<>();

    void addResolvers(@Observes EngineBuilder builder) {
        for (Class<?> bundle : bundleInterfaces()) {
            MessageBundle annotation = bundle.getAnnotation(MessageBundle.class);
            String namespace = annotation.value().isEmpty() ? MessageBundle.DEFAULT_NAME : annotation.value();
            Texts texts = new Texts(bundle, annotation.locale());
            if (byNamespace.putIfAbsent(namespace, texts) == null) {
                builder.addNamespaceResolver(NamespaceResolver.builder(namespace).priority(PRIORITY)
                        .resolveAsync(texts::resolve).build());
            }
        }
    }

    /** The message bundle interfaces among the beans (each bundle and each translation is one). */
    private static Set<Class<?>> bundleInterfaces() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (java.lang.reflect.Type type : bean.getTypes()) {
                if (type instanceof Class<?> c && c.isInterface() && c.isAnnotationPresent(MessageBundle.class)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** One bundle's texts without parameters, per language tag, read on first use. */
    static final class Texts {
        private final Class<?> bundle;
        private final String defaultTag;
        private final Map<String, Map<String, String>> byTag = new ConcurrentHashMap<>();
        private final Map<String, Object> instances = new ConcurrentHashMap<>();
        private final Map<String, Method> withParameters = new HashMap<>();

        Texts(Class<?> bundle, String defaultLocale) {
            this.bundle = bundle;
            this.defaultTag = defaultLocale == null || defaultLocale.isEmpty() || MessageBundle.DEFAULT_LOCALE
                    .equals(defaultLocale) ? null : defaultLocale;
            for (Method method : bundle.getMethods()) {
                if (method.getParameterCount() > 0 && method.getReturnType() == String.class
                        && method.isAnnotationPresent(Message.class) && !Modifier.isStatic(method.getModifiers())) {
                    withParameters.put(method.getName(), method);
                }
            }
        }

        CompletionStage<Object> resolve(EvalContext ctx) {
            if (defaultTag == null) {
                return Results.notFound(ctx);
            }
            Object locale = ctx.getAttribute(MessageBundles.ATTRIBUTE_LOCALE);
            if (locale == null && ctx.getAttribute("selectedVariant") instanceof Variant variant) {
                locale = variant.getLocale();
            }
            String tag = locale == null ? defaultTag : tagFor(locale);
            Map<String, String> texts = texts(tag);
            if (texts == null) {
                return Results.notFound(ctx);
            }
            if (ctx.getParams().isEmpty()) {
                String text = texts.get(ctx.getName());
                return text == null ? Results.notFound(ctx) : CompletedStage.of(text);
            }
            if (MESSAGE.equals(ctx.getName()) && ctx.getParams().size() == 1 && !withParameters.containsKey(MESSAGE)) {
                return ctx.evaluate(ctx.getParams().get(0)).thenCompose(key -> {
                    String text = key == null ? null : texts.get(key.toString());
                    return text == null ? Results.notFound(ctx) : CompletedStage.of(text);
                });
            }
            Method method = withParameters.get(ctx.getName());
            Object messages = instances.get(tag);
            if (method == null || messages == null || method.getParameterCount() != ctx.getParams().size()) {
                return Results.notFound(ctx);
            }
            return evaluate(ctx, 0, new Object[method.getParameterCount()]).thenCompose(args -> {
                try {
                    return CompletedStage.of(method.invoke(messages, args));
                } catch (IllegalArgumentException | IllegalAccessException e) {
                    return Results.notFound(ctx); // arguments of other types: the generated resolver decides
                } catch (InvocationTargetException e) {
                    return CompletedStage.failure(e.getCause());
                }
            });
        }

        private static CompletionStage<Object[]> evaluate(EvalContext ctx, int from, Object[] args) {
            if (from == args.length) {
                return CompletedStage.of(args);
            }
            return ctx.evaluate(ctx.getParams().get(from)).thenCompose(value -> {
                args[from] = value;
                return evaluate(ctx, from + 1, args);
            });
        }

        /** The tag whose texts serve this locale: the tag, else its language alone, else the bundle's default. */
        private String tagFor(Object locale) {
            String tag = locale instanceof Locale l ? l.toLanguageTag() : locale.toString();
            if (texts(tag) != null) {
                return tag;
            }
            if (locale instanceof Locale l && texts(l.getLanguage()) != null) {
                return l.getLanguage();
            }
            return defaultTag;
        }

        /** The texts for exactly this tag, or null when the bundle has no translation for it. */
        Map<String, String> texts(String tag) {
            Map<String, String> known = byTag.get(tag);
            if (known != null) {
                return known.isEmpty() ? null : known;
            }
            Map<String, String> read = read(tag);
            byTag.put(tag, read);
            return read.isEmpty() ? null : read;
        }

        private Map<String, String> read(String tag) {
            Object messages;
            try {
                messages = tag.equals(defaultTag) ? MessageBundles.get(bundle)
                        : MessageBundles.get(bundle, Localized.Literal.of(tag));
            } catch (RuntimeException e) {
                return Map.of(); // no translation for this tag: the generated resolver decides
            }
            if (messages == null) {
                return Map.of();
            }
            instances.put(tag, messages);
            Map<String, String> texts = new HashMap<>();
            for (Method method : bundle.getMethods()) {
                if (method.getParameterCount() == 0 && method.getReturnType() == String.class
                        && method.isAnnotationPresent(Message.class) && !Modifier.isStatic(method.getModifiers())) {
                    try {
                        texts.put(method.getName(), (String) method.invoke(messages));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        // left to the generated resolver
                    }
                }
            }
            return Map.copyOf(texts);
        }
    }
}
