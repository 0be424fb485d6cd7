package se.stockholm.varna.testsupport.citydata;

import java.util.SplittableRandom;

/** Swedish words the plan builds names and texts from. */
final class CityWords {

    static final String[] FIRST = {
        "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael",
        "Emma", "Fredrik", "Sofia", "Magnus", "Elin", "Jonas", "Ida", "Peter", "Malin", "Oskar", "Linnea", "Ahmed",
        "Fatima", "Ali", "Leyla", "Nils", "Hanna", "Björn", "Ingrid", "Gustav", "Aisha", "Daniel", "Maja", "Omar"
    };
    static final String[] LAST = {
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsson",
        "Persson",
        "Svensson",
        "Gustafsson",
        "Pettersson",
        "Jonsson",
        "Jansson",
        "Hansson",
        "Bengtsson",
        "Lindberg",
        "Lindqvist",
        "Berg",
        "Axelsson",
        "Hassan",
        "Mohammed",
        "Lundgren",
        "Holm",
        "Ekström",
        "Sandberg",
        "Forsberg",
        "Öberg"
    };
    static final String[] AVDELNINGAR = {
        "Avdelningen för ekonomi och styrning",
        "HR-avdelningen",
        "IT-avdelningen",
        "Kommunikationsavdelningen",
        "Avdelningen för individ- och familjeomsorg",
        "Avdelningen för äldreomsorg",
        "Förskoleavdelningen",
        "Avdelningen för kultur och fritid",
        "Avdelningen för stadsmiljö",
        "Juridiska avdelningen",
        "Avdelningen för verksamhetsstöd",
        "Avdelningen för förvaltning och drift"
    };
    static final String[] ENHETER = {
        "Mottagningsenheten", "Utredningsenheten", "Enheten för ekonomiskt bistånd", "Hemtjänstenheten",
        "Enheten för systemförvaltning", "Registratur och arkiv", "Löneenheten", "Enheten för upphandling",
        "Servicecenter", "Enheten för bygglov", "Enheten för fastighetsförvaltning", "Kundtjänst"
    };
    static final String[] ASSETS = {
        "Ärenden om ekonomiskt bistånd",
        "Personakter barn och unga",
        "Elevregister",
        "Journaler hemtjänst",
        "Bygglovsärenden",
        "Lönehandlingar",
        "Personalakter",
        "Fakturor och leverantörsreskontra",
        "Upphandlingsdokument",
        "Diarium och registratur",
        "Orosanmälningar",
        "Beslut om bistånd LSS",
        "Kö till förskola",
        "Betyg och omdömen",
        "Hyresavtal",
        "Felanmälningar",
        "Tillsynsärenden livsmedel",
        "Synpunkter och klagomål",
        "Nämndprotokoll",
        "Kartor och geodata",
        "Inpasseringsloggar",
        "Medlemsregister föreningsbidrag",
        "Bokningar av lokaler",
        "Avvikelserapporter",
        "Kontaktuppgifter medborgare"
    };
    static final String[] SYSTEMS = {
        "Ärendehanteringssystem",
        "Verksamhetssystem",
        "E-tjänsteplattform",
        "Dokumenthanteringssystem",
        "Lönesystem",
        "Ekonomisystem",
        "Elevadministrativt system",
        "Journalsystem",
        "Bokningssystem",
        "GIS-plattform",
        "Diariesystem",
        "Intranät",
        "Webbplats",
        "Passersystem",
        "Kundtjänstsystem",
        "Schemaläggningssystem",
        "Fakturahanteringssystem",
        "Beslutsstöd",
        "Integrationsplattform",
        "Samarbetsyta"
    };
    static final String[] THREATS = {
        "Obehörig åtkomst till personuppgifter",
        "Driftavbrott hos leverantör",
        "Nätfiske mot medarbetare",
        "Felaktiga utbetalningar",
        "Förlust av handlingar",
        "Utpressningsvirus",
        "Bristande behörighetsstyrning",
        "Felaktig registrering i verksamhetssystemet",
        "Avsaknad av loggning",
        "Röjande via e-post",
        "Beroende av nyckelperson",
        "Bristande kontinuitetsplanering",
        "Leverantör byter underbiträde",
        "Överföring till tredjeland",
        "Sårbarhet i webbapplikation"
    };
    static final String[] CONTROLS = {
        "Behörighetsavstämning",
        "Kontroll av loggar",
        "Stickprov av beslut",
        "Uppföljning av avtal",
        "Genomgång av klassningar",
        "Kontroll av attester",
        "Uppföljning av incidenter",
        "Kontroll av gallring",
        "Genomgång av kontinuitetsplan",
        "Kontroll av utbildning",
        "Stickprov av utbetalningar",
        "Uppföljning av personuppgiftsbiträdesavtal"
    };
    static final String[] METHODS = {"Stickprov", "Registerkontroll", "Genomgång", "Intervju", "Dataanalys"};

    private CityWords() {}

    static <T> T pick(SplittableRandom rnd, T[] words) {
        return words[rnd.nextInt(words.length)];
    }

    /** Index drawn by weights (need not sum to anything in particular). */
    static int weighted(SplittableRandom rnd, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A person: {username, full name}; the number keeps usernames apart. */
    static String[] person(SplittableRandom rnd, String prefix, int number) {
        String first = pick(rnd, FIRST);
        String last = pick(rnd, LAST);
        String user = prefix + "." + ascii(first) + "." + ascii(last) + number;
        return new String[] {user, first + " " + last};
    }

    static String ascii(String s) {
        return s.toLowerCase()
                .replace('å', 'a')
                .replace('ä', 'a')
                .replace('ö', 'o')
                .replace('é', 'e');
    }
}
