package se.stockholm.varna.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

/** UI texts: i18n/messages.properties (Swedish) and messages_en.properties. */
@Factory
class MessagesFactory {

    /** Before the framework's own (English) validation messages, so that ours win in every run. */
    @Singleton
    MessageSource messageSource() {
        return new ResourceBundleMessageSource("i18n.messages", Ordered.HIGHEST_PRECEDENCE);
    }
}
