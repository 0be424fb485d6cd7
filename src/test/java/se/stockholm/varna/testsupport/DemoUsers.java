package se.stockholm.varna.testsupport;

/** The demo realm's users (keycloak/varna-realm.json): username, role, scope. Passwords equal usernames. */
final class DemoUsers {

    static final String[][] ALL = {
        {"admin", "admin", "hela staden"},
        {"central", "central-samordnare", "hela staden"},
        {"samordnare.bromma", "samordnare", "Bromma stadsdelsnämnd"},
        {"samordnare.farsta", "samordnare", "Farsta stadsdelsnämnd"},
        {"agare.bromma", "informationsagare", "Bromma stadsdelsnämnd"},
        {"agare.social", "informationsagare", "Socialnämnden"},
        {"systemagare.service", "systemagare", "Servicenämnden"},
        {"systemagare.social", "systemagare", "Socialnämnden"},
        {"granskare", "granskare", "Bromma och Farsta"},
        {"undantag", "undantagsbeslutare", "Stockholms stad (grupp STHLM)"},
        {"lasare.farsta", "lasare", "Farsta stadsdelsnämnd"},
        {"utan.roll", "(ingen roll)", "Bromma stadsdelsnämnd"},
    };

    private DemoUsers() {}
}
