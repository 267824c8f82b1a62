package parley.kb.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.kb.ActorKnowledgeBase;
import parley.kb.CameoTable;
import parley.kb.KnowledgeFileException;
import parley.kb.LanguagePack;

class PetrarchImportTest {
    private final ActorKnowledgeBase kb = ActorKnowledgeBase.bundled();
    private final LanguagePack english = LanguagePack.bundled("en", kb, CameoTable.bundled());

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private String codeOf(String name, LocalDate date) {
        return kb.person(kb.people().get(name), date).code();
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    // ---- reading actor files

    @Test
    void readsPhrasesSynonymsAndDatedCodes() {
        PetrarchActorFile.Result r = PetrarchActorFile.parse("t.actors", List.of(
                "# a comment",
                "ZORAN_KOVAL_  # made-up person",
                "+PRESIDENT_KOVAL_",
                "+Z._KOVAL",
                "\t[SRBELI 450703-19820101]",
                "\t[SRBGOV >170120]",
                "\t[SRBGOV <000507]",
                "\t[SRBOPP]",
                "",
                "ATLANTIS_  [GRC]",
                "+THE_ATLANTEAN_REPUBLIC_"));
        assertEquals(2, r.entries().size());
        PetrarchActorFile.Entry koval = r.entries().get(0);
        assertEquals(2, koval.line());
        assertEquals(List.of("Zoran Koval", "President Koval", "Z. Koval"), koval.phrases());
        assertEquals(List.of(
                new PetrarchActorFile.DatedCode("SRBELI", day(1945, 7, 3), day(1982, 1, 1)),
                new PetrarchActorFile.DatedCode("SRBGOV", day(2017, 1, 20), null),
                new PetrarchActorFile.DatedCode("SRBGOV", null, day(2000, 5, 7)),
                new PetrarchActorFile.DatedCode("SRBOPP", null, null)), koval.codes());
        assertEquals(List.of("Atlantis", "Atlantean Republic"), r.entries().get(1).phrases());
        assertEquals(List.of(new PetrarchActorFile.DatedCode("GRC", null, null)), r.entries().get(1).codes());
    }

    @Test
    void twoDigitYearsFollowTheDictionaries() {
        assertEquals(day(2013, 12, 31), PetrarchActorFile.date("131231"));
        assertEquals(day(1932, 1, 1), PetrarchActorFile.date("320101"));
        assertEquals(day(1999, 8, 9), PetrarchActorFile.date("990809"));
        assertEquals(day(2014, 3, 1), PetrarchActorFile.date("20140301"));
    }

    @Test
    void phrasesBecomeOrdinaryWords() {
        assertEquals("Vladimir Putin", PetrarchText.name("VLADIMIR_PUTIN_"));
        assertEquals("Bashar al Assad", PetrarchText.name("BASHAR_AL_ASSAD"));
        assertEquals("U.S. Vice President", PetrarchText.name("U.S._VICE_PRESIDENT"));
        assertEquals("President-Elect Obama", PetrarchText.name("PRESIDENT-ELECT_OBAMA"));
        assertEquals("Graveyard of Empires", PetrarchText.name("THE_GRAVEYARD_OF_EMPIRES_"));
        assertEquals("O'Brien", PetrarchText.name("O'BRIEN_"));
        assertEquals("USA", PetrarchText.name("USA_"));
        assertEquals("DPRK", PetrarchText.name("DPRK"));
        assertEquals("Kim Jong Un", PetrarchText.name("KIM_JONG_UN_"));
        assertEquals("armed police", PetrarchText.lemma("ARMED_POLICE "));
    }

    @Test
    void badDatesAndNullCodesAreLeftOutAndCounted() {
        PetrarchActorFile.Result r = PetrarchActorFile.parse("t.actors", List.of(
                "ZORAN_KOVAL_",
                "\t[SRBGOV 091320-100101]",
                "\t[SRBGOV 9008223-911221]",
                "\t[SRBGOV 100101-090101]",
                "\t[SRBGOV 20121204]",
                "\t[SRBELI 100101-120101] [---]"));
        assertEquals(1, r.entries().get(0).codes().size());
        assertEquals(2, r.ignored().get("bad date"));
        assertEquals(1, r.ignored().get("date range that ends before it starts"));
        assertEquals(1, r.ignored().get("date without <, > or a range"));
        assertEquals(1, r.ignored().get("null code [---]"));
        assertTrue(r.warnings().get(0).startsWith("t.actors:2: bad date"), r.warnings().get(0));
    }

    @Test
    void badActorLinesNameFileAndLine() {
        KnowledgeFileException e = assertThrows(KnowledgeFileException.class, () -> PetrarchActorFile.parse(
                "bad.actors", List.of("# header", "+ORPHAN_SYNONYM", "NAME_ [USA]")));
        assertTrue(e.getMessage().startsWith("bad.actors:2: synonym line before any actor phrase"), e.getMessage());
        e = assertThrows(KnowledgeFileException.class, () -> PetrarchActorFile.parse(
                "bad.actors", List.of("NAME_", "\t[USAGOV 090120")));
        assertTrue(e.getMessage().startsWith("bad.actors:2: code bracket is not closed"), e.getMessage());
        e = assertThrows(KnowledgeFileException.class, () -> PetrarchActorFile.parse(
                "bad.actors", List.of("NAME_", "", "\t[USA GOV]")));
        assertTrue(e.getMessage().startsWith("bad.actors:3: cannot read date restriction"), e.getMessage());
    }

    // ---- reading agent files

    @Test
    void readsAgentsAndExpandsSubstitutionSets() {
        PetrarchAgentFile.Result r = PetrarchAgentFile.parse("t.agents", List.of(
                "!PERSON! = MAN, WOMAN , PERSON",
                "!MINIST! = MINISTER, MINISTRY",
                "ZORBLE!PERSON! [~GOVMED] # made up",
                "!MINIST! OF_ZORBLES_ [~GOV]",
                "ZORBLE_POLICE {} [~COP]",
                "ZORBLE_THIEF {ZORBLE_THIEVES} [~CRM]",
                "ZORBLE_MONITOR [IGO~]",
                "ZORBLE_EXTREMIST",
                "ZORBLE_FARMER [~AGR}"));
        assertEquals(List.of(
                new PetrarchAgentFile.Agent(3, "zorbleman", "GOVMED", false),
                new PetrarchAgentFile.Agent(3, "zorblewoman", "GOVMED", false),
                new PetrarchAgentFile.Agent(3, "zorbleperson", "GOVMED", false),
                new PetrarchAgentFile.Agent(4, "minister of zorbles", "GOV", false),
                new PetrarchAgentFile.Agent(4, "ministry of zorbles", "GOV", false),
                new PetrarchAgentFile.Agent(5, "zorble police", "COP", false),
                new PetrarchAgentFile.Agent(6, "zorble thief", "CRM", false),
                new PetrarchAgentFile.Agent(7, "zorble monitor", "IGO", true)), r.agents());
        assertEquals(1, r.ignored().get("agent line without a code"));
        assertEquals(1, r.ignored().get("agent code bracket not closed"));
    }

    @Test
    void undefinedSubstitutionSetIsAnError() {
        KnowledgeFileException e = assertThrows(KnowledgeFileException.class, () -> PetrarchAgentFile.parse(
                "bad.agents", List.of("!PERSON! = MAN", "CONGRESS!PERSON! [~LEG]", "!GUY!_OF_ZORBLES [~GOV]")));
        assertTrue(e.getMessage().startsWith("bad.agents:3: substitution set !GUY!"), e.getMessage());
    }

    // ---- merging

    @Test
    void importsPeopleNamesAndSpellingsOfKnownPeople() throws IOException {
        Path file = write("test.actors.txt",
                "ZORAN_KOVAL_",
                "+PRESIDENT_ZORAN_KOVAL_",
                "\t[SRBGOV 090120-170120]",
                "\t[SRBELI]",
                "ATLANTIS_  [GRC]",
                "+ATLANTEAN_REPUBLIC_",
                "+GREECE_",
                "ZORBLE_ASSEMBLY_ [INDGOVLEG]",
                "ZORBLE_ENVOY_ [IGOUNO 100101-120101]",
                "ZORBLE_AGENCY_ [IGOUNOMED]",
                "ZORBLE_CORP_ [MNCUSA]",
                "ZORBLE_WATCH_ [NGOHRI]",
                "BARACK_OBAMA_",
                "+BARACK_HUSSEIN_OBAMA_",
                "\t[USAGOV >090120]",
                "NOBODY_",
                "ATLANTIS_  [GRC]");
        ImportReport report = PetrarchImport.addTo(kb, english, file);

        assertEquals("actors", report.kind());
        assertEquals(10, report.read());
        assertEquals(6, report.added());
        assertEquals(report.read(), report.added() + report.skippedTotal());
        assertEquals(2, report.skipped("no code Parley can map"));
        assertEquals(1, report.skipped("no code"));
        assertEquals(1, report.skipped("duplicate of an earlier entry of the file"));

        assertEquals("SRBGOV", codeOf("Zoran Koval", day(2010, 1, 1)));
        assertEquals("SRBELI", codeOf("president zoran koval", day(2018, 1, 1)));
        assertEquals("Zoran Koval", kb.person(kb.people().get("President Zoran Koval"), null).name());
        assertEquals("IGOUNO", codeOf("Zorble Envoy", day(2011, 1, 1)));

        LanguagePack.PhraseEntry atlantis = english.phrases().get("Atlantis").get(0);
        assertEquals(new LanguagePack.PhraseEntry("Atlantis", "GRC", null, "name"), atlantis);
        assertEquals("GRC", english.phrases().get("Greece").get(0).affiliation());
        assertEquals(1, english.phrases().get("Greece").size(), "Parley's own phrase is not doubled");
        assertEquals(new LanguagePack.PhraseEntry("Zorble Assembly", "IND", "GOV", "name"),
                english.phrases().get("zorble assembly").get(0));
        assertEquals(new LanguagePack.PhraseEntry("Zorble Agency", "UN", "MED", "name"),
                english.phrases().get("Zorble Agency").get(0));
        assertTrue(english.phrases().get("Zorble Watch").isEmpty(), "NGOHRI is a kind, not one NGO");

        // Parley's dates for Obama win over the open-ended PETRARCH code; the new spelling joins him
        assertEquals("USAGOV", codeOf("Barack Hussein Obama", day(2010, 1, 1)));
        assertEquals("USA", codeOf("Barack Hussein Obama", day(2018, 1, 1)));
        assertEquals("USA", codeOf("Barack Obama", day(2018, 1, 1)));
        assertEquals(1, report.count("spellings of people Parley knows"));
        assertEquals(2, report.count("people"));
        assertEquals(3, report.count("person terms"));
    }

    @Test
    void importsAgentsAsEnglishGroups() throws IOException {
        Path file = write("test.agents.txt",
                "!PERSON! = MAN, WOMAN",
                "ZORBLE!PERSON! [~GOVMED]",
                "ZORBLE_FARMER [~AGR]",
                "ZORBLE_MONITOR [IGO~]",
                "GOVERNMENT [~GOV]",
                "ZORBLEMAN [~MIL]");
        ImportReport report = PetrarchImport.addTo(kb, english, file);
        assertEquals("agents", report.kind());
        assertEquals(6, report.read());
        assertEquals(3, report.added());
        assertEquals(1, report.skipped("agent code without a Parley sector"));
        assertEquals(1, report.skipped("already known to Parley"));
        assertEquals(1, report.skipped("duplicate of an earlier entry of the file"));
        assertEquals(new LanguagePack.AgentEntry("GOV", "group"), english.agents().get("zorblewoman").get(0));
        assertEquals(new LanguagePack.AgentEntry("IGO", "group"), english.agents().get("zorble monitor").get(0));
        assertEquals(1, english.agents().get("zorbleman").size());
    }

    @Test
    void badLineInAFileNamesFileAndLine() throws IOException {
        Path file = write("bad.agents.txt", "!PERSON! = MAN", "", "ZORBLE!GUY! [~GOV]");
        KnowledgeFileException e = assertThrows(KnowledgeFileException.class,
                () -> PetrarchImport.addTo(kb, english, file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
    }

    // ---- the Phoenix dictionaries

    @Test
    void importsThePhoenixDictionaries() {
        Path petrarch = Path.of(System.getProperty("parley.shared", "../../shared"), "reference", "petrarch");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int lines = 0;
        for (String name : List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt")) {
            ImportReport r = PetrarchImport.addTo(kb, english, petrarch.resolve(name));
            System.out.print(r.summary());
            assertEquals(r.read(), r.added() + r.skippedTotal());
            assertTrue(r.added() > 0, name);
            lines += r.lines();
        }
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        System.out.println("imported " + lines + " lines in " + (System.nanoTime() - start) / 1_000_000
                + " ms (" + cpuMillis + " ms of CPU)");
        // CPU time, not wall-clock time: the build machine may be busy with other work
        assertTrue(cpuMillis < 4_000, "import took " + cpuMillis + " ms of CPU");

        assertEquals("RUSGOV", codeOf("Vladimir Putin", day(2019, 5, 14)));
        assertEquals("RUSGOV", codeOf("Vladimir Vladimirovich Putin", day(2019, 5, 14)));
        assertEquals("USAGOV", codeOf("Barack Obama", day(2010, 1, 1)));
        assertNotEquals("USAGOV", codeOf("Barack Obama", day(2018, 1, 1)));
        assertNotEquals("USAGOV", codeOf("Barack Hussein Obama", day(2018, 1, 1)));
        // someone only PETRARCH knows: Egypt's minister of state for local development from 2006
        assertEquals("EGYGOV", codeOf("Abdel Salam al Mahgoub", day(2007, 1, 1)));
        assertFalse(english.agents().get("riot police").isEmpty());
        assertFalse(english.phrases().get("Jalalabad").isEmpty());
        assertTrue(english.phrases().get("America").isEmpty(), "left out on purpose, as in Parley's files");
    }
}
