package se.stockholm.varna.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.stockholm.varna.security.Roles;

/**
 * The ils-klient may call only the reports API (and {@code /api/v1/me}, to see who it is): no other
 * controller names its role or lets any authenticated caller in, so every other endpoint answers it 403.
 * ReportsApiIT checks a few endpoints over HTTP; this checks them all on the compiled code.
 */
class IlsClientAccessTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.stockholm.varna");

    /** Controllers the ILS client may reach. */
    static final List<String> FOR_ILS = List.of(
            "se.stockholm.varna.reporting.ReportsApiController", "se.stockholm.varna.organisation.MeApiController");

    /** Pages open to any signed-in caller: the API documentation (no data). */
    static final List<String> ANY_AUTHENTICATED = List.of("se.stockholm.varna.web.ApiDocsPagesController");

    @Test
    void onlyTheReportsAndMeControllersLetTheIlsClientIn() {
        List<String> open = new ArrayList<>();
        for (JavaClass c : MAIN) {
            if (!c.isAnnotatedWith(Controller.class)
                    || c.isInterface()
                    || c.getName().contains("$")) {
                continue;
            }
            List<String> rules = new ArrayList<>(
                    rules(c.tryGetAnnotationOfType(Secured.class).orElse(null)));
            for (JavaMethod m : c.getMethods()) {
                rules.addAll(rules(m.tryGetAnnotationOfType(Secured.class).orElse(null)));
            }
            boolean ils = rules.contains(Roles.ILS_KLIENT);
            boolean anyone = rules.contains(SecurityRule.IS_AUTHENTICATED);
            if ((ils && !FOR_ILS.contains(c.getName())) || (anyone && !ANY_AUTHENTICATED.contains(c.getName()))) {
                open.add(c.getName());
            }
        }
        assertEquals(List.of(), new TreeSet<>(open).stream().toList());
    }

    private static List<String> rules(Secured secured) {
        return secured == null ? List.of() : Arrays.asList(secured.value());
    }
}
