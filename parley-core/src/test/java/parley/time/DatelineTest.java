package parley.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineTest {
    private static final DateLexicon FR = DateLexicon.bundled("fr");
    private static final DateLexicon EN = DateLexicon.bundled("en");

    private static Optional<LocalDate> date(String text) {
        return Dateline.publicationDate(text, FR, EN);
    }

    @Test
    void frenchDatelines() {
        String afp = "Sotchi (Russie), 14 mai 2019 (AFP) - Le président russe a reçu mardi son homologue.";
        assertEquals(Optional.of(LocalDate.of(2019, 5, 14)), date(afp));
        assertEquals(Optional.of("Sotchi"), Dateline.place(afp));
        String paris = "PARIS, 3 mars 2020 - Le gouvernement a annoncé de nouvelles mesures.";
        assertEquals(Optional.of(LocalDate.of(2020, 3, 3)), date(paris));
        assertEquals(Optional.of("PARIS"), Dateline.place(paris));
        assertEquals(Optional.of(LocalDate.of(2021, 2, 1)), date("Abidjan, 1er févr. 2021 (AFP) — Le parti a..."));
    }

    @Test
    void englishDatelines() {
        String reuters = "MOSCOW, May 14, 2019 (Reuters) - Russia said on Tuesday it would respond.";
        assertEquals(Optional.of(LocalDate.of(2019, 5, 14)), date(reuters));
        assertEquals(Optional.of("MOSCOW"), Dateline.place(reuters));
        assertEquals(Optional.of(LocalDate.of(2018, 10, 2)), date("NEW YORK, Oct. 2, 2018 (AP) — The council met."));
        assertEquals(Optional.of("NEW YORK"), Dateline.place("NEW YORK, Oct. 2, 2018 (AP) — The council met."));
    }

    @Test
    void datelineWithoutYearGivesAPlaceButNoDate() {
        String text = "BRUSSELS, Oct 2 - EU ministers agreed on Tuesday to extend sanctions.";
        assertEquals(Optional.empty(), date(text));
        assertEquals(Optional.of("BRUSSELS"), Dateline.place(text));
        assertEquals(Optional.of("WASHINGTON"), Dateline.place("WASHINGTON (Reuters) - The Senate voted."));
    }

    @Test
    void datelineWithACountryOrAColonAndNoAgency() {
        assertEquals(Optional.of("LA PAZ"), Dateline.place("LA PAZ, Bolivia — The president resigned on Sunday."));
        assertEquals(Optional.of("NIAMEY"), Dateline.place("NIAMEY: The junta closed the border."));
        assertEquals(Optional.of("SYDNEY"), Dateline.place("SYDNEY • Canberra lodged an appeal."));
        assertEquals(Optional.empty(), Dateline.place("The UN: a history. It was founded in 1945."));
    }

    @Test
    void datelineAfterATitleLine() {
        String text = "Poutine reçoit Erdogan\nSotchi (Russie), 14 mai 2019 (AFP) - Le président...";
        assertEquals(Optional.of(LocalDate.of(2019, 5, 14)), date(text));
        assertEquals(Optional.of("Sotchi"), Dateline.place(text));
    }

    @Test
    void noDateline() {
        String text = "Emmanuel Macron, 42 ans - le plus jeune président, a reçu hier son homologue.";
        assertEquals(Optional.empty(), date(text));
        assertEquals(Optional.empty(), Dateline.place(text));
        assertEquals(Optional.empty(), date("The talks failed on May 14, 2019, officials said."));
        assertEquals(Optional.empty(), Dateline.place(""));
    }
}
