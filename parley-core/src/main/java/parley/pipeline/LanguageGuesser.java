package parley.pipeline;

import java.util.Optional;

/** Tells which language a text is in: "fr", "en", or another ISO 639-1 code. */
public interface LanguageGuesser {

    /** The language, or empty when the text is too short or unclear to tell. */
    Optional<String> guess(String text);
}
