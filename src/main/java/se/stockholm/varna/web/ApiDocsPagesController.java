package se.stockholm.varna.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Map;

/** A browsable page of the HTTP contract, rendered on the server from openapi/varna.yaml. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class ApiDocsPagesController {

    private final ApiContract contract;

    ApiDocsPagesController(ApiContract contract) {
        this.contract = contract;
    }

    @Get("/api-docs")
    @View("apidocs")
    Map<String, Object> apiDocs() {
        return Map.of("contract", contract.summary());
    }
}
