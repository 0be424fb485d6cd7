package se.stockholm.varna.testsupport;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.views.thymeleaf.EngineContextFactory;
import io.micronaut.views.thymeleaf.LinkBuilder;
import io.micronaut.views.thymeleaf.MessageSourceMessageResolver;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The page templates as the application renders them (views/, the application's messages and link
 * builder), without a server: for *TemplatesTest, which catch a template error that would otherwise
 * hang a request (micronaut-views #832).
 */
public final class Templates {

    private Templates() {}

    public static TemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("views/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new LinkBuilder(new HttpServerConfiguration()));
        engine.setEngineContextFactory(new EngineContextFactory());
        engine.setMessageResolver(new MessageSourceMessageResolver(new ResourceBundleMessageSource("i18n.messages")));
        return engine;
    }
}
