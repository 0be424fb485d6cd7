package se.stockholm.varna.auditlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.testsupport.ServerBackedTest;
import se.stockholm.varna.testsupport.Tokens;

/** The audit trail: every change is there, readable in scope only, and tampering is found. */
@MicronautTest
class AuditTrailIT extends ServerBackedTest {

    @Inject
    DataSource dataSource;

    String admin;
    long brommaUnit;
    long socialUnit;

    @BeforeAll
    void changes() {
        admin = Tokens.user("admin");
        brommaUnit = create("ENH-BROMMA-AUDIT", "Enhet för loggtest, Bromma", "FORV-BROMMA");
        socialUnit = create("ENH-SOCIAL-AUDIT", "Enhet för loggtest, Social", "FORV-SOCIAL");
    }

    @Test
    void everyChangeIsAnEventWithWhoAndAfter() {
        var page = api().get("/api/v1/audit-events?entityType=OrgUnit&entityId=" + brommaUnit, admin)
                .map();
        List<?> items = (List<?>) page.get("items");
        assertEquals(1, items.size());
        var event = (Map<?, ?>) items.getFirst();
        assertEquals("CREATED", event.get("action"));
        assertEquals("admin", event.get("actor"));
        assertEquals("admin", event.get("actorRoles"));
        assertNull(event.get("before"));
        assertTrue(String.valueOf(event.get("after")).contains("ENH-BROMMA-AUDIT"));
    }

    @Test
    void samordnareSeesOnlyEventsInTheirScope() {
        String bromma = Tokens.user("samordnare.bromma");
        var page = api().get("/api/v1/audit-events?entityType=OrgUnit&size=200", bromma)
                .map();
        List<String> ids = ((List<?>) page.get("items"))
                .stream()
                        .map(e -> String.valueOf(((Map<?, ?>) e).get("entityId")))
                        .toList();
        assertTrue(ids.contains(String.valueOf(brommaUnit)), ids.toString());
        assertFalse(ids.contains(String.valueOf(socialUnit)), "Socialnämnden's change is outside Bromma's scope");
        assertEquals(
                0L,
                ((Number) api().get("/api/v1/audit-events?entityType=OrgUnit&entityId=" + socialUnit, bromma)
                                .map()
                                .get("total"))
                        .longValue());
        long farsta = steps("SDN-FARSTA");
        assertEquals(
                404,
                api().get("/api/v1/audit-events?orgUnitId=" + farsta, bromma).status());
    }

    @Test
    void rolesWithoutTheRightToReadTheTrailGet403() {
        for (String user : new String[] {"agare.bromma", "lasare.farsta", "systemagare.service", "undantag"}) {
            assertEquals(
                    403, api().get("/api/v1/audit-events", Tokens.user(user)).status(), user);
        }
        assertEquals(403, api().get("/api/v1/audit-events", Tokens.ilsClient()).status());
        assertEquals(
                403,
                api().get("/api/v1/audit-events/verification", Tokens.user("samordnare.bromma"))
                        .status());
    }

    @Test
    void anEditedEventIsReportedAsTheFirstBrokenLinkAndTheIntactChainVerifies() throws SQLException {
        var intact = api().get("/api/v1/audit-events/verification", Tokens.user("granskare"))
                .map();
        assertEquals(true, intact.get("intact"), intact.toString());
        assertTrue(((Number) intact.get("eventsChecked")).longValue() >= 2);

        long eventId = firstEventId(brommaUnit);
        String original = text("SELECT after_json FROM audit_event WHERE id = ?", eventId);
        update("UPDATE audit_event SET after_json = ? WHERE id = ?", original.replace("Bromma", "Brama"), eventId);
        try {
            var broken = api().get("/api/v1/audit-events/verification", admin).map();
            assertEquals(false, broken.get("intact"));
            assertEquals(eventId, ((Number) broken.get("firstBrokenEventId")).longValue());
        } finally {
            update("UPDATE audit_event SET after_json = ? WHERE id = ?", original, eventId);
        }
        assertEquals(
                true,
                api().get("/api/v1/audit-events/verification", admin).map().get("intact"));
    }

    private long create(String code, String name, String parentCode) {
        var answer = api().post(
                        "/api/v1/org-units",
                        admin,
                        Map.of("code", code, "name", name, "kind", "ENHET", "parentId", steps(parentCode)));
        assertEquals(201, answer.status(), answer.body());
        return ((Number) answer.map().get("id")).longValue();
    }

    private long steps(String code) {
        var items =
                (List<?>) api().get("/api/v1/org-units?q=" + code, admin).map().get("items");
        return items.stream()
                .map(u -> (Map<?, ?>) u)
                .filter(u -> code.equals(u.get("code")))
                .map(u -> ((Number) u.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private long firstEventId(long unitId) throws SQLException {
        return Long.parseLong(text("SELECT MIN(id) FROM audit_event WHERE entity_id = ?", unitId));
    }

    private String text(String sql, long param) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, String.valueOf(param));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void update(String sql, String value, long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
            if (!c.getAutoCommit()) {
                c.commit(); // the pool may hand out connections without auto-commit
            }
        }
    }
}
