package se.stockholm.varna.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.security.CurrentUsers;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.shared.Problems;

/**
 * "Organisationens läge" (issue 7, the samordnare's dashboard): for one organisation and period, the
 * headline figure of every indicator, the risk heatmap and the follow-ups still due, each linking on
 * to the page where the work is done. A GET form chooses; nothing needs JavaScript.
 */
@Controller("/oversikt")
@Secured({Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE, Roles.GRANSKARE, Roles.INFORMATIONSAGARE})
class StatusPagesController {

    /** The roles of {@code @Secured} above, for the menu: the people who follow their organisation up. */
    static final List<String> READERS =
            List.of(Roles.ADMIN, Roles.CENTRAL_SAMORDNARE, Roles.SAMORDNARE, Roles.GRANSKARE, Roles.INFORMATIONSAGARE);

    private final StatusPresenter presenter;
    private final CurrentUsers users;

    StatusPagesController(StatusPresenter presenter, CurrentUsers users) {
        this.presenter = presenter;
        this.users = users;
    }

    @Get
    @View("status")
    Map<String, Object> status(
            @Nullable @QueryValue String orgUnitId,
            @Nullable @QueryValue Integer ar,
            @Nullable @QueryValue String period,
            @Nullable @QueryValue String bedomning) {
        return presenter.status(users.current(), unit(orgUnitId), ar, period, bedomning);
    }

    /** An empty choice is the default unit; anything but a number names no unit at all. */
    static @Nullable Long unit(@Nullable String orgUnitId) {
        if (orgUnitId == null || orgUnitId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(orgUnitId.strip());
        } catch (NumberFormatException e) {
            throw Problems.notFound("Organisationsenheten");
        }
    }
}
