package parley.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Article;

/** Invented wire copies share a story; different stories on the same topic do not. */
class NearDuplicatesTest {

    static final String WIRE_FR = "PARIS, 12 mars - Le gouvernement français a convoqué mercredi l'ambassadeur d'Algérie"
            + " après l'arrestation à Alger de deux ressortissants français accusés d'espionnage, a annoncé le ministère"
            + " des affaires étrangères.\n\n"
            + "Le ministre a dénoncé des accusations « sans fondement » et demandé la libération immédiate des deux"
            + " hommes, un ingénieur et un enseignant installés en Algérie depuis plusieurs années.\n\n"
            + "Selon une source diplomatique, les deux Français ont été interpellés la semaine dernière à Oran et"
            + " transférés à Alger, où ils ont été présentés à un juge d'instruction. Leurs familles n'ont pas pu leur"
            + " rendre visite.\n\n"
            + "Alger n'a fait aucun commentaire officiel. Les relations entre les deux pays traversent une nouvelle"
            + " période de tension depuis l'été dernier.";

    /** Same dispatch as printed by another paper: new byline line, one sentence added, one word changed. */
    static final String COPY_FR = "Par Sophie Laurent avec agences\n\n" + WIRE_FR.replace("a annoncé le ministère",
            "a fait savoir le ministère") + "\n\nPlusieurs députés ont réclamé un débat au Parlement sur la crise.";

    /** Same dispatch cut short by a regional site. */
    static final String SHORT_FR = WIRE_FR.substring(0, WIRE_FR.indexOf("Alger n'a fait"));

    /** Same topic, same actors, another story. */
    static final String OTHER_FR = "ALGER, 14 mars - L'Algérie a rappelé vendredi son ambassadeur à Paris pour"
            + " consultations, en réponse à la convocation de son représentant par la diplomatie française en début"
            + " de semaine.\n\n"
            + "Dans un communiqué, le ministère algérien des affaires étrangères a accusé la France d'ingérence dans"
            + " une procédure judiciaire en cours et appelé Paris à respecter la souveraineté de l'Algérie.\n\n"
            + "Cette décision intervient alors que les échanges commerciaux entre les deux pays avaient repris depuis"
            + " le début de l'année, après plusieurs mois de gel. Des chefs d'entreprise français redoutent un nouveau"
            + " coup d'arrêt.";

    static final String WIRE_EN = "NAIROBI, May 3 - Kenya's government said on Friday it would send a further 400"
            + " police officers to Haiti next month to reinforce the multinational security mission, despite a court"
            + " challenge at home.\n\n"
            + "The interior minister told reporters the officers had completed their training and would travel in two"
            + " groups. The mission has struggled to contain armed gangs that control most of the capital.\n\n"
            + "Opposition politicians have asked the High Court to block the deployment, arguing that parliament had"
            + " not approved the extra numbers. A hearing is set for next week.\n\n"
            + "The United States, which funds much of the mission, welcomed the announcement.";

    static final String COPY_EN = "By Peter Otieno\n\n" + WIRE_EN.replace("said on Friday", "announced on Friday")
            .replace("The United States, which funds much of the mission, welcomed the announcement.",
                    "The United States, which pays for much of the mission, welcomed the announcement on Friday.");

    static final String OTHER_EN = "PORT-AU-PRINCE, May 5 - Gangs attacked a police station in Haiti's capital on"
            + " Sunday, killing two officers, a day after Kenya said it would send more police to the multinational"
            + " security mission.\n\n"
            + "Residents said the gunmen arrived at dawn and set fire to vehicles outside the station. Kenyan officers"
            + " from the mission were sent to the area in the afternoon.\n\n"
            + "The attack was the third on a police station this month. Aid groups say thousands of people have fled"
            + " the neighbourhood since the start of the year.";

    private static Article article(String id, String title, String text) {
        return new Article(id, title, text, null, null, null);
    }

    @Test
    void wireCopiesShareAStoryAndOtherStoriesDoNot() {
        Map<String, Article> all = new LinkedHashMap<>();
        all.put("wire-fr", article("wire-fr", "Paris convoque l'ambassadeur d'Algérie", WIRE_FR));
        all.put("copy-fr", article("copy-fr", "Espionnage : la France hausse le ton face à Alger", COPY_FR));
        all.put("short-fr", article("short-fr", "Deux Français arrêtés en Algérie", SHORT_FR));
        all.put("other-fr", article("other-fr", "L'Algérie rappelle son ambassadeur", OTHER_FR));
        all.put("wire-en", article("wire-en", "Kenya to send more police to Haiti", WIRE_EN));
        all.put("copy-en", article("copy-en", "Kenya boosts Haiti force despite court case", COPY_EN));
        all.put("other-en", article("other-en", "Gangs kill two police officers in Haiti", OTHER_EN));
        StringBuilder matrix = new StringBuilder();
        for (Article a : all.values()) {
            for (Article b : all.values()) {
                matrix.append(String.format("%3d", SimHash.distance(SimHash.of(a.text()), SimHash.of(b.text()))));
            }
            matrix.append("  ").append(a.id()).append('\n');
        }
        NearDuplicates groups = new NearDuplicates();
        Map<String, String> story = new LinkedHashMap<>();
        all.values().forEach(a -> story.put(a.id(), groups.storyIdOf(a)));
        String why = "stories " + story + "\ndistances:\n" + matrix;
        assertEquals(story.get("wire-fr"), story.get("copy-fr"), why);
        assertEquals(story.get("wire-fr"), story.get("short-fr"), why);
        assertEquals(story.get("wire-en"), story.get("copy-en"), why);
        assertNotEquals(story.get("wire-fr"), story.get("other-fr"), why);
        assertNotEquals(story.get("wire-en"), story.get("other-en"), why);
        assertNotEquals(story.get("wire-fr"), story.get("wire-en"), why);
        assertEquals(4, story.values().stream().distinct().count(), why);
    }

    @Test
    void theSameArticleKeepsItsStoryAndRememberedStoriesAreJoined() {
        NearDuplicates groups = new NearDuplicates();
        String first = groups.storyIdOf(article("wire-en", null, WIRE_EN));
        assertEquals(first, groups.storyIdOf(article("wire-en", null, WIRE_EN)));
        assertTrue(first.matches("s[0-9a-f]{16}"), first);

        NearDuplicates restarted = new NearDuplicates();
        restarted.remember("wire-en", first, WIRE_EN, null);
        assertEquals(first, restarted.storyIdOf(article("copy-en", null, COPY_EN)));
    }

    @Test
    void copiesMonthsApartAreDifferentStories() {
        NearDuplicates groups = new NearDuplicates();
        String spring = groups.storyIdOf(new Article("a", null, WIRE_EN, java.time.LocalDate.of(2025, 5, 3), null, null));
        String later = groups.storyIdOf(new Article("b", null, COPY_EN, java.time.LocalDate.of(2025, 9, 1), null, null));
        String sameWeek = groups.storyIdOf(new Article("c", null, COPY_EN, java.time.LocalDate.of(2025, 5, 4), null, null));
        assertNotEquals(spring, later);
        assertEquals(spring, sameWeek);
    }

    @Test
    void shortTextsAreNotGroupedByChance() {
        NearDuplicates groups = new NearDuplicates();
        String a = groups.storyIdOf(article("a", null, "Breaking: explosion reported in the capital."));
        String b = groups.storyIdOf(article("b", null, "Breaking: explosion reported in the capital."));
        assertNotEquals(a, b);
    }
}
