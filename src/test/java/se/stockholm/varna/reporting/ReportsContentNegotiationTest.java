package se.stockholm.varna.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;

/** JSON unless the client asks for text/csv before application/json. */
class ReportsContentNegotiationTest {

    @Test
    void csvOnlyWhenAskedForFirst() {
        assertTrue(ReportsApiController.wantsCsv(HttpRequest.GET("/").accept(new MediaType("text/csv"))));
        assertTrue(ReportsApiController.wantsCsv(
                HttpRequest.GET("/").header("Accept", "text/csv, application/json;q=0.5")));
        assertFalse(ReportsApiController.wantsCsv(HttpRequest.GET("/").accept(MediaType.APPLICATION_JSON_TYPE)));
        assertFalse(ReportsApiController.wantsCsv(HttpRequest.GET("/").header("Accept", "*/*")));
        assertFalse(ReportsApiController.wantsCsv(HttpRequest.GET("/")));
    }
}
