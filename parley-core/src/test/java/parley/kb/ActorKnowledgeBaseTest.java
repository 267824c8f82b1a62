package parley.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActorKnowledgeBaseTest {
    private final ActorKnowledgeBase kb = ActorKnowledgeBase.bundled();

    private String codeOf(String name, LocalDate date) {
        return kb.person(kb.people().get(name), date).code();
    }

    @Test
    void trumpIsTheUsGovernmentOnlyWhileInOffice() {
        assertEquals("USA", codeOf("Donald Trump", LocalDate.of(2016, 6, 1)));
        assertEquals("USAGOV", codeOf("Donald Trump", LocalDate.of(2019, 5, 14)));
        assertEquals("USA", codeOf("Trump", LocalDate.of(2022, 3, 1)));
    }

    @Test
    void frenchSpellingsResolveToTheSamePerson() {
        assertEquals("RUSGOV", codeOf("Poutine", LocalDate.of(2019, 5, 14)));
        assertEquals("Vladimir Putin", kb.person(kb.people().get("Vladimir Poutine"), null).name());
    }
}
