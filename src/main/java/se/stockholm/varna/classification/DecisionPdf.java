package se.stockholm.varna.classification;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The klassningsbeslut as PDF: the same Thymeleaf fragment as the printable page, in a strict XHTML
 * wrapper (decision-pdf.html) that openhtmltopdf can parse.
 */
@Singleton
class DecisionPdf {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> pages;

    DecisionPdf(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> pages) {
        this.pages = pages;
    }

    byte[] render(Map<String, Object> model, HttpRequest<?> request) {
        var page = pages.render(new ModelAndView<>("classification/decision-pdf", model), request, MediaType.TEXT_HTML)
                .orElseThrow(() -> new IllegalStateException("no renderer for classification/decision-pdf"));
        try {
            StringWriter html = new StringWriter();
            page.writeTo(html);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html.toString(), null)
                    .toStream(pdf)
                    .run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
